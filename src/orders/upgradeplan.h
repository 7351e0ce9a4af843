#pragma once

#include "common/error.h"
#include "orders/order.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace scs::orders {

// Where a Cluster API cluster built from a Cluster Stack's class may go, as SCS upgrades: class
// and version change together, to a newer stack version of the same Kubernetes minor
// ("...-1-33-v1" -> "...-1-33-v2") or to a release of the next minor ("...-1-33-..." ->
// "...-1-34-..."); never a skipped minor, never a lower Kubernetes version.
struct UpgradeTarget
{
    enum class Step {
        StackVersion, // same minor, newer stack version
        NextMinor, // the next Kubernetes minor
    };
    QString clusterClass;
    QString version; // the release's Kubernetes version
    Step step = Step::StackVersion;
    QString kubernetesMinor; // "1.34"
    QString stackVersion; // "v1"

    friend bool operator==(const UpgradeTarget &, const UpgradeTarget &) = default;
};

// The targets among `types` (a tenant's offered order types) for a cluster on `currentClass`
// running `currentVersion`: same minor first, then the next minor; each newest stack version
// first. Empty for a class that is not a stack's (its name does not parse) and for the claim.
[[nodiscard]] QList<UpgradeTarget> upgradeTargets(const QList<OrderType> &types,
                                                  const QString &currentClass,
                                                  const QString &currentVersion);

// What an upgrade of `cluster` (the Cluster object as the server has it, either API version)
// to class `to` at `version` changes.
struct UpgradeChange
{
    QString fromClass;
    QString toClass;
    QString fromVersion;
    QString toVersion;
    // Variables set on the cluster that the new class does not know: removed in the same
    // change (Cluster API refuses unknown variables).
    QStringList removedVariables;
    // Variables the new class requires, has no default for, and the cluster does not set: the
    // upgrade is refused until they are set.
    QStringList missingRequired;
    // Variables the new class knows and the old one did not (informational; defaults apply).
    QStringList newVariables;

    [[nodiscard]] bool possible() const { return missingRequired.isEmpty(); }
};

// `from` may be null (the old class is gone): then newVariables stays empty.
[[nodiscard]] UpgradeChange planUpgrade(const QJsonObject &cluster, const OrderType *from,
                                        const OrderType &to, const QString &version);

// The JSON patch of an upgrade: tests the current class and version (a concurrent change
// fails instead of being overwritten), replaces both, and removes the variables the new class
// does not know (each removal tests the variable's name first). Fails when the change is not
// possible or `version` is not what `to` offers or is lower than the current one.
[[nodiscard]] Result<QJsonArray> upgradePatch(const QJsonObject &cluster, const OrderType *from,
                                              const OrderType &to, const QString &version);

} // namespace scs::orders
