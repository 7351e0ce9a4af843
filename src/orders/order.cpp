#include "orders/order.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scs::orders {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Order)
};

const QString kClaimGroup = u"api.scs.community"_s;
const QString kCapiGroup = u"cluster.x-k8s.io"_s;
const QString kPoolPath = u"spec.topology.workers.machineDeployments[]"_s;

// Parts of the claim's spec that belong to Crossplane, not to the person ordering.
const QStringList kClaimMachinery = {u"resourceRef"_s, u"compositionRef"_s,
                                     u"compositionSelector"_s, u"compositionUpdatePolicy"_s,
                                     u"compositeDeletePolicy"_s,
                                     u"writeConnectionSecretToRef"_s};

QString variablePath(const QString &name)
{
    return u"spec.topology.variables["_s + name + u"].value"_s;
}

// A copy of `f` with every path starting with `from` rewritten to start with `to`.
Field rebased(Field f, const QString &from, const QString &to)
{
    if (f.path.startsWith(from))
        f.path = to + f.path.mid(from.size());
    for (Field &p : f.properties)
        p = rebased(p, from, to);
    for (Field &i : f.items)
        i = rebased(i, from, to);
    return f;
}

QString groupVersionOf(const OrderType &type)
{
    if (!type.resource.group.isEmpty() && !type.resource.version.isEmpty())
        return type.resource.groupVersion();
    return type.kind == OrderKind::Claim ? kClaimGroup + u"/v1alpha1"_s
                                         : kCapiGroup + u"/v1beta1"_s;
}

QStringList sortedNewestFirst(QStringList versions)
{
    std::stable_sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return compareVersions(a, b) > 0;
    });
    return versions;
}

Field nameField()
{
    Field f;
    f.name = u"name"_s;
    f.path = u"metadata.name"_s;
    f.title = Tr::tr("Name");
    f.type = Field::Type::String;
    f.required = true;
    f.dnsLabel = true;
    return f;
}

// Deep merge of `patch` into `base` (objects merge, everything else replaces).
QJsonObject merged(QJsonObject base, const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isObject() && base.value(it.key()).isObject()) {
            base.insert(it.key(),
                        merged(base.value(it.key()).toObject(), it.value().toObject()));
        } else {
            base.insert(it.key(), it.value());
        }
    }
    return base;
}

QString issuerOf(const ConnectionProfile &profile)
{
    QString issuer = profile.issuerUrl.toString();
    while (issuer.endsWith(u'/'))
        issuer.chop(1);
    return issuer;
}

// OIDC fields are found by what their keys say, not by a list of spellings: "issuerURL",
// "issuer_url", "oidcIssuerUrl", "issuer" name an issuer; "clientID", "client_id",
// "oidc_client_id" a client id (keyWords splits camelCase and snake_case alike).
QStringList lowerWords(const QString &key)
{
    QStringList words = keyWords(key);
    for (QString &w : words)
        w = w.toLower();
    return words;
}

bool isIssuerKey(const QString &key)
{
    const QStringList w = lowerWords(key);
    return w.contains("issuer"_L1)
        && (w.size() == 1 || w.contains("url"_L1) || w.contains("uri"_L1));
}

bool isClientIdKey(const QString &key)
{
    const QStringList w = lowerWords(key);
    return w.contains("client"_L1) && w.contains("id"_L1);
}

const Field *issuerProperty(const Field &f)
{
    for (const Field &p : f.properties) {
        if (p.type == Field::Type::String && isIssuerKey(p.name))
            return &p;
    }
    return nullptr;
}

const Field *clientIdProperty(const Field &f)
{
    for (const Field &p : f.properties) {
        if (p.type == Field::Type::String && isClientIdKey(p.name))
            return &p;
    }
    return nullptr;
}

// An object variable with an issuer property (oidcConfig, oidc_config, ...).
bool isOidcObject(const Field &f)
{
    return f.type == Field::Type::Object && issuerProperty(f);
}

