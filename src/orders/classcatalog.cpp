#include "orders/classcatalog.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scs::orders {

std::optional<StackReleaseName> StackReleaseName::parse(const QString &name)
{
    // Provider and stack hold no '-' (the operator splits on it the same way); the version is
    // "v<n>" for releases and may carry a suffix for development builds ("v0-sha-abc").
    static const QRegularExpression re(
        u"^([a-z0-9]+)-([a-z0-9]+)-([0-9]+)-([0-9]+)-(v[0-9a-z.-]+)$"_s);
    const QRegularExpressionMatch m = re.match(name);
    if (!m.hasMatch())
        return std::nullopt;
    StackReleaseName r;
    r.provider = m.captured(1);
    r.stack = m.captured(2);
    r.major = m.captured(3).toInt();
    r.minor = m.captured(4).toInt();
    r.version = m.captured(5);
    return r;
}

QString StackReleaseName::kubernetesMinor() const
{
    return QString::number(major) + u'.' + QString::number(minor);
}

int StackReleaseName::versionNumber() const
{
    static const QRegularExpression re(u"^v([0-9]+)$"_s);
    const QRegularExpressionMatch m = re.match(version);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

bool CatalogClass::offered() const
{
    if (clusterClass.isEmpty())
        return false;
    return !hasRelease || (releaseReady && !kubernetesVersion.isEmpty());
}

ClassCatalog ClassCatalog::fromLists(const QJsonArray &clusterClasses, const QJsonArray &releases)
{
    auto nameOf = [](const QJsonValue &v) {
        return v.toObject().value("metadata"_L1).toObject().value("name"_L1).toString();
    };
    QHash<QString, CatalogClass> byName;
    for (const QJsonValue &v : clusterClasses) {
        const QString name = nameOf(v);
        if (name.isEmpty())
            continue;
        CatalogClass &c = byName[name];
        c.name = name;
        c.clusterClass = v.toObject();
    }
    for (const QJsonValue &v : releases) {
        const QString name = nameOf(v);
        if (name.isEmpty())
            continue;
        const QJsonObject status = v.toObject().value("status"_L1).toObject();
        CatalogClass &c = byName[name];
        c.name = name;
        c.hasRelease = true;
        c.releaseReady = status.value("ready"_L1).toBool();
        c.kubernetesVersion = status.value("kubernetesVersion"_L1).toString();
        c.release = StackReleaseName::parse(name);
    }
    ClassCatalog catalog;
    catalog.m_classes = byName.values();
    std::sort(catalog.m_classes.begin(), catalog.m_classes.end(),
              [](const CatalogClass &a, const CatalogClass &b) {
                  if (a.isStackClass() != b.isStackClass())
                      return a.isStackClass();
                  if (!a.isStackClass())
                      return a.name < b.name;
                  const StackReleaseName &x = *a.release;
                  const StackReleaseName &y = *b.release;
                  if (x.stackId() != y.stackId())
                      return x.stackId() < y.stackId();
                  if (x.major != y.major)
                      return x.major > y.major;
                  if (x.minor != y.minor)
                      return x.minor > y.minor;
                  if (x.versionNumber() != y.versionNumber())
                      return x.versionNumber() > y.versionNumber();
                  return a.name < b.name;
              });
    return catalog;
}

QList<CatalogClass> ClassCatalog::offered() const
{
    QList<CatalogClass> result;
    for (const CatalogClass &c : m_classes) {
        if (c.offered())
            result.append(c);
    }
    return result;
}

const CatalogClass *ClassCatalog::find(const QString &className) const
{
    for (const CatalogClass &c : m_classes) {
        if (c.name == className)
            return &c;
    }
    return nullptr;
}

} // namespace scs::orders
