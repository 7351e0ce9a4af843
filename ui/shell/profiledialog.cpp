#include "ui/shell/profiledialog.h"
#include "ui/common/statusstyle.h"

#include "kubeconfig/kubeconfigprofileimport.h"
#include "profiles/profilestore.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace scs::ui {

namespace {
QStringList words(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
}

QString defaultKubeconfigPath()
{
    const QString env = qEnvironmentVariable("KUBECONFIG");
    if (!env.isEmpty())
        return env.split(QDir::listSeparator(), Qt::SkipEmptyParts).value(0);
    return QDir::home().filePath(QStringLiteral(".kube/config"));
}

void setErrorStyle(QLabel *label)
{
    setTextColor(label, statuscolor::error);
    label->setWordWrap(true);
    // Use the whole field width; a word-wrapped label would otherwise shrink to a narrow column.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
}
} // namespace

ProfileDialog::ProfileDialog(ProfileStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("ProfileDialog"));
    setWindowTitle(tr("Connection Profiles"));
    resize(860, 560);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setMinimumWidth(180);
    m_addButton = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add"), this);
    m_removeButton = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")),
                                     tr("&Remove"), this);
    m_importButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-import")),
                                     tr("&Import from Kubeconfig…"), this);
    m_importButton->setToolTip(tr("Read the Central API and the OIDC settings from a kubeconfig "
                                  "whose user signs in with kubelogin"));
    m_importMessage = new QLabel(this);
    m_importMessage->setObjectName(QStringLiteral("importMessage"));
    setErrorStyle(m_importMessage);

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    left->addLayout(listButtons);
    left->addWidget(m_importButton);
    left->addWidget(m_importMessage);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addField(form, ProfileField::Name, tr("&Name:"), tr("for example Production"),
             tr("How this Central API is called in the console and in kubeconfig contexts."));
    addField(form, ProfileField::ApiUrl, tr("Central &API URL:"),
             QStringLiteral("https://api.example.com:6443"),
             tr("The Kubernetes API server of the Central API."));
    addField(form, ProfileField::IssuerUrl, tr("OIDC &issuer URL:"),
             QStringLiteral("https://id.example.com/realms/scs"),
             tr("The Keycloak realm that the Central API trusts."));
    addField(form, ProfileField::ClientId, tr("&Client ID:"), QStringLiteral("scs-console"),
             tr("The OIDC client the Central API accepts tokens for."));
    addField(form, ProfileField::ExtraScopes, tr("Extra &scopes:"),
             tr("optional, for example offline_access"),
             tr("Scopes requested besides openid, separated by blanks."));

    m_systemCa = new QRadioButton(tr("S&ystem trust store"), this);
    m_fileCa = new QRadioButton(tr("PEM &file:"), this);
    auto *caGroup = new QButtonGroup(this);
    caGroup->addButton(m_systemCa);
    caGroup->addButton(m_fileCa);
    m_systemCa->setChecked(true);
    auto *caEdit = new QLineEdit(this);
    caEdit->setObjectName(QStringLiteral("caFileEdit"));
    caEdit->setAccessibleName(tr("CA file"));
    caEdit->setPlaceholderText(tr("/path/to/ca.pem"));
    caEdit->setEnabled(false);
    m_browseCa = new QPushButton(tr("&Browse…"), this);
    m_browseCa->setEnabled(false);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_systemCa);
    caRow->addWidget(m_fileCa);
    caRow->addWidget(caEdit, 1);
    caRow->addWidget(m_browseCa);
    auto *caError = new QLabel(this);
    caError->setObjectName(QStringLiteral("error_CaFile"));
    setErrorStyle(caError);
    m_edits.insert(ProfileField::CaFile, caEdit);
    m_errors.insert(ProfileField::CaFile, caError);
    auto *caLabel = new QLabel(tr("CA bundle:"), this);
    caLabel->setToolTip(tr("Certificates that sign the Central API's and the issuer's TLS "
                           "certificates."));
    form->addRow(caLabel, caRow);
    form->addRow(QString(), caError);

    addField(form, ProfileField::Tenants, tr("&Tenants:"), tr("optional, for example tenant-a"),
             tr("Tenant namespaces to show when your account may not list namespaces."));
    addField(form, ProfileField::UsernamePrefix, tr("&Username prefix:"),
             tr("empty for none, for example oidc:"),
             tr("What the Central API puts before user names from the token "
                "(kube-apiserver's --oidc-username-prefix); members are bound with it."));
    addField(form, ProfileField::GroupsPrefix, tr("&Groups prefix:"),
             tr("empty for none, for example oidc:"),
             tr("What the Central API puts before group names from the token "
                "(kube-apiserver's --oidc-groups-prefix); groups are bound with it."));

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addStretch(1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    m_saveButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")),
                                   tr("&Save Profile"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setEnabled(false);
    saveRow->addWidget(m_saveButton);
    right->addLayout(saveRow);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 0);
    columns->addLayout(right, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, &ProfileDialog::addProfile);
    connect(m_removeButton, &QPushButton::clicked, this, &ProfileDialog::removeProfile);
    connect(m_importButton, &QPushButton::clicked, this, &ProfileDialog::importFromKubeconfig);
    connect(m_saveButton, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_fileCa, &QRadioButton::toggled, this, [this, caEdit](bool on) {
        caEdit->setEnabled(on);
        m_browseCa->setEnabled(on);
        if (!m_loading) {
            m_touched.insert(ProfileField::CaFile);
            setDirty(true);
            showErrors();
        }
    });
    connect(caEdit, &QLineEdit::textEdited, this, [this] {
        m_touched.insert(ProfileField::CaFile);
        setDirty(true);
    });
    connect(caEdit, &QLineEdit::textChanged, this, [this] {
        if (!m_loading)
            showErrors();
    });
    connect(m_browseCa, &QPushButton::clicked, this, [this, caEdit] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose a CA Bundle"), QFileInfo(caEdit->text()).absolutePath(),
            tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!path.isEmpty()) {
            caEdit->setText(path);
            m_touched.insert(ProfileField::CaFile);
            showErrors();
        }
    });
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (m_loading || name == m_editingName)
            return;
        if (!confirmLeaveUnsaved()) {
            const QSignalBlocker blocker(m_list);
            const auto items = m_list->findItems(m_editingName, Qt::MatchExactly);
            m_list->setCurrentItem(items.value(0));
            return;
        }
        loadSelected();
    });

    const QSignalBlocker blocker(m_list);
    m_list->addItems(m_store.names());
    if (const auto &error = m_store.loadError()) {
        m_importMessage->setText(error->message);
        m_importMessage->show();
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    loadSelected();
}

