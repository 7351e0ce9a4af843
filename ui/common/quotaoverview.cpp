#include "ui/common/quotaoverview.h"

#include "kube/kubeclient.h"
#include "kube/watcher.h"
#include "ui/common/statusstyle.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scs::ui {

namespace {
QString key(const QString &quota, const QString &resource)
{
    return quota + u'\n' + resource;
}
} // namespace

QuotaOverview::QuotaOverview(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_rows(new QWidget(this))
    , m_grid(new QGridLayout(m_rows))
{
    setObjectName(u"quotaOverview"_s);
    setAccessibleName(tr("Quotas"));
    m_title->setObjectName(u"quotaTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 6, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_rows);
    hide();
}

QuotaOverview::~QuotaOverview() = default;

void QuotaOverview::setClient(kube::KubeClient *client)
{
    if (client == m_client)
        return;
    showTenant({});
    m_client = client;
}

void QuotaOverview::showTenant(const QString &tenant)
{
    delete m_watcher;
    m_watcher = nullptr;
    m_tenant = tenant;
    m_quotas.clear();
    rebuild();
    if (tenant.isEmpty() || !m_client)
        return;
    kube::Watcher::Options options;
    options.table = false;
    m_watcher = new kube::Watcher(m_client, u"/api/v1/namespaces/"_s + tenant + u"/resourcequotas"_s,
                                  options, this);
    connect(m_watcher, &kube::Watcher::added, this, [this](const QList<kube::WatchItem> &items) {
        for (const kube::WatchItem &item : items)
            m_quotas.insert(item.name(), kube::Quota::fromObject(item.object()));
        rebuild();
    });
    connect(m_watcher, &kube::Watcher::modified, this, [this](const kube::WatchItem &item) {
        m_quotas.insert(item.name(), kube::Quota::fromObject(item.object()));
        rebuild();
    });
    connect(m_watcher, &kube::Watcher::deleted, this, [this](const kube::WatchItem &item) {
        m_quotas.remove(item.name());
        rebuild();
    });
    // A relist replaces what was known: objects deleted meanwhile come as `deleted`; nothing
    // else to do. Errors (Forbidden: the person may not read quotas) leave the widget hidden.
    m_watcher->start();
}

QProgressBar *QuotaOverview::bar(const QString &quota, const QString &resource) const
{
    return m_rows->findChild<QProgressBar *>(key(quota, resource));
}

QString QuotaOverview::usageText(const QString &quota, const QString &resource) const
{
    const auto *label = m_rows->findChild<QLabel *>(u"usage\n"_s + key(quota, resource));
    return label ? label->text() : QString();
}

void QuotaOverview::rebuild()
{
    // Few rows (a handful per quota): rebuilt whole on every change.
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int row = 0;
    for (const kube::Quota &quota : std::as_const(m_quotas)) {
        for (const kube::QuotaLine &line : quota.lines) {
            const QString name = m_quotas.size() > 1 ? quota.name + u": "_s + line.resource
                                                     : line.resource;
            auto *label = new QLabel(name, m_rows);
            auto *bar = new QProgressBar(m_rows);
            bar->setObjectName(key(quota.name, line.resource));
            bar->setRange(0, 1000);
            bar->setTextVisible(false);
            bar->setMaximumHeight(label->sizeHint().height());
            const auto fraction = line.fraction();
            bar->setValue(fraction ? int(std::min(1.0, *fraction) * 1000) : 0);
            const QString usage = tr("%1 / %2").arg(line.used.isEmpty() ? u"–"_s : line.used,
                                                    line.hard);
            bar->setAccessibleName(tr("Quota %1: %2").arg(quota.name, line.resource));
            bar->setAccessibleDescription(usage);
            if (fraction && *fraction >= 1.0) {
                // Not by colour alone: the text says "1 / 1" and the tool tip why it matters.
                QPalette palette = bar->palette();
                palette.setColor(QPalette::Highlight, statuscolor::error);
                bar->setPalette(palette);
                bar->setToolTip(tr("Used up: nothing more of this can be created."));
            }
            auto *text = new QLabel(usage, m_rows);
            text->setObjectName(u"usage\n"_s + key(quota.name, line.resource));
            label->setBuddy(bar);
            m_grid->addWidget(label, row, 0);
            m_grid->addWidget(bar, row, 1);
            m_grid->addWidget(text, row, 2);
            ++row;
        }
    }
    m_grid->setColumnStretch(1, 1);
    if (m_quotas.size() == 1)
        m_title->setText(tr("Quota '%1' in %2").arg(m_quotas.first().name, m_tenant));
    else
        m_title->setText(tr("Quotas in %1").arg(m_tenant));
    setVisible(row > 0);
    Q_EMIT quotasChanged();
}

} // namespace scs::ui
