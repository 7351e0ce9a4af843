// The palette's search: ranking of typical queries, favourites first at equal match, a stable
// order, the cap, and narrowing as the query grows giving the same results as a fresh search.

#include "palette/paletteindex.h"

#include <QTest>

using namespace scs::palette;

namespace {

PaletteItem item(const QString &text, PaletteItem::Type type = PaletteItem::Type::Kind,
                 PaletteItem::Origin origin = PaletteItem::Origin::Normal)
{
    PaletteItem i;
    i.type = type;
    i.origin = origin;
    i.text = text;
    return i;
}

QStringList texts(const PaletteIndex &index, const QList<PaletteIndex::Result> &results)
{
    QStringList out;
    for (const auto &r : results)
        out.append(index.item(r.item).text);
    return out;
}

} // namespace

class TestPaletteIndex : public QObject
{
    Q_OBJECT

private:
    PaletteIndex typical()
    {
        PaletteIndex index;
        for (const char *t : {"attach-cache", "tenant-b/configmaps", "View › Table",
                              "tenant-a", "tenant-a/clusters", "tenant-a/configmaps",
                              "tenant-a/configmaps/tenant-info", "tenant-b", "clusters",
                              "File › Connection Profiles…", "kube-system/configmaps/coredns"}) {
            index.add(item(QString::fromUtf8(t)));
        }
        return index;
    }

private Q_SLOTS:
    void shouldRankTypicalQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("top");
        QTest::newRow("tac") << "tac" << QStringList{"tenant-a/clusters"};
        QTest::newRow("tenant-a") << "tenant-a" << QStringList{"tenant-a"};
        QTest::newRow("tbc") << "tbc" << QStringList{"tenant-b/configmaps"};
        QTest::newRow("tinfo") << "tinfo" << QStringList{"tenant-a/configmaps/tenant-info"};
        QTest::newRow("clu") << "clu" << QStringList{"clusters", "tenant-a/clusters"};
        QTest::newRow("profiles") << "profiles" << QStringList{"File › Connection Profiles…"};
        QTest::newRow("spaces ignored") << "  tac " << QStringList{"tenant-a/clusters"};
        QTest::newRow("upper case") << "TAC" << QStringList{"tenant-a/clusters"};
    }

    void shouldRankTypicalQueries()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, top);
        const PaletteIndex index = typical();
        const QStringList got = texts(index, index.search(query));
        QVERIFY2(got.mid(0, top.size()) == top, qPrintable(got.join(QStringLiteral(", "))));
    }

    void shouldLeaveOutWhatDoesNotMatch()
    {
        const PaletteIndex index = typical();
        const QStringList got = texts(index, index.search(QStringLiteral("tac")));
        QVERIFY(!got.contains(QStringLiteral("tenant-b")));
        QVERIFY(!got.contains(QStringLiteral("clusters")));
        QVERIFY(index.search(QStringLiteral("zzz")).isEmpty());
    }

    void shouldPutFavouritesThenRecentsFirstAtEqualMatch()
    {
        PaletteIndex index;
        index.add(item(QStringLiteral("tenant-a/configmaps/x")));
        index.add(item(QStringLiteral("tenant-b/configmaps/x"), PaletteItem::Type::Object,
                       PaletteItem::Origin::Recent));
        index.add(item(QStringLiteral("tenant-c/configmaps/x"), PaletteItem::Type::Object,
                       PaletteItem::Origin::Favourite));
        QCOMPARE(texts(index, index.search(QStringLiteral("x"))),
                 (QStringList{"tenant-c/configmaps/x", "tenant-b/configmaps/x",
                              "tenant-a/configmaps/x"}));
        // Nothing typed: favourites, recents, then the rest, each in the order added.
        QCOMPARE(texts(index, index.search({})),
                 (QStringList{"tenant-c/configmaps/x", "tenant-b/configmaps/x",
                              "tenant-a/configmaps/x"}));
    }

    void shouldPutAFullMatchFirst()
    {
        PaletteIndex index;
        index.add(item(QStringLiteral("tenant-a/configmaps/x"), PaletteItem::Type::Object,
                       PaletteItem::Origin::Favourite));
        index.add(item(QStringLiteral("tenant-ab")));
        index.add(item(QStringLiteral("Tenant-A"), PaletteItem::Type::Tenant));
        QCOMPARE(texts(index, index.search(QStringLiteral("tenant-a"))).first(),
                 QStringLiteral("Tenant-A"));
    }

    void shouldKeepEqualResultsInTheOrderAdded()
    {
        PaletteIndex index;
        for (int i = 0; i < 5; ++i)
            index.add(item(QStringLiteral("obj-%1").arg(i)));
        QCOMPARE(texts(index, index.search(QStringLiteral("obj"))),
                 (QStringList{"obj-0", "obj-1", "obj-2", "obj-3", "obj-4"}));
    }

    // Past a few thousand candidates a quick score picks the best few hundred before the full
    // one ranks them: the best still comes first, and results stay in a stable order.
    void shouldRankManyCandidatesAsFew()
    {
        PaletteIndex index;
        for (int i = 0; i < 6000; ++i)
            index.add(item(QStringLiteral("tenant-x/configmaps/cache-%1").arg(i),
                           PaletteItem::Type::Object));
        index.add(item(QStringLiteral("tenant-a/clusters")));
        const QStringList got = texts(index, index.search(QStringLiteral("tac")));
        QCOMPARE(got.size(), PaletteIndex::kDefaultCap);
        QCOMPARE(got.first(), QStringLiteral("tenant-a/clusters"));
        QCOMPARE(texts(index, index.search(QStringLiteral("tac"))), got);
    }

    void shouldCapTheResults()
    {
        PaletteIndex index;
        for (int i = 0; i < 1000; ++i)
            index.add(item(QStringLiteral("object-%1").arg(i)));
        QCOMPARE(index.search(QStringLiteral("obj")).size(), PaletteIndex::kDefaultCap);
        QCOMPARE(index.search(QStringLiteral("obj"), 7).size(), 7);
        QCOMPARE(index.search({}, 3).size(), 3);
        QVERIFY(index.search(QStringLiteral("obj"), 0).isEmpty());
    }

    // Typing narrows the previous matches; the results must be those of a fresh search, also
    // after deleting characters and after items were added.
    void shouldNarrowAsTheQueryGrows()
    {
        PaletteIndex typing = typical();
        const PaletteIndex fresh = typical();
        const QString query = QStringLiteral("tenant-a/c");
        for (qsizetype n = 1; n <= query.size(); ++n) {
            const QString q = query.left(n);
            QCOMPARE(texts(typing, typing.search(q)), texts(fresh, fresh.search(q)));
        }
        QCOMPARE(texts(typing, typing.search(QStringLiteral("te"))),
                 texts(fresh, fresh.search(QStringLiteral("te"))));
        typing.add(item(QStringLiteral("tenant-a/cronjobs")));
        QVERIFY(texts(typing, typing.search(QStringLiteral("tenant-a/cr")))
                    .contains(QStringLiteral("tenant-a/cronjobs")));
    }

    // Words apart match apart, in any order: what people type into a palette ("1942 inst").
    void shouldMatchWordsApartInAnyOrder()
    {
        PaletteIndex index;
        for (const char *t : {"scale-1942/instancev2s", "scale-1942/pods", "scale-1943/instancev2s",
                              "tenant-a/instancev2s", "Clusters › Order Cluster…"}) {
            index.add(item(QString::fromUtf8(t)));
        }
        // (scale-1943/instancev2s matches too, loosely: 1, 9, 4 and the 2 of "v2s")
        QCOMPARE(texts(index, index.search(QStringLiteral("1942 inst"))),
                 (QStringList{"scale-1942/instancev2s", "scale-1943/instancev2s"}));
        QCOMPARE(texts(index, index.search(QStringLiteral("inst 1942"))),
                 (QStringList{"scale-1942/instancev2s", "scale-1943/instancev2s"}));
        QCOMPARE(texts(index, index.search(QStringLiteral("  order   cl "))).value(0),
                 QStringLiteral("Clusters › Order Cluster…"));
        QVERIFY(index.search(QStringLiteral("1942 zzz")).isEmpty());
        // Both words are highlighted, each character once.
        const auto results = index.search(QStringLiteral("pods 1942"));
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().positions, (QList<int>{6, 7, 8, 9, 11, 12, 13, 14}));
        // Narrowing from one word to two gives what a fresh search gives.
        PaletteIndex typing;
        PaletteIndex fresh;
        for (const char *t : {"scale-1942/instancev2s", "scale-1942/pods", "tenant-a/pods"}) {
            typing.add(item(QString::fromUtf8(t)));
            fresh.add(item(QString::fromUtf8(t)));
        }
        const QString query = QStringLiteral("1942 po");
        for (qsizetype n = 1; n <= query.size(); ++n)
            QCOMPARE(texts(typing, typing.search(query.left(n))),
                     texts(fresh, fresh.search(query.left(n))));
    }

    void shouldHighlightTheMatchedCharacters()
    {
        const PaletteIndex index = typical();
        const auto results = index.search(QStringLiteral("tac"));
        QVERIFY(!results.isEmpty());
        QCOMPARE(results.first().positions, (QList<int>{0, 7, 9}));
    }
};

QTEST_GUILESS_MAIN(TestPaletteIndex)
#include "tst_paletteindex.moc"
