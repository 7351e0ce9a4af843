// Favourites and recent items per profile: kept across a restart (a new store instance), per
// profile, recents newest first and capped, a broken file ignored.

#include "palette/favouritesstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace scs::palette;

namespace {

PaletteRef object(const QString &tenant, const QString &name)
{
    return {PaletteRef::Type::Object, tenant, QStringLiteral("configmaps"), {}, name};
}

const PaletteRef kTenant{PaletteRef::Type::Tenant, QStringLiteral("tenant-a"), {}, {}, {}};
const PaletteRef kKind{PaletteRef::Type::Kind, QStringLiteral("tenant-a"),
                       QStringLiteral("clusters"), QStringLiteral("cluster.x-k8s.io"), {}};

} // namespace

class TestFavouritesStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepFavouritesAndRecentsAcrossARestart()
    {
        QTemporaryDir dir;
        {
            FavouritesStore store(QStringLiteral("demo"), dir.path());
            QSignalSpy changed(&store, &FavouritesStore::changed);
            QVERIFY(store.setFavourite(kTenant, true));
            QVERIFY(store.setFavourite(kKind, true));
            QVERIFY(store.setFavourite(object(QStringLiteral("tenant-a"), QStringLiteral("x")),
                                       true));
            QVERIFY(!store.setFavourite(kKind, true)); // already pinned
            store.addRecent(object(QStringLiteral("tenant-b"), QStringLiteral("y")));
            store.addRecent(object(QStringLiteral("tenant-a"), QStringLiteral("x")));
            QCOMPARE(changed.count(), 5);
        }
        FavouritesStore again(QStringLiteral("demo"), dir.path());
        QCOMPARE(again.favourites(),
                 (QList<PaletteRef>{kTenant, kKind,
                                    object(QStringLiteral("tenant-a"), QStringLiteral("x"))}));
        QCOMPARE(again.recents(),
                 (QList<PaletteRef>{object(QStringLiteral("tenant-a"), QStringLiteral("x")),
                                    object(QStringLiteral("tenant-b"), QStringLiteral("y"))}));
        QVERIFY(again.isFavourite(kKind));
        QVERIFY(again.setFavourite(kKind, false));
        FavouritesStore third(QStringLiteral("demo"), dir.path());
        QVERIFY(!third.isFavourite(kKind));
        QCOMPARE(third.favourites().size(), 2);
    }

    void shouldKeepProfilesApart()
    {
        QTemporaryDir dir;
        FavouritesStore a(QStringLiteral("demo"), dir.path());
        FavouritesStore b(QStringLiteral("demo/other: profile"), dir.path());
        QVERIFY(a.fileName() != b.fileName());
        QVERIFY(b.setFavourite(kTenant, true));
        QVERIFY(FavouritesStore(QStringLiteral("demo"), dir.path()).favourites().isEmpty());
        QCOMPARE(FavouritesStore(QStringLiteral("demo/other: profile"), dir.path()).favourites(),
                 (QList<PaletteRef>{kTenant}));
    }

    void shouldKeepRecentsNewestFirstAndCapped()
    {
        QTemporaryDir dir;
        FavouritesStore store(QStringLiteral("demo"), dir.path());
        for (int i = 0; i < FavouritesStore::kMaxRecents + 5; ++i)
            store.addRecent(object(QStringLiteral("tenant-a"), QStringLiteral("o%1").arg(i)));
        store.addRecent(object(QStringLiteral("tenant-a"), QStringLiteral("o10")));
        const auto recents = FavouritesStore(QStringLiteral("demo"), dir.path()).recents();
        QCOMPARE(recents.size(), FavouritesStore::kMaxRecents);
        QCOMPARE(recents.first().name, QStringLiteral("o10"));
        QCOMPARE(recents.at(1).name, QStringLiteral("o24"));
        QCOMPARE(recents.count(object(QStringLiteral("tenant-a"), QStringLiteral("o10"))), 1);
    }

    void shouldIgnoreABrokenFile()
    {
        QTemporaryDir dir;
        const QString name = FavouritesStore(QStringLiteral("demo"), dir.path()).fileName();
        QFile file(name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        FavouritesStore store(QStringLiteral("demo"), dir.path());
        QVERIFY(store.favourites().isEmpty());
        QVERIFY(store.setFavourite(kTenant, true)); // and writes over it
        QCOMPARE(FavouritesStore(QStringLiteral("demo"), dir.path()).favourites().size(), 1);
    }

    void shouldNamePathsAsThePaletteShowsThem()
    {
        QCOMPARE(kTenant.path(), QStringLiteral("tenant-a"));
        QCOMPARE(kKind.path(), QStringLiteral("tenant-a/clusters.cluster.x-k8s.io"));
        QCOMPARE(object(QStringLiteral("tenant-a"), QStringLiteral("x")).path(),
                 QStringLiteral("tenant-a/configmaps/x"));
        QCOMPARE((PaletteRef{PaletteRef::Type::Object, {}, QStringLiteral("namespaces"), {},
                             QStringLiteral("tenant-a")}).path(),
                 QStringLiteral("namespaces/tenant-a"));
    }
};

QTEST_GUILESS_MAIN(TestFavouritesStore)
#include "tst_favouritesstore.moc"
