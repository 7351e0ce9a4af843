#pragma once

#include "common/error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace scs::kube {
class KubeClient;
class KubeReply;
} // namespace scs::kube

namespace scs::exec {

// Finds a pod to open a shell in for a workload (Deployment, StatefulSet, DaemonSet,
// ReplicaSet, Job): lists the pods its selector picks and hands back the first Running one by
// name that is not being deleted, as a Pod object (kind and apiVersion set), or failed(). One
// answer per pick(); the client must outlive the picker. GUI thread only.
class PodPicker : public QObject
{
    Q_OBJECT

public:
    explicit PodPicker(kube::KubeClient *client, QObject *parent = nullptr);
    ~PodPicker() override;

    void pick(const QJsonObject &workload);

    // The first running pod of a PodList's `items` (for tests); empty when there is none.
    [[nodiscard]] static QJsonObject firstRunning(const QJsonArray &items);

Q_SIGNALS:
    void picked(const QJsonObject &pod);
    void failed(const scs::Error &error);

private:
    QPointer<kube::KubeClient> m_client;
    QPointer<kube::KubeReply> m_reply;
};

} // namespace scs::exec
