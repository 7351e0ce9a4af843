#pragma once

#include "common/error.h"
#include "orders/order.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace scs::orders {

// "Order like this" and order templates: an order without identity, taken from an existing
// cluster or kept in a YAML file, to start the wizard (or order-cluster) from.
//
// A template is the object buildObject() makes, without metadata (no name, no namespace): the
// kind/apiVersion, the topology's class, version, control plane, pools (sizes and autoscaling)
// and variables (ClusterApi), or the claim's spec.

// The order an existing cluster was made from, as far as a new order can repeat it: class,
// version, control plane nodes, pools (name, class, replicas or autoscaling, failure domain)
// and variables (claim: the spec properties `type` offers as options). Nothing of the
// cluster's identity or state: name and tenant are empty; status, uid, resourceVersion,
// managedFields, owner references, labels and annotations, and what controllers wrote into the
// spec (controlPlaneEndpoint, infrastructureRef, the claim's resourceRef and connection
// secret) are left behind. Fails when the cluster is not of `type` (kind, class).
[[nodiscard]] Result<Order> orderLikeCluster(const QJsonObject &cluster, const OrderType &type);

// The order type among `types` an object (cluster or template) is of: same kind, and for
// ClusterApi the same class; null when none is offered.
[[nodiscard]] const OrderType *orderTypeFor(const QList<OrderType> &types,
                                            const QJsonObject &object);

// The template of an order (see above), as YAML text.
[[nodiscard]] QByteArray orderTemplateYaml(const Order &order, const OrderType &type);

// A template file's text as an object: exactly one YAML (or JSON) document holding a
// "Cluster" of a known kind. Errors say what is wrong (with the line for YAML errors).
[[nodiscard]] Result<QJsonObject> parseOrderTemplate(const QByteArray &text);

// Writes the template atomically (QSaveFile: a failed write leaves the old file).
[[nodiscard]] Result<void> saveOrderTemplate(const QString &path, const Order &order,
                                             const OrderType &type);

// A template read from `path`, with the type among `types` it belongs to. Name and tenant are
// empty (the caller fills them in). Fails, with a message a person understands, on an
// unreadable or malformed file and on a class that is not offered here.
struct LoadedTemplate
{
    Order order;
    QString typeId; // OrderType::id() of the type in `types`
};
[[nodiscard]] Result<LoadedTemplate> loadOrderTemplate(const QString &path,
                                                       const QList<OrderType> &types);

} // namespace scs::orders
