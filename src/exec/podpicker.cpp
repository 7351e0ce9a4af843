#include "exec/podpicker.h"

#include "kube/apipath.h"
#include "kube/kubeclient.h"
#include "logs/workloadlogs.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace scs::exec {

PodPicker::PodPicker(kube::KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

PodPicker::~PodPicker()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QJsonObject PodPicker::firstRunning(const QJsonArray &items)
{
    QList<QJsonObject> running;
    for (const QJsonValue &item : items) {
        const QJsonObject pod = item.toObject();
        const QJsonObject metadata = pod.value(QLatin1String("metadata")).toObject();
        if (pod.value(QLatin1String("status")).toObject().value(QLatin1String("phase"))
                == QLatin1String("Running")
            && !metadata.contains(QLatin1String("deletionTimestamp")))
            running.append(pod);
    }
    if (running.isEmpty())
        return {};
    const auto nameOf = [](const QJsonObject &pod) {
        return pod.value(QLatin1String("metadata"))
            .toObject()
            .value(QLatin1String("name"))
            .toString();
    };
    QJsonObject pod = *std::min_element(running.cbegin(), running.cend(),
                                        [&](const QJsonObject &a, const QJsonObject &b) {
                                            return nameOf(a) < nameOf(b);
                                        });
    // A list's items carry no kind of their own.
    pod.insert(QStringLiteral("kind"), QStringLiteral("Pod"));
    pod.insert(QStringLiteral("apiVersion"), QStringLiteral("v1"));
    return pod;
}

void PodPicker::pick(const QJsonObject &workload)
{
    const QJsonObject metadata = workload.value(QLatin1String("metadata")).toObject();
    const QString ns = metadata.value(QLatin1String("namespace")).toString();
    const QString name = metadata.value(QLatin1String("name")).toString();
    // The same reading of a workload's selector as its logs use.
    const Result<QString> selector = logs::WorkloadLogs::selectorOf(workload);
    if (!selector || !m_client) {
        const Error error = selector ? Error{Error::Kind::Unavailable,
                                             tr("There is no connection to list pods with"),
                                             {}, {}, {}, 0, 0}
                                     : selector.error();
        QMetaObject::invokeMethod(this, [this, error] { Q_EMIT failed(error); },
                                  Qt::QueuedConnection);
        return;
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("labelSelector"), *selector);
    m_reply = m_client->get(QStringLiteral("/api/v1/namespaces/%1/pods").arg(kube::pathSegment(ns)),
                            query);
    const QString kind = workload.value(QLatin1String("kind")).toString();
    m_reply->onJson(this, [this, kind, name](const Result<QJsonDocument> &doc) {
        if (!doc) {
            Q_EMIT failed(doc.error());
            return;
        }
        const QJsonObject pod =
            firstRunning(doc->object().value(QLatin1String("items")).toArray());
        if (pod.isEmpty()) {
            Q_EMIT failed(Error{Error::Kind::NotFound,
                                tr("%1 %2 has no running pod to open a shell in").arg(kind, name),
                                {}, {}, {}, 0, 0});
            return;
        }
        Q_EMIT picked(pod);
    });
}

} // namespace scs::exec
