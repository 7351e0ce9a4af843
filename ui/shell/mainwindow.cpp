#include "ui/shell/mainwindow.h"
#include "ui/common/statusstyle.h"

#include "profiles/profilestore.h"
#include "ui/shell/aboutdialog.h"
#include "ui/common/emptystate.h"
#include "ui/shell/profiledialog.h"
#include "ui/shell/shellworkbench.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QTreeView>

namespace scs::ui {

namespace {
constexpr auto kGeometryKey = "mainWindow/geometry";
constexpr auto kStateKey = "mainWindow/state";
constexpr auto kSplitterKey = "mainWindow/splitter";
constexpr auto kTabKey = "mainWindow/detailsTab";
} // namespace

MainWindow::MainWindow(ProfileStore &profiles, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_workbench(new ShellWorkbench(*this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("SCS Console"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/scs-console.svg")));
    createActions();
    createMenus();
    createToolBar();
    createCentralArea();
    createStatusBar();
    m_userLabel->setText(tr("Not signed in"));
    reloadProfiles();
    restoreLayout();

    connect(&m_profiles, &ProfileStore::profilesChanged, this, &MainWindow::reloadProfiles);
}

MainWindow::~MainWindow() = default;

Workbench &MainWindow::workbench() const
{
    return *m_workbench;
}

void MainWindow::createActions()
{
    m_editProfiles = new QAction(QIcon::fromTheme(QStringLiteral("preferences-system-network")),
                                 tr("&Connection Profiles…"), this);
    m_editProfiles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_editProfiles->setStatusTip(tr("Add, change or remove the Central APIs you connect to"));
    connect(m_editProfiles, &QAction::triggered, this, &MainWindow::editProfiles);

    m_signIn = new QAction(QIcon::fromTheme(QStringLiteral("system-log-in")), tr("Sign &In…"),
                           this);
    m_signIn->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_signIn->setStatusTip(tr("Sign in to the selected Central API with your Keycloak account"));
    m_signOut = new QAction(QIcon::fromTheme(QStringLiteral("system-log-out")), tr("Sign &Out"),
                            this);
    m_signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_signOut->setStatusTip(tr("End the session and remove it from the keychain"));
    // Enabled by the composition root once a session exists to act on.
    m_signIn->setEnabled(false);
    m_signOut->setEnabled(false);

    m_quit = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quit->setShortcuts(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_toggleNavigation = new QAction(tr("&Navigation"), this);
    m_toggleNavigation->setCheckable(true);
    m_toggleNavigation->setChecked(true);
    m_toggleNavigation->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_showTable = new QAction(tr("&Table"), this);
    m_showTable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_showForm = new QAction(tr("&Form"), this);
    m_showForm->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_showYaml = new QAction(tr("&YAML"), this);
    m_showYaml->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(m_showTable, &QAction::triggered, this, [this] { showDetailsTab(DetailsTab::Table); });
    connect(m_showForm, &QAction::triggered, this, [this] { showDetailsTab(DetailsTab::Form); });
    connect(m_showYaml, &QAction::triggered, this, [this] { showDetailsTab(DetailsTab::Yaml); });

    m_refresh = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"), this);
    m_refresh->setShortcuts(QKeySequence::Refresh);
    m_refresh->setEnabled(false);

    m_fullScreen = new QAction(tr("F&ull Screen"), this);
    m_fullScreen->setCheckable(true);
    m_fullScreen->setShortcuts(QKeySequence::FullScreen);
    connect(m_fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });

    m_about = new QAction(tr("&About SCS Console"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQt = new QAction(tr("About &Qt"), this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_editProfiles);
    file->addSeparator();
    file->addAction(m_signIn);
    file->addAction(m_signOut);
    m_fileFeaturesEnd = file->addSeparator();
    file->addAction(m_quit);
    m_fileMenu = file;

    QMenu *view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_toggleNavigation);
    view->addSeparator();
    view->addAction(m_showTable);
    view->addAction(m_showForm);
    view->addAction(m_showYaml);
    view->addSeparator();
    view->addAction(m_refresh);
    view->addAction(m_fullScreen);

    // Filled by the features that act on objects (edit, ...).
    m_objectMenu = menuBar()->addMenu(tr("&Object"));
    m_objectMenu->setObjectName(QStringLiteral("objectMenu"));

    QMenu *help = m_helpMenu = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_about);
    help->addAction(m_aboutQt);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = m_toolBar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *label = new QLabel(tr("Profile:"), bar);
    label->setContentsMargins(4, 0, 4, 0);
    bar->addWidget(label);
    m_profileBox = new QComboBox(bar);
    m_profileBox->setObjectName(QStringLiteral("profileBox"));
    m_profileBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileBox->setMinimumContentsLength(16);
    m_profileBox->setToolTip(tr("The Central API you work with"));
    label->setBuddy(m_profileBox);
    bar->addWidget(m_profileBox);
    bar->addAction(m_editProfiles);
    bar->addSeparator();
    bar->addAction(m_signIn);
    bar->addAction(m_refresh);

    connect(m_profileBox, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        if (name.isEmpty())
            return;
        m_profiles.setCurrentProfile(name);
        updateConnectionState();
        Q_EMIT profileSelected(name);
        Q_EMIT m_workbench->profileSelected(name);
    });
}

void MainWindow::createCentralArea()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    auto *navigation = new QWidget(m_splitter);
    m_navigation = navigation;
    navigation->setObjectName(QStringLiteral("navigationPane"));
    auto *navigationLayout = new QVBoxLayout(navigation);
    navigationLayout->setContentsMargins(0, 0, 0, 0);
    navigationLayout->setSpacing(2);
    m_treeFilter = new QLineEdit(navigation);
    m_treeFilter->setObjectName(QStringLiteral("navigationFilter"));
    m_treeFilter->setPlaceholderText(tr("Filter tenants and kinds…"));
    m_treeFilter->setAccessibleName(tr("Filter the tenant tree"));
    m_treeFilter->setClearButtonEnabled(true);
    m_treeFilter->setEnabled(false);
    navigationLayout->addWidget(m_treeFilter);
    m_tree = new QTreeView(navigation);
    navigationLayout->addWidget(m_tree);
    m_tree->setObjectName(QStringLiteral("navigationTree"));
    m_tree->setAccessibleName(tr("Navigation"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setMinimumWidth(200);
    m_treeModel = new QStandardItemModel(this);
    m_tree->setModel(m_treeModel);
    connect(m_toggleNavigation, &QAction::toggled, navigation, &QWidget::setVisible);

    m_details = new QTabWidget(this);
    m_details->setObjectName(QStringLiteral("detailsTabs"));
    m_details->setDocumentMode(true);
    m_tableEmpty = new EmptyState(tr("No resources yet"),
                                  tr("Pick a tenant and a resource kind in the tree "
                                     "to list its objects here."),
                                  m_details);
    m_formEmpty = new EmptyState(tr("Nothing selected"),
                                 tr("Select an object in the table to see its fields here."),
                                 m_details);
    m_yamlEmpty = new EmptyState(tr("Nothing selected"),
                                 tr("Select an object in the table to see it as YAML here."),
                                 m_details);
    auto *relatedEmpty = new EmptyState(
        tr("Nothing selected"),
        tr("Select an object in the table to see its owners and the objects it owns."),
        m_details);
    const QList<std::pair<EmptyState *, QString>> tabs{{m_tableEmpty, tr("Table")},
                                                       {m_formEmpty, tr("Form")},
                                                       {m_yamlEmpty, tr("YAML")},
                                                       {relatedEmpty, tr("Related")}};
    for (const auto &[empty, title] : tabs) {
        auto *stack = new QStackedWidget(m_details);
        stack->addWidget(empty);
        m_detailsStacks.append(stack);
        m_details->addTab(stack, title);
    }

    m_detailsSplitter = new QSplitter(Qt::Vertical, m_splitter);
    m_detailsSplitter->setObjectName(QStringLiteral("detailsSplitter"));
    m_detailsSplitter->setChildrenCollapsible(false);
    m_detailsSplitter->addWidget(m_details);

    m_splitter->addWidget(navigation);
    m_splitter->addWidget(m_detailsSplitter);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({280, 1000});

    m_banner = new QWidget(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setAutoFillBackground(true);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("bannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bannerAction = new QToolButton(m_banner);
    m_bannerAction->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *close = new QToolButton(m_banner);
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &MainWindow::hideBanner);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 6, 6);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerAction);
    bannerLayout->addWidget(close);
    m_banner->hide();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    m_panelSplitter = new QSplitter(Qt::Vertical, central);
    m_panelSplitter->setObjectName(QStringLiteral("panelSplitter"));
    m_panelSplitter->setChildrenCollapsible(false);
    m_panelSplitter->addWidget(m_splitter);
    m_panel = new QTabWidget(m_panelSplitter);
    m_panel->setObjectName(QStringLiteral("panelTabs"));
    m_panel->setTabsClosable(true);
    m_panel->setMovable(true);
    m_panel->setDocumentMode(true);
    m_panel->setAccessibleName(tr("Panel"));
    connect(m_panel, &QTabWidget::tabCloseRequested, this,
            [this](int index) { closePanelTab(m_panel->widget(index)); });
    m_panel->hide();
    m_panelSplitter->addWidget(m_panel);
    m_panelSplitter->setStretchFactor(0, 3);
    m_panelSplitter->setStretchFactor(1, 2);
    layout->addWidget(m_panelSplitter, 1);
    setCentralWidget(central);
}

void MainWindow::addPanelTab(QWidget *page, const QString &title)
{
    if (!page)
        return;
    const bool wasHidden = m_panel->isHidden();
    m_panel->addTab(page, title);
    m_panel->setCurrentWidget(page);
    m_panel->show();
    if (wasHidden) {
        const int height = m_panelSplitter->height();
        m_panelSplitter->setSizes({height * 3 / 5, height * 2 / 5});
    }
}

void MainWindow::showPanelTab(QWidget *page)
{
    if (m_panel->indexOf(page) < 0)
        return;
    m_panel->show();
    m_panel->setCurrentWidget(page);
}

void MainWindow::setPanelTabTitle(QWidget *page, const QString &title, const QString &toolTip)
{
    const int index = m_panel->indexOf(page);
    if (index < 0)
        return;
    m_panel->setTabText(index, title);
    m_panel->setTabToolTip(index, toolTip);
}

void MainWindow::closePanelTab(QWidget *page)
{
    const int index = m_panel->indexOf(page);
    if (index < 0)
        return;
    m_panel->removeTab(index);
    delete page;
    if (m_panel->count() == 0)
        m_panel->hide();
}

QList<QWidget *> MainWindow::panelTabs() const
{
    QList<QWidget *> pages;
    for (int i = 0; i < m_panel->count(); ++i)
        pages.append(m_panel->widget(i));
    return pages;
}

void MainWindow::createStatusBar()
{
    m_connectionLabel = new QLabel(statusBar());
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_userLabel = new QLabel(statusBar());
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_userLabel);
}

void MainWindow::reloadProfiles()
{
    const QString wanted = m_profiles.currentProfile();
    {
        const QSignalBlocker blocker(m_profileBox);
        m_profileBox->clear();
        m_profileBox->addItems(m_profiles.names());
        m_profileBox->setCurrentText(wanted);
    }
    m_treeModel->clear();
    for (const auto &profile : m_profiles.profiles()) {
        auto *item = new QStandardItem(QIcon::fromTheme(QStringLiteral("network-server")),
                                       profile.name);
        item->setToolTip(profile.apiUrl.toString());
        item->setEditable(false);
        auto *hint = new QStandardItem(m_treeHint.isEmpty() ? tr("Sign in to see tenants")
                                                            : m_treeHint);
        hint->setEditable(false);
        hint->setEnabled(false);
        item->appendRow(hint);
        m_treeModel->appendRow(item);
    }
    if (m_tree->model() == m_treeModel)
        m_tree->expandAll();
    updateConnectionState();
}

void MainWindow::setTreeModel(QAbstractItemModel *model)
{
    m_treeFilter->clear();
    m_treeFilter->setEnabled(model != nullptr);
    m_tree->setModel(model ? model : m_treeModel);
    if (!model)
        m_tree->expandAll();
}

void MainWindow::setDetailsPage(DetailsTab tab, QWidget *page)
{
    QStackedWidget *stack = m_detailsStacks.value(int(tab));
    if (!stack)
        return;
    if (!page) {
        stack->setCurrentIndex(0);
        return;
    }
    if (stack->indexOf(page) < 0)
        stack->addWidget(page);
    stack->setCurrentWidget(page);
}

QWidget *MainWindow::detailsPage(DetailsTab tab) const
{
    const QStackedWidget *stack = m_detailsStacks.value(int(tab));
    return stack && stack->currentIndex() > 0 ? stack->currentWidget() : nullptr;
}

void MainWindow::setEventsPane(QWidget *pane)
{
    m_detailsSplitter->addWidget(pane);
    m_detailsSplitter->setStretchFactor(0, 3);
    m_detailsSplitter->setStretchFactor(1, 1);
}

void MainWindow::setConnectionsView(QWidget *view)
{
    if (auto *layout = qobject_cast<QVBoxLayout *>(m_navigation->layout()))
        layout->insertWidget(0, view);
}

void MainWindow::showStatusMessage(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::addAction(Workbench::Menu menu, QAction *action, bool separatorBefore)
{
    switch (menu) {
    case Workbench::Menu::File:
        if (separatorBefore)
            m_fileMenu->insertSeparator(m_fileFeaturesEnd);
        m_fileMenu->insertAction(m_fileFeaturesEnd, action);
        return;
    case Workbench::Menu::View:
        if (separatorBefore)
            m_viewMenu->addSeparator();
        m_viewMenu->addAction(action);
        return;
    case Workbench::Menu::Object:
        if (separatorBefore)
            m_objectMenu->addSeparator();
        m_objectMenu->addAction(action);
        return;
    }
}

QMenu *MainWindow::addMenu(const QString &title, const QString &objectName)
{
    auto *menu = new QMenu(title, this);
    menu->setObjectName(objectName);
    menuBar()->insertMenu(m_helpMenu->menuAction(), menu);
    return menu;
}

void MainWindow::addToolBarAction(QAction *action, bool separatorBefore)
{
    if (separatorBefore)
        m_toolBar->addSeparator();
    m_toolBar->addAction(action);
}

namespace {
QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

void collectCommands(const QMenu *menu, const QString &prefix,
                     QList<Workbench::MenuCommand> &commands)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString path = prefix + QStringLiteral(" › ") + withoutMnemonic(action->text());
        if (action->menu())
            collectCommands(action->menu(), path, commands);
        else
            commands.append({action, path});
    }
}
} // namespace

QList<Workbench::MenuCommand> MainWindow::menuCommands() const
{
    QList<Workbench::MenuCommand> commands;
    for (QAction *menuAction : menuBar()->actions()) {
        if (menuAction->menu() && menuAction->isVisible())
            collectCommands(menuAction->menu(), withoutMnemonic(menuAction->text()), commands);
    }
    return commands;
}

void MainWindow::addObjectAction(QAction *action)
{
    m_objectActions.append(action);
    Q_EMIT m_workbench->objectActionsChanged();
}

void MainWindow::updateConnectionState()
{
    const auto profile = m_profiles.profile(selectedProfile());
    if (!profile) {
        m_connectionLabel->setText(tr("No connection profile"));
        m_connectionLabel->setToolTip({});
        m_userLabel->setText({});
        m_tableEmpty->setTitle(tr("Welcome to SCS Console"));
        m_tableEmpty->setText(tr("Add a connection profile for your Central API "
                                 "(File > Connection Profiles) to get started."));
        return;
    }
    m_connectionLabel->setText(tr("%1 (%2)").arg(profile->name, profile->apiUrl.host()));
    m_connectionLabel->setToolTip(tr("Central API: %1\nIssuer: %2")
                                      .arg(profile->apiUrl.toString(),
                                           profile->issuerUrl.toString()));
    m_tableEmpty->setTitle(tr("No resources yet"));
    m_tableEmpty->setText(tr("Pick a tenant and a resource kind in the tree "
                             "to list its objects here."));
}

bool MainWindow::selectProfile(const QString &name)
{
    const int index = m_profileBox->findText(name);
    if (index < 0)
        return false;
    m_profileBox->setCurrentIndex(index);
    return true;
}

QString MainWindow::selectedProfile() const
{
    return m_profileBox->currentText();
}

void MainWindow::setUserStatus(const QString &text, const QString &toolTip)
{
    m_userLabel->setText(text);
    m_userLabel->setToolTip(toolTip);
}

void MainWindow::setTreeHint(const QString &text)
{
    m_treeHint = text;
    // Only the selected profile's session is known; the others keep the generic hint.
    for (int row = 0; row < m_treeModel->rowCount(); ++row) {
        QStandardItem *profileItem = m_treeModel->item(row);
        if (profileItem->text() == selectedProfile() && profileItem->rowCount() > 0)
            profileItem->child(0)->setText(text);
    }
}

void MainWindow::showBanner(const QString &text, BannerKind kind, QAction *action)
{
    QColor tint;
    switch (kind) {
    case BannerKind::Info:
        tint = QColor(0xe7, 0xf1, 0xfb);
        break;
    case BannerKind::Warning:
        tint = QColor(0xfd, 0xf3, 0xd8);
        break;
    case BannerKind::Error:
        tint = QColor(0xfd, 0xec, 0xea);
        break;
    }
    m_banner->setPalette(bannerPalette(palette(), tint));
    m_bannerText->setText(text);
    m_bannerAction->setDefaultAction(action);
    m_bannerAction->setVisible(action != nullptr);
    m_banner->show();
}

void MainWindow::hideBanner()
{
    m_banner->hide();
    m_bannerText->clear();
}

QString MainWindow::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

void MainWindow::showDetailsTab(DetailsTab tab)
{
    m_details->setCurrentIndex(int(tab));
}

MainWindow::DetailsTab MainWindow::currentDetailsTab() const
{
    return DetailsTab(m_details->currentIndex());
}

void MainWindow::editProfiles()
{
    ProfileDialog dialog(m_profiles, this);
    dialog.selectProfile(selectedProfile());
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (const auto geometry = settings.value(QLatin1String(kGeometryKey)).toByteArray();
        !geometry.isEmpty()) {
        restoreGeometry(geometry);
    } else {
        resize(1280, 800);
    }
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
    m_splitter->restoreState(settings.value(QLatin1String(kSplitterKey)).toByteArray());
    showDetailsTab(DetailsTab(qBound(0, settings.value(QLatin1String(kTabKey)).toInt(), 2)));
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    settings.setValue(QLatin1String(kSplitterKey), m_splitter->saveState());
    settings.setValue(QLatin1String(kTabKey), m_details->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayLeave()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

} // namespace scs::ui