ProfileDialog::~ProfileDialog()
{
    // Hiding the dialog moves focus out of a field, and its editingFinished handler must not
    // run on members that are already gone.
    for (QLineEdit *edit : std::as_const(m_edits))
        disconnect(edit, nullptr, this, nullptr);
}

QLineEdit *ProfileDialog::addField(QFormLayout *form, ProfileField field, const QString &label,
                                   const QString &placeholder, const QString &help)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QStringLiteral("edit_%1").arg(int(field)));
    edit->setPlaceholderText(placeholder);
    edit->setToolTip(help);
    edit->setClearButtonEnabled(true);
    auto *error = new QLabel(this);
    error->setObjectName(QStringLiteral("error_%1").arg(int(field)));
    setErrorStyle(error);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(edit);
    form->addRow(caption, edit);
    form->addRow(QString(), error);
    m_edits.insert(field, edit);
    m_errors.insert(field, error);

    connect(edit, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(edit, &QLineEdit::textChanged, this, [this] {
        if (!m_loading)
            showErrors();
    });
    connect(edit, &QLineEdit::editingFinished, this, [this, field] {
        m_touched.insert(field);
        showErrors();
    });
    return edit;
}

ConnectionProfile ProfileDialog::profileFromForm() const
{
    ConnectionProfile p;
    p.name = m_edits.value(ProfileField::Name)->text();
    p.apiUrl = urlFromUserInput(m_edits.value(ProfileField::ApiUrl)->text());
    p.issuerUrl = urlFromUserInput(m_edits.value(ProfileField::IssuerUrl)->text());
    p.clientId = m_edits.value(ProfileField::ClientId)->text().trimmed();
    p.extraScopes = words(m_edits.value(ProfileField::ExtraScopes)->text());
    p.caFile = m_fileCa->isChecked() ? m_edits.value(ProfileField::CaFile)->text().trimmed()
                                     : QString();
    p.tenants = words(m_edits.value(ProfileField::Tenants)->text());
    // Blanks around a prefix are never meant (kube-apiserver would keep them).
    p.usernamePrefix = m_edits.value(ProfileField::UsernamePrefix)->text().trimmed();
    p.groupsPrefix = m_edits.value(ProfileField::GroupsPrefix)->text().trimmed();
    return p;
}

