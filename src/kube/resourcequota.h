#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace scs::kube {

class KubeClient;

// One ResourceQuota as its status tells it: per resource what is allowed (status.hard, else
// spec.hard) and what is used (status.used; unknown until the quota controller, or the
// admission that charges it, has filled it in). Pure data; any thread.
struct QuotaLine
{
    QString resource; // "count/clusters.cluster.x-k8s.io", "requests.cpu", ...
    QString hard; // as the server wrote it ("3", "16", "32Gi")
    QString used; // "" while unknown
    std::optional<double> hardValue;
    std::optional<double> usedValue;

    // used / hard in [0, 1+], nullopt while either is unknown or hard is 0 with nothing used.
    [[nodiscard]] std::optional<double> fraction() const;
};

struct Quota
{
    QString name;
    QString tenant; // the namespace
    QList<QuotaLine> lines; // sorted by resource

    [[nodiscard]] static Quota fromObject(const QJsonObject &resourceQuota);
    [[nodiscard]] const QuotaLine *line(const QString &resource) const;
};

// Lists the ResourceQuotas of `tenant` (GET .../resourcequotas) and calls `done` once, later,
// unless `context` is gone first. A Forbidden list is no error: an empty list (nothing that can
// be read, nothing to warn about).
void readQuotas(KubeClient *client, const QString &tenant, QObject *context,
                std::function<void(const Result<QList<Quota>> &)> done);

} // namespace scs::kube
