// Paths typed into the palette: what parses as kind/name or tenant/kind/name, and where each
// leads (or the sentence shown when it leads nowhere).

#include "palette/palettepath.h"

#include <QTest>

using namespace scs;
using namespace scs::palette;

namespace {

kube::ApiResource resource(const QString &group, const QString &kind, const QString &plural,
                           bool namespaced, const QStringList &shortNames = {})
{
    kube::ApiResource r;
    r.group = group;
    r.version = QStringLiteral("v1");
    r.kind = kind;
    r.plural = plural;
    r.singular = kind.toLower();
    r.namespaced = namespaced;
    r.shortNames = shortNames;
    return r;
}

const QList<kube::ApiResource> kKinds{
    resource({}, QStringLiteral("ConfigMap"), QStringLiteral("configmaps"), true,
             {QStringLiteral("cm")}),
    resource(QStringLiteral("cluster.x-k8s.io"), QStringLiteral("Cluster"),
             QStringLiteral("clusters"), true),
    resource({}, QStringLiteral("Namespace"), QStringLiteral("namespaces"), false,
             {QStringLiteral("ns")}),
};

std::optional<kube::ApiResource> findKind(const QString &name)
{
    for (const auto &r : kKinds) {
        if (name.compare(r.plural, Qt::CaseInsensitive) == 0
            || name.compare(r.singular, Qt::CaseInsensitive) == 0
            || name.compare(r.kind, Qt::CaseInsensitive) == 0 || r.shortNames.contains(name)
            || name.compare(r.qualifiedName(), Qt::CaseInsensitive) == 0) {
            return r;
        }
    }
    return std::nullopt;
}

const QStringList kTenants{QStringLiteral("tenant-a"), QStringLiteral("tenant-b")};

} // namespace

class TestPalettePath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldParsePaths_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("segments");
        QTest::newRow("kind/name") << "configmaps/tenant-info"
                                   << QStringList{"configmaps", "tenant-info"};
        QTest::newRow("tenant/kind/name")
            << " tenant-a/cm/tenant-info " << QStringList{"tenant-a", "cm", "tenant-info"};
        QTest::newRow("qualified kind")
            << "tenant-a/clusters.cluster.x-k8s.io/alpha"
            << QStringList{"tenant-a", "clusters.cluster.x-k8s.io", "alpha"};
        QTest::newRow("one word") << "configmaps" << QStringList{};
        QTest::newRow("four parts") << "a/b/c/d" << QStringList{};
        QTest::newRow("empty part") << "tenant-a//x" << QStringList{};
        QTest::newRow("trailing slash") << "configmaps/" << QStringList{};
        QTest::newRow("space inside") << "View / Table" << QStringList{};
        QTest::newRow("menu text") << "File › Quit" << QStringList{};
    }

    void shouldParsePaths()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, segments);
        const auto path = PalettePath::parse(query);
        QCOMPARE(path.has_value(), !segments.isEmpty());
        if (path)
            QCOMPARE(path->segments, segments);
    }

    void shouldResolvePaths_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("plural");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("error");
        QTest::newRow("tenant/kind/name") << "tenant-a/configmaps/tenant-info" << ""
                                          << "tenant-a" << "configmaps" << "tenant-info" << "";
        QTest::newRow("short name") << "tenant-b/cm/x" << "" << "tenant-b" << "configmaps"
                                    << "x" << "";
        QTest::newRow("kind/name in the open tenant")
            << "Cluster/alpha" << "tenant-a" << "tenant-a" << "clusters" << "alpha" << "";
        QTest::newRow("tenant/kind") << "tenant-b/clusters" << "tenant-a" << "tenant-b"
                                     << "clusters" << "" << "";
        QTest::newRow("cluster-scoped kind/name")
            << "ns/tenant-a" << "" << "" << "namespaces" << "tenant-a" << "";
        QTest::newRow("cluster-scoped, tenant given")
            << "tenant-a/namespaces/tenant-a" << "" << "" << "namespaces" << "tenant-a" << "";
        QTest::newRow("no tenant open") << "configmaps/x" << "" << "" << "" << ""
                                        << "Open a tenant first, or type tenant/kind/name.";
        QTest::newRow("unknown kind") << "tenant-a/widgets/x" << "" << "" << "" << ""
                                      << "There is no kind called \"widgets\".";
        QTest::newRow("unknown tenant") << "tenant-z/configmaps/x" << "" << "" << "" << ""
                                        << "There is no tenant called \"tenant-z\".";
        QTest::newRow("tenant, unknown kind") << "tenant-a/widgets" << "" << "" << "" << ""
                                              << "There is no kind called \"widgets\".";
        QTest::newRow("neither") << "gadgets/x" << "tenant-a" << "" << "" << ""
                                 << "There is no kind or tenant called \"gadgets\".";
    }

    void shouldResolvePaths()
    {
        QFETCH(QString, query);
        QFETCH(QString, current);
        QFETCH(QString, tenant);
        QFETCH(QString, plural);
        QFETCH(QString, name);
        QFETCH(QString, error);
        const auto path = PalettePath::parse(query);
        QVERIFY(path);
        const auto target = resolvePath(*path, findKind, kTenants, current);
        if (!error.isEmpty()) {
            QVERIFY(!target);
            QCOMPARE(target.error(), error);
            return;
        }
        // error() only on failure: on a value it is undefined (the sanitizer pass aborts).
        QVERIFY2(target, qPrintable(target ? QString() : target.error()));
        QCOMPARE(target->tenant, tenant);
        QCOMPARE(target->resource.plural, plural);
        QCOMPARE(target->name, name);
    }
};

QTEST_GUILESS_MAIN(TestPalettePath)
#include "tst_palettepath.moc"
