#include "orders/ordertemplate.h"

#include "yaml/yaml.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace scs::orders {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OrderTemplate)
};

// Template files are small; anything larger is not one.
constexpr qint64 kMaxTemplateBytes = 1024 * 1024;
} // namespace

Result<Order> orderLikeCluster(const QJsonObject &cluster, const OrderType &type)
{
    // orderFromObject reads only what an order consists of (for ClusterApi: class, version,
    // control plane replicas, each pool's class/name/replicas/failure domain/autoscaling,
    // variables), so the cluster's metadata, status and controller-written spec stay behind.
    auto order = orderFromObject(cluster, type);
    if (!order)
        return order;
    order->name.clear();
    order->tenant.clear();
    if (type.kind == OrderKind::Claim) {
        // A claim's spec also holds what Crossplane and the provider wrote (resourceRef,
        // writeConnectionSecretToRef, compositionRef, ...): keep only what a person chooses.
        QJsonObject values;
        for (const Field &option : type.options) {
            if (order->values.contains(option.name))
                values.insert(option.name, order->values.value(option.name));
        }
        order->values = values;
    }
    return order;
}

const OrderType *orderTypeFor(const QList<OrderType> &types, const QJsonObject &object)
{
    const auto kind = orderKindOf(object);
    if (!kind)
        return nullptr;
    const QString cls = topologyClass(
        object.value("spec"_L1).toObject().value("topology"_L1).toObject());
    for (const OrderType &type : types) {
        if (type.kind != *kind)
            continue;
        if (type.kind == OrderKind::Claim || type.clusterClass == cls)
            return &type;
    }
    return nullptr;
}

QByteArray orderTemplateYaml(const Order &order, const OrderType &type)
{
    QJsonObject object = buildObject(order, type);
    object.remove(u"metadata"_s);
    return yaml::toYaml(QJsonValue(object));
}

Result<QJsonObject> parseOrderTemplate(const QByteArray &text)
{
    if (text.trimmed().isEmpty())
        return fail(Error::Kind::Parse, Tr::tr("The file is empty."));
    const auto document = yaml::toJsonDocument(text);
    if (!document)
        return std::unexpected(document.error());
    if (!document->isObject()) {
        return fail(Error::Kind::Parse,
                    Tr::tr("The file does not hold an order: expected a Cluster object."));
    }
    const QJsonObject object = document->object();
    if (auto kind = orderKindOf(object); !kind)
        return std::unexpected(kind.error());
    if (!object.value("spec"_L1).isObject())
        return fail(Error::Kind::Parse, Tr::tr("The order has no spec."));
    return object;
}

Result<void> saveOrderTemplate(const QString &path, const Order &order, const OrderType &type)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(Error::Kind::Io,
                    Tr::tr("Could not write %1: %2").arg(path, file.errorString()));
    }
    const QByteArray text = u"# SCS Console order template (no name, no tenant)\n"_s.toUtf8()
        + orderTemplateYaml(order, type);
    if (file.write(text) != text.size() || !file.commit()) {
        return fail(Error::Kind::Io,
                    Tr::tr("Could not write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

Result<LoadedTemplate> loadOrderTemplate(const QString &path, const QList<OrderType> &types)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::Kind::Io,
                    Tr::tr("Could not read %1: %2").arg(path, file.errorString()));
    }
    if (file.size() > kMaxTemplateBytes) {
        return fail(Error::Kind::Parse,
                    Tr::tr("%1 is too large to be an order template.")
                        .arg(QFileInfo(path).fileName()));
    }
    const auto object = parseOrderTemplate(file.readAll());
    if (!object) {
        Error e = object.error();
        e.message = Tr::tr("%1 is not a valid order template: %2")
                        .arg(QFileInfo(path).fileName(), e.message);
        return std::unexpected(e);
    }
    const OrderType *type = orderTypeFor(types, *object);
    if (!type) {
        const QString cls = topologyClass(
            object->value("spec"_L1).toObject().value("topology"_L1).toObject());
        return fail(Error::Kind::Invalid,
                    cls.isEmpty()
                        ? Tr::tr("This tenant does not offer what the template orders.")
                        : Tr::tr("This tenant does not offer the ClusterClass \"%1\" the "
                                 "template orders.")
                              .arg(cls));
    }
    auto order = orderLikeCluster(*object, *type);
    if (!order)
        return std::unexpected(order.error());
    return LoadedTemplate{*order, type->id()};
}

} // namespace scs::orders