// An OIDC object that is there but lacks its issuer or client id: the API server would get
// claims and prefixes for an issuer nobody named. Refused rather than sent half-filled.
QList<FieldIssue> halfFilledOidc(const Field &option, const QJsonValue &value)
{
    if (!isOidcObject(option) || !value.isObject() || value.toObject().isEmpty())
        return {};
    const QJsonObject object = value.toObject();
    QStringList missing;
    const Field *issuer = issuerProperty(option);
    const Field *client = clientIdProperty(option);
    // A property the schema requires reports itself (Field::validate).
    if (!issuer->required && object.value(issuer->name).toString().isEmpty())
        missing.append(issuer->name);
    if (client && !client->required && object.value(client->name).toString().isEmpty())
        missing.append(client->name);
    if (missing.isEmpty())
        return {};
    return {{option.path,
             Tr::tr("names no %1: fill it in (\"Use the console's sign-in\" does) or leave the "
                    "OIDC settings out")
                 .arg(missing.join(Tr::tr(" and ")))}};
}
} // namespace

QString resourceName(OrderKind kind)
{
    return QLatin1String(kind == OrderKind::Claim ? kClaimResource : kClusterApiResource);
}

QString kindDisplayName(OrderKind kind)
{
    return kind == OrderKind::Claim ? Tr::tr("Central API cluster")
                                    : Tr::tr("Cluster API cluster");
}

bool usesClassRef(const QString &apiVersion)
{
    const QString version = apiVersion.section(u'/', -1);
    // v1beta1 and older name the class directly; v1beta2 (and what follows) use classRef.
    return !(version.isEmpty() || version.startsWith("v1alpha"_L1) || version == "v1beta1"_L1);
}

QString topologyClass(const QJsonObject &topology)
{
    const QString ref = topology.value("classRef"_L1).toObject().value("name"_L1).toString();
    return ref.isEmpty() ? topology.value("class"_L1).toString() : ref;
}

QString topologyClassPath(const QString &apiVersion)
{
    return usesClassRef(apiVersion) ? u"spec.topology.classRef.name"_s
                                    : u"spec.topology.class"_s;
}

QList<OrderType> clusterClassOrderTypes(const kube::ApiResource &resource,
                                        const ClassCatalog &catalog)
{
    QList<OrderType> types;
    for (const CatalogClass &c : catalog.classes()) {
        if (!c.offered())
            continue;
        if (auto type = clusterClassOrderType(resource, c.clusterClass, &c))
            types.append(*type);
    }
    return types;
}

Result<OrderKind> orderKindOf(const QJsonObject &object)
{
    const QString apiVersion = object.value("apiVersion"_L1).toString();
    const QString kind = object.value("kind"_L1).toString();
    const QString group = apiVersion.section(u'/', 0, 0);
    if (kind != "Cluster"_L1 || !apiVersion.contains(u'/')) {
        return fail(Error::Kind::Invalid,
                    Tr::tr("This is not a cluster order: expected kind Cluster of %1 or %2, "
                           "found %3 %4.")
                        .arg(kClaimGroup, kCapiGroup, apiVersion, kind));
    }
    if (group == kClaimGroup)
        return OrderKind::Claim;
    if (group == kCapiGroup)
        return OrderKind::ClusterApi;
    return fail(Error::Kind::Invalid,
                Tr::tr("Clusters of the API group %1 cannot be ordered here (only %2 and %3).")
                    .arg(group, kClaimGroup, kCapiGroup));
}

QString OrderType::id() const
{
    return kind == OrderKind::Claim ? resourceName(kind)
                                    : resourceName(kind) + u'/' + clusterClass;
}

