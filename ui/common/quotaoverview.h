#pragma once

#include "kube/resourcequota.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QProgressBar;

namespace scs::kube {
class KubeClient;
class Watcher;
} // namespace scs::kube

namespace scs::ui {

// A tenant's ResourceQuotas at a glance: one row per quota and resource with a bar and
// "used / hard", live (a kube::Watcher on the tenant's resourcequotas). Shown in a tenant's
// overview (the clusters view a tenant node opens); hidden while the tenant has no quota the
// person may read. A resource whose use is not known yet (no quota controller has counted) shows
// "– / hard". The client must outlive the widget or be replaced with setClient(nullptr) first.
// GUI thread only.
class QuotaOverview : public QWidget
{
    Q_OBJECT

public:
    explicit QuotaOverview(QWidget *parent = nullptr);
    ~QuotaOverview() override;

    void setClient(kube::KubeClient *client);
    // Watches the quotas of `tenant` ("" stops).
    void showTenant(const QString &tenant);
    [[nodiscard]] QString tenant() const { return m_tenant; }

    // What is shown, by quota name (tests and the order check read the same data).
    [[nodiscard]] QList<kube::Quota> quotas() const { return m_quotas.values(); }
    // The bar of `resource` in `quota`, nullptr when not shown.
    [[nodiscard]] QProgressBar *bar(const QString &quota, const QString &resource) const;
    // Its "used / hard" text.
    [[nodiscard]] QString usageText(const QString &quota, const QString &resource) const;

Q_SIGNALS:
    void quotasChanged();

private:
    void rebuild();

    QPointer<kube::KubeClient> m_client;
    kube::Watcher *m_watcher = nullptr;
    QString m_tenant;
    QMap<QString, kube::Quota> m_quotas;
    QLabel *m_title;
    QWidget *m_rows;
    QGridLayout *m_grid;
};

} // namespace scs::ui
