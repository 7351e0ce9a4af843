#include "ui/portforward/portforwardlist.h"

#include "portforward/portforward.h"
#include "portforward/portforwards.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace scs::ui {

PortForwardList::PortForwardList(portforward::PortForwards *forwards, QWidget *parent)
    : QWidget(parent)
    , m_forwards(forwards)
    , m_table(new QTableView(this))
    , m_stop(new QPushButton(QIcon::fromTheme(QStringLiteral("process-stop")), tr("&Stop"), this))
    , m_copy(new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy Address"),
                             this))
    , m_open(new QPushButton(QIcon::fromTheme(QStringLiteral("internet-web-browser")),
                             tr("&Open in Browser"), this))
    , m_clear(new QPushButton(tr("C&lear Finished"), this))
{
    setObjectName(QStringLiteral("portForwardList"));
    m_table->setObjectName(QStringLiteral("portForwardTable"));
    m_table->setAccessibleName(tr("Port forwards"));
    m_table->setModel(forwards);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_stop->setObjectName(QStringLiteral("stopForward"));
    m_copy->setObjectName(QStringLiteral("copyForwardAddress"));
    m_open->setObjectName(QStringLiteral("openForwardInBrowser"));
    m_clear->setObjectName(QStringLiteral("clearFinishedForwards"));
    m_stop->setToolTip(tr("Stop the selected forward: its local port closes"));
    m_copy->setToolTip(tr("Copy the local address (127.0.0.1:port)"));
    m_open->setToolTip(
        tr("Open http://127.0.0.1:port/ (https for 443 and 8443) in the browser"));
    m_clear->setToolTip(tr("Remove stopped and failed forwards from the list"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stop);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_open);
    buttons->addStretch();
    buttons->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (portforward::PortForward *forward = currentForward())
            forward->stop();
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (portforward::PortForward *forward = currentForward())
            QGuiApplication::clipboard()->setText(forward->localAddress());
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (portforward::PortForward *forward = currentForward()) {
            // TLS ports get https: the pod's server speaks it through the forward too.
            const bool tls = forward->remotePort() == 443 || forward->remotePort() == 8443
                || forward->podPort() == 443 || forward->podPort() == 8443;
            QDesktopServices::openUrl(QUrl(QStringLiteral("%1://%2/").arg(
                tls ? QStringLiteral("https") : QStringLiteral("http"), forward->localAddress())));
        }
    });
    connect(m_clear, &QPushButton::clicked, m_forwards,
            &portforward::PortForwards::removeFinished);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PortForwardList::updateButtons);
    connect(m_forwards, &QAbstractItemModel::dataChanged, this, &PortForwardList::updateButtons);
    connect(m_forwards, &QAbstractItemModel::rowsRemoved, this, &PortForwardList::updateButtons);
    // A new forward becomes the current row: the one just asked for.
    connect(m_forwards, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int, int last) {
                m_table->setCurrentIndex(m_forwards->index(last, 0));
                updateButtons();
            });
    updateButtons();
    resize(900, 260);
}

portforward::PortForward *PortForwardList::currentForward() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_forwards->forwardAt(current.row()) : nullptr;
}

bool PortForwardList::looksLikeHttp(const portforward::PortForward &forward)
{
    static const QList<quint16> ports{80, 443, 3000, 5000, 8443, 9090};
    const quint16 remote = forward.remotePort();
    const quint16 pod = forward.podPort();
    const auto httpish = [](quint16 p) {
        return ports.contains(p) || (p >= 8000 && p <= 8999);
    };
    return forward.state() == portforward::PortForward::State::Active
        && (httpish(remote) || httpish(pod));
}

void PortForwardList::updateButtons()
{
    const portforward::PortForward *forward = currentForward();
    const bool active =
        forward && forward->state() == portforward::PortForward::State::Active;
    m_stop->setEnabled(forward && forward->isRunning());
    m_copy->setEnabled(active);
    m_open->setEnabled(forward && looksLikeHttp(*forward));
    bool finished = false;
    for (const portforward::PortForward *f : m_forwards->forwards())
        finished = finished || !f->isRunning();
    m_clear->setEnabled(finished);
}

} // namespace scs::ui