const Field *OrderType::option(const QString &name) const
{
    for (const Field &f : options) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

Result<OrderType> claimOrderType(const kube::ApiResource &resource, const QJsonObject &kindSchema)
{
    const QJsonObject spec = kindSchema.value("properties"_L1)
                                 .toObject()
                                 .value("spec"_L1)
                                 .toObject();
    const QJsonObject props = spec.value("properties"_L1).toObject();
    if (props.isEmpty()) {
        return fail(Error::Kind::Server,
                    Tr::tr("The Central API does not describe its cluster order (no schema)."),
                    u"clusters.api.scs.community: no spec properties in the schema"_s);
    }
    const QJsonArray required = spec.value("required"_L1).toArray();
    OrderType type;
    type.kind = OrderKind::Claim;
    type.resource = resource;
    type.displayName = kindDisplayName(OrderKind::Claim);
    type.nameField = nameField();
    type.versionField = fieldFromSchema(u"version"_s, u"spec.version"_s,
                                        props.value("version"_L1).toObject(),
                                        required.contains(u"version"_s));
    type.versionField.title = Tr::tr("Kubernetes version");
    for (const QJsonValue &v : type.versionField.enumValues)
        type.versions.append(v.toString());
    type.versions = sortedNewestFirst(type.versions);
    type.versionsKnown = !type.versions.isEmpty();

    const Field controlPlane = fieldFromSchema(u"controlPlane"_s, u"spec.controlPlane"_s,
                                               props.value("controlPlane"_L1).toObject());
    if (const Field *replicas = controlPlane.property(u"replicas"_s)) {
        type.controlPlaneReplicasField = *replicas;
        type.controlPlaneReplicasField.title = Tr::tr("Control plane nodes");
    }
    const Field workers = fieldFromSchema(u"workers"_s, u"spec.workers"_s,
                                          props.value("workers"_L1).toObject());
    type.workerPoolField.name = u"workers"_s;
    type.workerPoolField.path = u"spec.workers"_s;
    type.workerPoolField.type = Field::Type::Object;
    if (const Field *replicas = workers.property(u"replicas"_s)) {
        Field r = *replicas;
        r.title = Tr::tr("Worker nodes");
        type.workerPoolField.properties.push_back(r);
    }
    type.multiplePools = false;

    for (auto it = props.begin(); it != props.end(); ++it) {
        if (it.key() == "version"_L1 || kClaimMachinery.contains(it.key()))
            continue;
        Field f = fieldFromSchema(it.key(), u"spec."_s + it.key(), it.value().toObject(),
                                  required.contains(it.key()));
        if (f.type == Field::Type::Object) {
            // Replicas are sized on their own page; defaults of {} would hide the flavor's.
            std::erase_if(f.properties, [](const Field &p) { return p.name == "replicas"_L1; });
            if (f.properties.empty())
                continue;
            if (f.defaultValue.isObject() && f.defaultValue.toObject().isEmpty())
                f.defaultValue = QJsonValue(QJsonValue::Undefined);
        }
        type.options.push_back(f);
    }
    return type;
}

Result<OrderType> clusterClassOrderType(const kube::ApiResource &resource,
                                        const QJsonObject &clusterClass,
                                        const CatalogClass *release)
{
    const QJsonObject metadata = clusterClass.value("metadata"_L1).toObject();
    const QJsonObject annotations = metadata.value("annotations"_L1).toObject();
    const QJsonObject spec = clusterClass.value("spec"_L1).toObject();
    OrderType type;
    type.kind = OrderKind::ClusterApi;
    type.resource = resource;
    type.clusterClass = metadata.value("name"_L1).toString();
    type.classNamespace = metadata.value("namespace"_L1).toString();
    if (type.clusterClass.isEmpty()) {
        return fail(Error::Kind::Invalid, Tr::tr("The ClusterClass has no name."),
                    u"ClusterClass without metadata.name"_s);
    }
    type.displayName = annotations.value(QLatin1String(kDisplayNameAnnotation)).toString();
    if (type.displayName.isEmpty())
        type.displayName = type.clusterClass;
    type.nameField = nameField();

    // Versions come from the class's ClusterStackRelease (the patch version it was built
    // for); a plain Cluster API class says nothing about them.
    if (release && release->hasRelease && !release->kubernetesVersion.isEmpty())
        type.versions = QStringList{release->kubernetesVersion};
    if (release && release->isStackClass()) {
        type.stackId = release->release->stackId();
        type.kubernetesMinor = release->release->kubernetesMinor();
        type.stackVersion = release->release->version;
    }
    type.versionsKnown = !type.versions.isEmpty();
    Field version;
    version.name = u"version"_s;
    version.path = u"spec.topology.version"_s;
    version.title = Tr::tr("Kubernetes version");
    version.type = Field::Type::String;
    version.required = true;
    if (type.versionsKnown) {
        for (const QString &v : std::as_const(type.versions))
            version.enumValues.append(v);
    } else {
        // Nothing on the class says what it builds: the format at least must be right.
        version.pattern = u"^v[0-9]+\\.[0-9]+\\.[0-9]+$"_s;
    }
    type.versionField = version;

    Field controlPlane;
    controlPlane.name = u"replicas"_s;
    controlPlane.path = u"spec.topology.controlPlane.replicas"_s;
    controlPlane.title = Tr::tr("Control plane nodes");
    controlPlane.description = Tr::tr("An odd number keeps etcd's quorum: 1, 3 or 5.");
    controlPlane.type = Field::Type::Integer;
    controlPlane.enumValues = QJsonArray{1, 3, 5};
    controlPlane.defaultValue = 1;
    type.controlPlaneReplicasField = controlPlane;

    for (const QJsonValue &md :
         spec.value("workers"_L1).toObject().value("machineDeployments"_L1).toArray()) {
        const QString cls = md.toObject().value("class"_L1).toString();
        if (!cls.isEmpty())
            type.workerClasses.append(cls);
    }
    Field pool;
    pool.name = u"machineDeployments"_s;
    pool.path = kPoolPath;
    pool.type = Field::Type::Object;
    {
        Field cls;
        cls.name = u"class"_s;
        cls.path = kPoolPath + u".class"_s;
        cls.title = Tr::tr("Worker class");
        cls.type = Field::Type::String;
        cls.required = true;
        for (const QString &c : std::as_const(type.workerClasses))
            cls.enumValues.append(c);
        Field name;
        name.name = u"name"_s;
        name.path = kPoolPath + u".name"_s;
        name.title = Tr::tr("Pool name");
        name.type = Field::Type::String;
        name.required = true;
        name.dnsLabel = true;
        Field replicas;
        replicas.name = u"replicas"_s;
        replicas.path = kPoolPath + u".replicas"_s;
        replicas.title = Tr::tr("Worker nodes");
        replicas.type = Field::Type::Integer;
        replicas.minimum = 1; // an ordered pool without nodes runs nothing; scale down later
        replicas.defaultValue = 1;
        Field failureDomain;
        failureDomain.name = u"failureDomain"_s;
        failureDomain.path = kPoolPath + u".failureDomain"_s;
        failureDomain.title = Tr::tr("Failure domain");
        failureDomain.description = Tr::tr("Availability zone of the pool's nodes (optional).");
        failureDomain.type = Field::Type::String;
        pool.properties = {cls, name, replicas, failureDomain};
    }
    type.workerPoolField = pool;
    type.multiplePools = true;

    for (const QJsonValue &v : spec.value("variables"_L1).toArray()) {
        const QJsonObject variable = v.toObject();
        const QString name = variable.value("name"_L1).toString();
        if (name.isEmpty())
            continue;
        Field f = fieldFromSchema(
            name, variablePath(name),
            variable.value("schema"_L1).toObject().value("openAPIV3Schema"_L1).toObject(),
            variable.value("required"_L1).toBool());
        type.options.push_back(f);
    }
    return type;
}

QString suggestName(const QString &tenant, const QStringList &takenNames)
{
    const QSet<QString> taken(takenNames.begin(), takenNames.end());
    for (int n = 1;; ++n) {
        const QString suffix = u"-cluster-"_s + QString::number(n);
        QString base = tenant.left(63 - suffix.size());
        while (base.endsWith(u'-'))
            base.chop(1);
        const QString name = (base.isEmpty() ? u"cluster-"_s + QString::number(n)
                                             : base + suffix);
        if (!taken.contains(name))
            return name;
    }
}

QStringList prefillOidc(const OrderType &type, const ConnectionProfile &profile,
                        QJsonObject &values)
{
    QStringList set;
    const QString issuer = issuerOf(profile);
    if (issuer.isEmpty())
        return set;
    for (const Field &option : type.options) {
        if (isOidcObject(option)) {
            QJsonObject object = values.value(option.name).toObject();
            for (const Field &p : option.properties) {
                if (isIssuerKey(p.name)) {
                    object.insert(p.name, issuer);
                    set.append(p.path);
                } else if (isClientIdKey(p.name) && !profile.clientId.isEmpty()) {
                    object.insert(p.name, profile.clientId);
                    set.append(p.path);
                }
            }
            values.insert(option.name, object);
        } else if (option.type == Field::Type::String
                   && option.name.contains("oidc"_L1, Qt::CaseInsensitive)) {
            if (isIssuerKey(option.name)) {
                values.insert(option.name, issuer);
                set.append(option.path);
            } else if (isClientIdKey(option.name) && !profile.clientId.isEmpty()) {
                values.insert(option.name, profile.clientId);
                set.append(option.path);
            }
        }
    }
    return set;
}

Order defaultOrder(const OrderType &type, const QString &tenant,
                   const ConnectionProfile &profile, const QStringList &takenNames)
{
    Order order;
    order.kind = type.kind;
    order.tenant = tenant;
    order.name = suggestName(tenant, takenNames);
    order.clusterClass = type.clusterClass;
    if (!type.versions.isEmpty())
        order.version = type.versions.first();
    order.controlPlaneReplicas = type.controlPlaneReplicasField.defaultValue.toInt(1);
    if (type.kind == OrderKind::ClusterApi) {
        WorkerPool pool;
        pool.name = u"md-0"_s;
        pool.workerClass = type.workerClasses.value(0);
        pool.replicas = 1;
        order.workers.append(pool);
    } else {
        WorkerPool pool;
        pool.name = u"workers"_s;
        const Field *replicas = type.workerPoolField.property(u"replicas"_s);
        pool.replicas = replicas ? replicas->defaultValue.toInt(1) : 1;
        order.workers.append(pool);
    }
    for (const Field &option : type.options) {
        QJsonValue v = option.initialValue();
        if (v.isUndefined() && option.required && !option.example.isUndefined())
            v = option.example; // the schema's own example beats an order that cannot be sent
        if (!v.isUndefined())
            order.values.insert(option.name, v);
    }
    prefillOidc(type, profile, order.values);
    // An optional option that is still incomplete (e.g. an OIDC block without an issuer
    // because the profile has none) is left out rather than sent half-filled.
    for (const Field &option : type.options) {
        const QJsonValue v = order.values.value(option.name);
        if (!option.required && order.values.contains(option.name)
            && (!option.validate(v).isEmpty() || !halfFilledOidc(option, v).isEmpty())) {
            order.values.remove(option.name);
        }
    }
    return order;
}

QJsonObject buildObject(const Order &order, const OrderType &type)
{
    QJsonObject object;
    object.insert(u"apiVersion"_s, groupVersionOf(type));
    object.insert(u"kind"_s, u"Cluster"_s);
    QJsonObject metadata;
    metadata.insert(u"name"_s, order.name);
    if (!order.tenant.isEmpty())
        metadata.insert(u"namespace"_s, order.tenant);
    object.insert(u"metadata"_s, metadata);

    QJsonObject spec;
    if (type.kind == OrderKind::Claim) {
        spec = order.values;
        spec.insert(u"version"_s, order.version);
        if (!type.controlPlaneReplicasField.path.isEmpty()) {
            spec = merged(spec, QJsonObject{{u"controlPlane"_s,
                                             QJsonObject{{u"replicas"_s,
                                                          order.controlPlaneReplicas}}}});
        }
        if (type.workerPoolField.property(u"replicas"_s) && !order.workers.isEmpty()) {
            spec = merged(spec, QJsonObject{{u"workers"_s,
                                             QJsonObject{{u"replicas"_s,
                                                          order.workers.first().replicas}}}});
        }
    } else {
        QJsonObject topology;
        const QString cls = order.clusterClass.isEmpty() ? type.clusterClass
                                                         : order.clusterClass;
        if (usesClassRef(groupVersionOf(type)))
            topology.insert(u"classRef"_s, QJsonObject{{u"name"_s, cls}});
        else
            topology.insert(u"class"_s, cls);
        topology.insert(u"version"_s, order.version);
        topology.insert(u"controlPlane"_s,
                        QJsonObject{{u"replicas"_s, order.controlPlaneReplicas}});
        QJsonArray deployments;
        for (const WorkerPool &pool : order.workers) {
            QJsonObject md;
            md.insert(u"class"_s, pool.workerClass);
            md.insert(u"name"_s, pool.name);
            setPoolSize(md, pool.replicas, pool.autoscaling);
            if (!pool.failureDomain.isEmpty())
                md.insert(u"failureDomain"_s, pool.failureDomain);
            deployments.append(md);
        }
        topology.insert(u"workers"_s, QJsonObject{{u"machineDeployments"_s, deployments}});
        QJsonArray variables;
        QSet<QString> done;
        // In the class's order, then anything else the order carries (validation names it).
        for (const Field &option : type.options) {
            if (order.values.contains(option.name)) {
                variables.append(QJsonObject{{u"name"_s, option.name},
                                             {u"value"_s, order.values.value(option.name)}});
                done.insert(option.name);
            }
        }
        for (auto it = order.values.begin(); it != order.values.end(); ++it) {
            if (!done.contains(it.key()))
                variables.append(QJsonObject{{u"name"_s, it.key()}, {u"value"_s, it.value()}});
        }
        if (!variables.isEmpty())
            topology.insert(u"variables"_s, variables);
        spec.insert(u"topology"_s, topology);
    }
    object.insert(u"spec"_s, spec);
    return object;
}

Result<Order> orderFromObject(const QJsonObject &object, const OrderType &type)
{
    const auto kind = orderKindOf(object);
    if (!kind)
        return std::unexpected(kind.error());
    if (*kind != type.kind) {
        return fail(Error::Kind::Invalid,
                    Tr::tr("The object is a %1, but a %2 is being ordered.")
                        .arg(kindDisplayName(*kind), kindDisplayName(type.kind)));
    }
    const QJsonObject metadata = object.value("metadata"_L1).toObject();
    const QJsonObject spec = object.value("spec"_L1).toObject();
    Order order;
    order.kind = type.kind;
    order.name = metadata.value("name"_L1).toString();
    order.tenant = metadata.value("namespace"_L1).toString();
    if (type.kind == OrderKind::Claim) {
        QJsonObject values = spec;
        order.version = values.take(u"version"_s).toString();
        QJsonObject cp = values.value("controlPlane"_L1).toObject();
        order.controlPlaneReplicas = cp.take(u"replicas"_s).toInt(
            type.controlPlaneReplicasField.defaultValue.toInt(1));
        if (cp.isEmpty())
            values.remove(u"controlPlane"_s);
        else
            values.insert(u"controlPlane"_s, cp);
        QJsonObject workers = values.value("workers"_L1).toObject();
        WorkerPool pool;
        pool.name = u"workers"_s;
        const Field *replicas = type.workerPoolField.property(u"replicas"_s);
        pool.replicas = workers.take(u"replicas"_s)
                            .toInt(replicas ? replicas->defaultValue.toInt(1) : 1);
        order.workers.append(pool);
        if (workers.isEmpty())
            values.remove(u"workers"_s);
        else
            values.insert(u"workers"_s, workers);
        order.values = values;
        return order;
    }
    const QJsonObject topology = spec.value("topology"_L1).toObject();
    order.clusterClass = topologyClass(topology);
    if (order.clusterClass != type.clusterClass) {
        return fail(Error::Kind::Invalid,
                    Tr::tr("The object uses the ClusterClass \"%1\", not \"%2\".")
                        .arg(order.clusterClass, type.clusterClass));
    }
    order.version = topology.value("version"_L1).toString();
    order.controlPlaneReplicas =
        topology.value("controlPlane"_L1).toObject().value("replicas"_L1).toInt(1);
    for (const QJsonValue &v :
         topology.value("workers"_L1).toObject().value("machineDeployments"_L1).toArray()) {
        const QJsonObject md = v.toObject();
        WorkerPool pool;
        pool.name = md.value("name"_L1).toString();
        pool.workerClass = md.value("class"_L1).toString();
        pool.autoscaling = autoscalingOf(md);
        // An autoscaled pool has no replicas; should autoscaling be switched off, start from
        // its minimum (at least one node).
        pool.replicas = md.value("replicas"_L1).toInt(
            pool.autoscaling ? qMax(1, pool.autoscaling->minSize) : 1);
        pool.failureDomain = md.value("failureDomain"_L1).toString();
        order.workers.append(pool);
    }
    for (const QJsonValue &v : topology.value("variables"_L1).toArray()) {
        const QJsonObject variable = v.toObject();
        order.values.insert(variable.value("name"_L1).toString(), variable.value("value"_L1));
    }
    return order;
}

QList<FieldIssue> validateObject(const QJsonObject &object, const OrderType &type,
                                 const QString &tenant, const QStringList &takenNames)
{
    QList<FieldIssue> issues;
    const auto kind = orderKindOf(object);
    if (!kind) {
        issues.append({u"apiVersion"_s, kind.error().message});
        return issues;
    }
    if (*kind != type.kind) {
        issues.append({u"apiVersion"_s, Tr::tr("must be %1 (this is a %2)")
                                            .arg(groupVersionOf(type), kindDisplayName(*kind))});
        return issues;
    }
    const QJsonObject metadata = object.value("metadata"_L1).toObject();
    const QString name = metadata.value("name"_L1).toString();
    issues += type.nameField.validate(metadata.value("name"_L1));
    if (!name.isEmpty() && takenNames.contains(name))
        issues.append({u"metadata.name"_s, Tr::tr("is already taken in %1").arg(tenant)});
    const QString ns = metadata.value("namespace"_L1).toString();
    if (!ns.isEmpty() && !tenant.isEmpty() && ns != tenant)
        issues.append({u"metadata.namespace"_s, Tr::tr("must be the tenant %1").arg(tenant)});
    if (metadata.contains("generateName"_L1) && name.isEmpty()) {
        issues.append({u"metadata.generateName"_s,
                       Tr::tr("is not supported: give the cluster a name")});
    }

    const QJsonObject spec = object.value("spec"_L1).toObject();
    if (!object.value("spec"_L1).isObject()) {
        issues.append({u"spec"_s, Tr::tr("is required")});
        return issues;
    }
    if (type.kind == OrderKind::Claim) {
        issues += type.versionField.validate(spec.value("version"_L1));
        if (!type.controlPlaneReplicasField.path.isEmpty()) {
            issues += type.controlPlaneReplicasField.validate(
                spec.value("controlPlane"_L1).toObject().value("replicas"_L1));
        }
        if (const Field *replicas = type.workerPoolField.property(u"replicas"_s))
            issues += replicas->validate(spec.value("workers"_L1).toObject().value("replicas"_L1));
        for (const Field &option : type.options) {
            issues += option.validate(spec.value(option.name));
            issues += halfFilledOidc(option, spec.value(option.name));
        }
        return issues;
    }

    if (!spec.value("topology"_L1).isObject()) {
        issues.append({u"spec.topology"_s,
                       Tr::tr("is required: the cluster is built from the ClusterClass %1")
                           .arg(type.clusterClass)});
        return issues;
    }
    const QJsonObject topology = spec.value("topology"_L1).toObject();
    const QString cls = topologyClass(topology);
    if (cls != type.clusterClass) {
        issues.append({topologyClassPath(object.value("apiVersion"_L1).toString()),
                       Tr::tr("must be %1").arg(type.clusterClass)});
    }
    issues += type.versionField.validate(topology.value("version"_L1));
    issues += type.controlPlaneReplicasField.validate(
        topology.value("controlPlane"_L1).toObject().value("replicas"_L1));

    const QJsonValue mdValue =
        topology.value("workers"_L1).toObject().value("machineDeployments"_L1);
    if (!mdValue.isUndefined() && !mdValue.isArray()) {
        issues.append({u"spec.topology.workers.machineDeployments"_s, Tr::tr("must be a list")});
    } else {
        const QJsonArray deployments = mdValue.toArray();
        QSet<QString> poolNames;
        for (qsizetype i = 0; i < deployments.size(); ++i) {
            const QString indexed = u"spec.topology.workers.machineDeployments["_s
                + QString::number(i) + u']';
            const Field pool = rebased(type.workerPoolField, kPoolPath, indexed);
            issues += pool.validate(deployments.at(i));
            issues += autoscalingIssues(deployments.at(i).toObject(), indexed);
            const QString poolName = deployments.at(i).toObject().value("name"_L1).toString();
            if (!poolName.isEmpty() && poolNames.contains(poolName))
                issues.append({indexed + u".name"_s, Tr::tr("is used by another pool")});
            poolNames.insert(poolName);
        }
    }

    const QJsonValue varValue = topology.value("variables"_L1);
    if (!varValue.isUndefined() && !varValue.isArray()) {
        issues.append({u"spec.topology.variables"_s, Tr::tr("must be a list")});
        return issues;
    }
    QSet<QString> seen;
    const QJsonArray variables = varValue.toArray();
    for (qsizetype i = 0; i < variables.size(); ++i) {
        const QJsonObject variable = variables.at(i).toObject();
        const QString varName = variable.value("name"_L1).toString();
        const QString at = u"spec.topology.variables["_s + varName + u']';
        const Field *option = type.option(varName);
        if (varName.isEmpty()) {
            issues.append({u"spec.topology.variables["_s + QString::number(i) + u"].name"_s,
                           Tr::tr("is required")});
        } else if (!option) {
            issues.append({at, Tr::tr("is not a variable of the ClusterClass %1")
                                   .arg(type.clusterClass)});
        } else if (seen.contains(varName)) {
            issues.append({at, Tr::tr("is set twice")});
        } else {
            issues += option->validate(variable.value("value"_L1));
            issues += halfFilledOidc(*option, variable.value("value"_L1));
        }
        seen.insert(varName);
    }
    for (const Field &option : type.options) {
        // A required variable with a default gets the default from the class.
        if (option.required && option.defaultValue.isUndefined() && !seen.contains(option.name))
            issues.append({option.path, Tr::tr("is required")});
    }
    return issues;
}

QList<FieldIssue> validateOrder(const Order &order, const OrderType &type,
                                const QStringList &takenNames)
{
    return validateObject(buildObject(order, type), type, order.tenant, takenNames);
}

int compareVersions(const QString &a, const QString &b)
{
    auto parts = [](QString v) {
        if (v.startsWith(u'v') || v.startsWith(u'V'))
            v.remove(0, 1);
        v = v.section(u'-', 0, 0).section(u'+', 0, 0);
        QList<int> numbers;
        for (const QString &p : v.split(u'.'))
            numbers.append(p.toInt());
        return numbers;
    };
    const QList<int> x = parts(a);
    const QList<int> y = parts(b);
    for (qsizetype i = 0; i < std::max(x.size(), y.size()); ++i) {
        const int l = x.value(i), r = y.value(i);
        if (l != r)
            return l < r ? -1 : 1;
    }
    return 0;
}

Result<void> checkUpgrade(const OrderType &type, const QString &from, const QString &to)
{
    const QList<FieldIssue> issues = type.versionField.validate(to);
    if (!issues.isEmpty()) {
        Error e{Error::Kind::Invalid,
                Tr::tr("The version %1 is not offered: %2").arg(to, issues.first().message),
                {}, type.versionField.path, {}, 0, 0};
        return std::unexpected(e);
    }
    const int c = compareVersions(to, from);
    if (c == 0 && !from.isEmpty()) {
        Error e{Error::Kind::Invalid, Tr::tr("The cluster already runs %1.").arg(from), {},
                type.versionField.path, {}, 0, 0};
        return std::unexpected(e);
    }
    if (c < 0) {
        Error e{Error::Kind::Invalid,
                Tr::tr("%1 is older than %2: Kubernetes clusters cannot be downgraded.")
                    .arg(to, from),
                {}, type.versionField.path, {}, 0, 0};
        return std::unexpected(e);
    }
    return {};
}

QList<FieldIssue> issuesFromStatusMessage(const QString &message)
{
    QList<FieldIssue> issues;
    QString causes = message;
    const qsizetype invalid = causes.indexOf(u"is invalid: "_s);
    if (invalid >= 0)
        causes = causes.mid(invalid + 12);
    if (causes.startsWith(u'[') && causes.endsWith(u']'))
        causes = causes.mid(1, causes.size() - 2);
    static const QRegularExpression start(
        u"(?:^|, )((?:metadata|spec|apiVersion|kind)(?:[.\\[][^\\s:,]*)?): "_s);
    QList<QRegularExpressionMatch> matches;
    for (auto it = start.globalMatch(causes); it.hasNext();)
        matches.append(it.next());
    if (invalid < 0 || matches.isEmpty()) {
        issues.append({QString(), message});
        return issues;
    }
    for (qsizetype i = 0; i < matches.size(); ++i) {
        const qsizetype from = matches.at(i).capturedEnd(0);
        const qsizetype to = i + 1 < matches.size() ? matches.at(i + 1).capturedStart(0)
                                                    : causes.size();
        issues.append({matches.at(i).captured(1), causes.mid(from, to - from).trimmed()});
    }
    return issues;
}

} // namespace scs::orders