void ProfileDialog::setProfileInForm(const ConnectionProfile &profile)
{
    m_loading = true;
    m_edits.value(ProfileField::Name)->setText(profile.name);
    m_edits.value(ProfileField::ApiUrl)->setText(profile.apiUrl.toString());
    m_edits.value(ProfileField::IssuerUrl)->setText(profile.issuerUrl.toString());
    m_edits.value(ProfileField::ClientId)->setText(profile.clientId);
    m_edits.value(ProfileField::ExtraScopes)->setText(profile.extraScopes.join(QLatin1Char(' ')));
    m_edits.value(ProfileField::CaFile)->setText(profile.caFile);
    (profile.caFile.isEmpty() ? m_systemCa : m_fileCa)->setChecked(true);
    m_edits.value(ProfileField::Tenants)->setText(profile.tenants.join(QLatin1Char(' ')));
    m_edits.value(ProfileField::UsernamePrefix)->setText(profile.usernamePrefix);
    m_edits.value(ProfileField::GroupsPrefix)->setText(profile.groupsPrefix);
    m_loading = false;
    showErrors();
}

void ProfileDialog::loadSelected()
{
    const auto item = m_list->currentItem();
    const auto profile = item ? m_store.profile(item->text()) : std::nullopt;
    m_editingName = profile ? profile->name : QString();
    m_touched.clear();
    m_showAllErrors = false;
    setProfileInForm(profile.value_or(ConnectionProfile{}));
    setDirty(false);
    m_removeButton->setEnabled(profile.has_value());
    for (auto *edit : std::as_const(m_edits))
        edit->setReadOnly(false);
}

void ProfileDialog::selectProfile(const QString &name)
{
    const auto items = m_list->findItems(name, Qt::MatchExactly);
    if (!items.isEmpty())
        m_list->setCurrentItem(items.first());
}

void ProfileDialog::showErrors()
{
    QStringList taken = m_store.names();
    taken.removeAll(m_editingName);
    auto errors = validateProfile(profileFromForm(), taken);
    if (m_fileCa->isChecked() && m_edits.value(ProfileField::CaFile)->text().trimmed().isEmpty())
        errors.append({ProfileField::CaFile, tr("Choose a PEM file, or use the system trust store.")});
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        QString message;
        for (const auto &error : errors) {
            if (error.field == it.key()) {
                message = error.message;
                break;
            }
        }
        const bool show = !message.isEmpty() && (m_showAllErrors || m_touched.contains(it.key()));
        it.value()->setText(show ? message : QString());
        it.value()->setVisible(show);
    }
}

