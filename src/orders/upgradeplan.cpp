#include "orders/upgradeplan.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scs::orders {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UpgradePlan)
};

QJsonObject topologyOf(const QJsonObject &cluster)
{
    return cluster.value("spec"_L1).toObject().value("topology"_L1).toObject();
}

QString pointer(const QStringList &parts)
{
    QString p;
    for (QString part : parts)
        p += u'/' + part.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
    return p;
}

QJsonObject op(const QString &name, const QString &path, const QJsonValue &value = {})
{
    QJsonObject o{{u"op"_s, name}, {u"path"_s, path}};
    if (name != "remove"_L1)
        o.insert(u"value"_s, value);
    return o;
}
} // namespace

QList<UpgradeTarget> upgradeTargets(const QList<OrderType> &types, const QString &currentClass,
                                    const QString &currentVersion)
{
    QList<UpgradeTarget> targets;
    const auto current = StackReleaseName::parse(currentClass);
    if (!current)
        return targets;
    for (const OrderType &t : types) {
        if (t.kind != OrderKind::ClusterApi || !t.fromRelease() || t.versions.isEmpty()
            || t.clusterClass == currentClass)
            continue;
        const auto candidate = StackReleaseName::parse(t.clusterClass);
        if (!candidate || candidate->stackId() != current->stackId()
            || candidate->major != current->major)
            continue;
        UpgradeTarget target;
        if (candidate->minor == current->minor
            && candidate->versionNumber() > current->versionNumber()) {
            target.step = UpgradeTarget::Step::StackVersion;
        } else if (candidate->minor == current->minor + 1) {
            target.step = UpgradeTarget::Step::NextMinor;
        } else {
            continue; // older, the same, or a skipped minor
        }
        target.clusterClass = t.clusterClass;
        target.version = t.versions.first();
        if (!currentVersion.isEmpty() && compareVersions(target.version, currentVersion) < 0)
            continue; // never down, even when a newer stack version pins an older patch
        target.kubernetesMinor = candidate->kubernetesMinor();
        target.stackVersion = candidate->version;
        targets.append(target);
    }
    std::stable_sort(targets.begin(), targets.end(),
                     [](const UpgradeTarget &a, const UpgradeTarget &b) {
                         if (a.step != b.step)
                             return a.step == UpgradeTarget::Step::StackVersion;
                         const auto x = StackReleaseName::parse(a.clusterClass);
                         const auto y = StackReleaseName::parse(b.clusterClass);
                         return x->versionNumber() > y->versionNumber();
                     });
    return targets;
}

UpgradeChange planUpgrade(const QJsonObject &cluster, const OrderType *from, const OrderType &to,
                          const QString &version)
{
    const QJsonObject topology = topologyOf(cluster);
    UpgradeChange change;
    change.fromClass = topologyClass(topology);
    change.toClass = to.clusterClass;
    change.fromVersion = topology.value("version"_L1).toString();
    change.toVersion = version;
    QSet<QString> set;
    for (const QJsonValue &v : topology.value("variables"_L1).toArray()) {
        const QString name = v.toObject().value("name"_L1).toString();
        set.insert(name);
        if (!to.option(name))
            change.removedVariables.append(name);
    }
    for (const Field &option : to.options) {
        if (option.required && option.defaultValue.isUndefined() && !set.contains(option.name))
            change.missingRequired.append(option.name);
        if (from && !from->option(option.name))
            change.newVariables.append(option.name);
    }
    return change;
}

Result<QJsonArray> upgradePatch(const QJsonObject &cluster, const OrderType *from,
                                const OrderType &to, const QString &version)
{
    const UpgradeChange change = planUpgrade(cluster, from, to, version);
    if (!change.possible()) {
        return fail(Error::Kind::Invalid,
                    Tr::tr("The class %1 requires variables the cluster does not set: %2.")
                        .arg(to.clusterClass, change.missingRequired.join(u", "_s)));
    }
    if (!to.versionField.validate(version).isEmpty()) {
        return fail(Error::Kind::Invalid,
                    Tr::tr("The class %1 does not build Kubernetes %2.")
                        .arg(to.clusterClass, version));
    }
    if (compareVersions(version, change.fromVersion) < 0) {
        return fail(Error::Kind::Invalid,
                    Tr::tr("%1 is older than %2: Kubernetes clusters cannot be downgraded.")
                        .arg(version, change.fromVersion));
    }
    if (change.fromClass == change.toClass && change.fromVersion == version)
        return fail(Error::Kind::Invalid, Tr::tr("The cluster already runs %1 on %2.")
                                              .arg(version, change.toClass));
    const QJsonObject topology = topologyOf(cluster);
    const bool classRef = topology.contains("classRef"_L1)
        || (!topology.contains("class"_L1)
            && usesClassRef(cluster.value("apiVersion"_L1).toString()));
    const QStringList base{u"spec"_s, u"topology"_s};
    const QString classPath = classRef ? pointer(base + QStringList{u"classRef"_s, u"name"_s})
                                       : pointer(base + QStringList{u"class"_s});
    const QString versionPath = pointer(base + QStringList{u"version"_s});
    QJsonArray patch{op(u"test"_s, classPath, change.fromClass),
                     op(u"test"_s, versionPath, change.fromVersion),
                     op(u"replace"_s, classPath, change.toClass),
                     op(u"replace"_s, versionPath, version)};
    const QJsonArray variables = topology.value("variables"_L1).toArray();
    for (qsizetype i = variables.size() - 1; i >= 0; --i) {
        const QString name = variables.at(i).toObject().value("name"_L1).toString();
        if (!change.removedVariables.contains(name))
            continue;
        const QStringList at = base + QStringList{u"variables"_s, QString::number(i)};
        patch.append(op(u"test"_s, pointer(at + QStringList{u"name"_s}), name));
        patch.append(op(u"remove"_s, pointer(at)));
    }
    return patch;
}

} // namespace scs::orders
