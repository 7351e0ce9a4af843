#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace scs::orders {

inline constexpr auto kClusterStackReleaseResource = "clusterstackreleases.clusterstack.x-k8s.io";

// The parts of a Cluster Stack release's name, "<provider>-<stack>-<major>-<minor>-<version>"
// (e.g. "openstack-scs2-1-33-v2"), which is also the name of the ClusterClass it brings. The
// cluster-stack-operator parses names the same way (its release objects carry nothing else).
struct StackReleaseName
{
    QString provider; // "openstack"
    QString stack; // "scs2"
    int major = 0; // 1
    int minor = 0; // 33
    QString version; // "v2"

    [[nodiscard]] static std::optional<StackReleaseName> parse(const QString &name);
    // "openstack-scs2": what classes of one stack share across minors and versions.
    [[nodiscard]] QString stackId() const { return provider + u'-' + stack; }
    // "1.33"
    [[nodiscard]] QString kubernetesMinor() const;
    // 2 for "v2"; -1 when the version is not "v<n>" (then it sorts first and never upgrades).
    [[nodiscard]] int versionNumber() const;
};

// One ClusterClass of a tenant with what its ClusterStackRelease (same name) says about it.
// A class without a release is a plain Cluster API class: the person types the version.
struct CatalogClass
{
    QString name; // of the ClusterClass (and of its release, if any)
    QJsonObject clusterClass; // the ClusterClass object; empty while the release has none yet
    bool hasRelease = false;
    bool releaseReady = false; // release status.ready
    QString kubernetesVersion; // release status.kubernetesVersion ("v1.33.10")
    std::optional<StackReleaseName> release; // parsed name (set when hasRelease and parseable)

    // What an order may use: a class that exists, and, if it comes from a release, whose
    // release is ready and names its Kubernetes version.
    [[nodiscard]] bool offered() const;
    [[nodiscard]] bool isStackClass() const { return hasRelease && release.has_value(); }
};

// The ClusterClasses of one tenant joined with its ClusterStackReleases (pure; built from two
// list answers). Order: stack classes grouped by stack (by id), within a stack the newest minor
// first, within a minor the newest stack version first; plain classes after them by name.
class ClassCatalog
{
public:
    ClassCatalog() = default;
    // `clusterClasses`, `releases`: the "items" of the two lists (releases may be empty when
    // the server does not serve Cluster Stacks or the person may not list them).
    [[nodiscard]] static ClassCatalog fromLists(const QJsonArray &clusterClasses,
                                                const QJsonArray &releases);

    [[nodiscard]] const QList<CatalogClass> &classes() const { return m_classes; }
    [[nodiscard]] QList<CatalogClass> offered() const;
    [[nodiscard]] const CatalogClass *find(const QString &className) const;

private:
    QList<CatalogClass> m_classes;
};

} // namespace scs::orders