QString ProfileDialog::fieldMessage(ProfileField field) const
{
    const QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QString ProfileDialog::importMessage() const
{
    return m_importMessage->isHidden() ? QString() : m_importMessage->text();
}

void ProfileDialog::setDirty(bool dirty)
{
    if (m_loading)
        return;
    m_dirty = dirty;
    m_saveButton->setEnabled(dirty);
    setWindowModified(dirty);
}

bool ProfileDialog::save()
{
    m_showAllErrors = true;
    showErrors();
    if (!fieldMessage(ProfileField::CaFile).isEmpty())
        return false;
    const ConnectionProfile profile = profileFromForm();
    const auto saved = m_store.save(profile, m_editingName);
    if (!saved) {
        if (saved.error().kind != Error::Kind::Invalid) // field errors are already beside fields
            QMessageBox::warning(this, tr("Profile Not Saved"), saved.error().message);
        return false;
    }
    m_editingName = profile.name;
    {
        m_loading = true;
        m_list->clear();
        m_list->addItems(m_store.names());
        selectProfile(profile.name);
        m_loading = false;
    }
    m_removeButton->setEnabled(true);
    setDirty(false);
    return true;
}

void ProfileDialog::addProfile()
{
    if (!confirmLeaveUnsaved())
        return;
    m_loading = true;
    m_list->clearSelection();
    m_list->setCurrentItem(nullptr);
    m_loading = false;
    m_editingName.clear();
    m_touched.clear();
    m_showAllErrors = false;
    setProfileInForm(ConnectionProfile{});
    setDirty(true);
    m_removeButton->setEnabled(false);
    m_edits.value(ProfileField::Name)->setFocus();
}

void ProfileDialog::removeProfile()
{
    if (m_editingName.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove Profile"),
        tr("Remove the connection profile \"%1\"? Kubeconfigs exported from it stop working "
           "until you add it again.")
            .arg(m_editingName));
    if (answer != QMessageBox::Yes)
        return;
    if (const auto removed = m_store.remove(m_editingName); !removed)
        QMessageBox::warning(this, tr("Profile Not Removed"), removed.error().message);
    m_loading = true;
    m_list->clear();
    m_list->addItems(m_store.names());
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_loading = false;
    loadSelected();
}

void ProfileDialog::importFromKubeconfig()
{
    if (!confirmLeaveUnsaved())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import from Kubeconfig"),
                                                      defaultKubeconfigPath(),
                                                      tr("Kubeconfig files (*)"));
    if (!path.isEmpty())
        importFromFile(path);
}

bool ProfileDialog::importFromFile(const QString &path)
{
    m_importMessage->hide();
    const auto imported = importProfilesFromKubeconfigFile(path);
    if (!imported) {
        m_importMessage->setText(imported.error().toDisplayString());
        m_importMessage->show();
        return false;
    }
    ImportedProfile chosen = imported->first();
    if (imported->size() > 1) {
        QStringList choices;
        for (const auto &item : *imported)
            choices.append(tr("%1 (%2)").arg(item.profile.name, item.profile.apiUrl.toString()));
        bool ok = false;
        const QString choice = QInputDialog::getItem(
            this, tr("Import from Kubeconfig"),
            tr("This kubeconfig names several Central APIs. Which one do you want to import?"),
            choices, 0, false, &ok);
        if (!ok)
            return false;
        chosen = imported->at(choices.indexOf(choice));
    }
    if (!chosen.caPem.isEmpty()) {
        const auto caPath = storeCaBundle(chosen.profile.name, chosen.caPem);
        if (!caPath) {
            m_importMessage->setText(caPath.error().message);
            m_importMessage->show();
            return false;
        }
        chosen.profile.caFile = *caPath;
    }
    // An existing profile of that name is updated (after Save), so a re-import refreshes it.
    const bool exists = m_store.profile(chosen.profile.name).has_value();
    m_loading = true;
    m_list->setCurrentItem(nullptr);
    if (exists)
        selectProfile(chosen.profile.name);
    m_loading = false;
    m_editingName = exists ? chosen.profile.name : QString();
    m_showAllErrors = true;
    setProfileInForm(chosen.profile);
    setDirty(true);
    m_importMessage->setText(tr("Imported from %1. Check the fields and save.")
                                 .arg(QDir::toNativeSeparators(path)));
    m_importMessage->setPalette(palette());
    m_importMessage->show();
    return true;
}

bool ProfileDialog::confirmLeaveUnsaved()
{
    if (!m_dirty)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved Changes"),
        tr("The profile has changes that are not saved. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    setDirty(false);
    return true;
}

void ProfileDialog::done(int result)
{
    if (!confirmLeaveUnsaved())
        return;
    QDialog::done(result);
}

} // namespace scs::ui
