// Fuzzy subsequence matching: what matches, where, and which of two texts scores higher.

#include "palette/fuzzymatch.h"

#include <QTest>

using namespace scs::palette;

class TestFuzzyMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldMatchSubsequencesCaseInsensitively_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");
        QTest::newRow("empty query") << "" << "anything" << true;
        QTest::newRow("prefix") << "ten" << "tenant-a" << true;
        QTest::newRow("scattered") << "tac" << "tenant-a/clusters" << true;
        QTest::newRow("upper in query") << "TAC" << "tenant-a/clusters" << true;
        QTest::newRow("upper in text") << "cm" << "ConfigMap" << true;
        QTest::newRow("out of order") << "cat" << "tenant-a" << false;
        QTest::newRow("longer than text") << "tenant-ab" << "tenant-a" << false;
        QTest::newRow("missing char") << "tz" << "tenant-a" << false;
    }

    void shouldMatchSubsequencesCaseInsensitively()
    {
        QFETCH(QString, query);
        QFETCH(QString, text);
        QFETCH(bool, matches);
        QCOMPARE(fuzzyMatch(query, text).has_value(), matches);
        QCOMPARE(isSubsequence(query.toLower(), text.toLower()), matches);
    }

    void shouldPreferBoundariesAndRuns_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("better");
        QTest::addColumn<QString>("worse");
        QTest::newRow("word starts over the middle")
            << "tac" << "tenant-a/clusters" << "attach-cache";
        QTest::newRow("prefix over inside") << "conf" << "configmaps" << "kubeconfigs";
        QTest::newRow("contiguous over scattered") << "dep" << "deployments" << "daemonset-pods";
        QTest::newRow("run inside over scattered") << "map" << "configmaps" << "xmxaxp";
        QTest::newRow("camel hump") << "cm" << "ConfigMap" << "clustermetrics";
        QTest::newRow("early over late")
            << "clu" << "clusters" << "tenant-b/machinedeployments/cluster-x";
    }

    void shouldPreferBoundariesAndRuns()
    {
        QFETCH(QString, query);
        QFETCH(QString, better);
        QFETCH(QString, worse);
        const auto b = fuzzyMatch(query, better);
        const auto w = fuzzyMatch(query, worse);
        QVERIFY(b && w);
        QVERIFY2(b->score > w->score,
                 qPrintable(QStringLiteral("%1 vs %2").arg(b->score).arg(w->score)));
    }

    // The quick score (for many candidates) is a real match's: never above the full one, and
    // equal to it where word starts carry the match.
    void shouldKeepTheQuickScoreBelowTheFullOne_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("equal");
        QTest::newRow("word starts") << "tac" << "tenant-a/clusters" << true;
        QTest::newRow("prefix run") << "conf" << "configmaps" << true;
        QTest::newRow("scattered") << "tac" << "tenant-x/configmaps/cache-0" << false;
        QTest::newRow("repeated letters") << "aaa" << "banana-bahamas" << false;
    }

    void shouldKeepTheQuickScoreBelowTheFullOne()
    {
        QFETCH(QString, query);
        QFETCH(QString, text);
        QFETCH(bool, equal);
        const auto full = fuzzyMatch(query, text);
        const auto quick = quickMatch(query.toLower(), text.toLower(), bonuses(text));
        QVERIFY(full && quick);
        QVERIFY2(quick->score <= full->score,
                 qPrintable(QStringLiteral("%1 > %2").arg(quick->score).arg(full->score)));
        if (equal)
            QCOMPARE(quick->score, full->score);
    }

    // The positions are those of the best match, for highlighting: word starts, not the first
    // occurrences.
    void shouldReportTheBestMatchsPositions()
    {
        const auto m = fuzzyMatch(QStringLiteral("tac"), QStringLiteral("tenant-a/clusters"),
                                  true);
        QVERIFY(m);
        QCOMPARE(m->positions, (QList<int>{0, 7, 9}));
        const auto run = fuzzyMatch(QStringLiteral("info"), QStringLiteral("tenant-info"), true);
        QVERIFY(run);
        QCOMPARE(run->positions, (QList<int>{7, 8, 9, 10}));
        // The first "c" with a gap to "d" loses to the run "cd" at a word start.
        const auto words = fuzzyMatch(QStringLiteral("cd"), QStringLiteral("cache-cd"), true);
        QVERIFY(words);
        QCOMPARE(words->positions, (QList<int>{6, 7}));
    }
};

QTEST_GUILESS_MAIN(TestFuzzyMatch)
#include "tst_fuzzymatch.moc"
