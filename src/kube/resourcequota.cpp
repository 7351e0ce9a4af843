#include "kube/resourcequota.h"

#include "kube/kubeclient.h"
#include "kube/quantity.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scs::kube {


std::optional<double> QuotaLine::fraction() const
{
    if (!hardValue || !usedValue)
        return std::nullopt;
    if (*hardValue <= 0)
        return *usedValue > 0 ? std::optional<double>(1.0) : std::nullopt;
    return *usedValue / *hardValue;
}

Quota Quota::fromObject(const QJsonObject &object)
{
    Quota quota;
    const QJsonObject meta = object.value("metadata"_L1).toObject();
    quota.name = meta.value("name"_L1).toString();
    quota.tenant = meta.value("namespace"_L1).toString();
    const QJsonObject status = object.value("status"_L1).toObject();
    QJsonObject hard = status.value("hard"_L1).toObject();
    if (hard.isEmpty())
        hard = object.value("spec"_L1).toObject().value("hard"_L1).toObject();
    const QJsonObject used = status.value("used"_L1).toObject();
    for (auto it = hard.constBegin(); it != hard.constEnd(); ++it) {
        QuotaLine line;
        line.resource = it.key();
        line.hard = it.value().toVariant().toString();
        line.hardValue = parseQuantity(line.hard);
        if (used.contains(it.key())) {
            line.used = used.value(it.key()).toVariant().toString();
            line.usedValue = parseQuantity(line.used);
        }
        quota.lines.append(line);
    }
    std::sort(quota.lines.begin(), quota.lines.end(),
              [](const QuotaLine &a, const QuotaLine &b) { return a.resource < b.resource; });
    return quota;
}

const QuotaLine *Quota::line(const QString &resource) const
{
    for (const QuotaLine &l : lines) {
        if (l.resource == resource)
            return &l;
    }
    return nullptr;
}

void readQuotas(KubeClient *client, const QString &tenant, QObject *context,
                std::function<void(const Result<QList<Quota>> &)> done)
{
    client->get(u"/api/v1/namespaces/"_s + tenant + u"/resourcequotas"_s)
        ->onJson(context, [done = std::move(done)](const Result<QJsonDocument> &answer) {
            if (!answer) {
                if (answer.error().kind == Error::Kind::Forbidden)
                    done(QList<Quota>{});
                else
                    done(std::unexpected(answer.error()));
                return;
            }
            QList<Quota> quotas;
            for (const QJsonValue &item : answer->object().value("items"_L1).toArray())
                quotas.append(Quota::fromObject(item.toObject()));
            done(quotas);
        });
}

} // namespace scs::kube
