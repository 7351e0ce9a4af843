// Line diff and three-way merge (src/edit/textdiff): data-driven tables of small texts, the
// properties every diff must have, and the speed on a few thousand lines.

#include "common/timebudget.h"
#include "edit/textdiff.h"

#include <QRandomGenerator>
#include <QTest>

using namespace scs;
using namespace scs::edit;

namespace {

QString lines(std::initializer_list<const char *> list)
{
    QString out;
    for (const char *l : list)
        out += QString::fromUtf8(l) + QLatin1Char('\n');
    return out;
}

// "-a +b  c" notation of a diff, one token per line, for compact expectations.
QString notation(const QList<DiffLine> &diff)
{
    QStringList out;
    for (const DiffLine &l : diff) {
        const char *sign = l.kind == DiffLine::Kind::Same ? " "
            : l.kind == DiffLine::Kind::Added            ? "+"
                                                         : "-";
        out.append(QString::fromLatin1(sign) + l.text);
    }
    return out.join(QLatin1Char('|'));
}

// Rebuilds both texts from a diff: every diff must give back exactly its inputs.
void checkReconstructs(const QStringList &a, const QStringList &b, const QList<DiffLine> &diff)
{
    QStringList oldSide;
    QStringList newSide;
    for (const DiffLine &l : diff) {
        if (l.kind != DiffLine::Kind::Added) {
            QCOMPARE(l.oldLine, oldSide.size() + 1);
            oldSide.append(l.text);
        }
        if (l.kind != DiffLine::Kind::Removed) {
            QCOMPARE(l.newLine, newSide.size() + 1);
            newSide.append(l.text);
        }
    }
    QCOMPARE(oldSide, a);
    QCOMPARE(newSide, b);
}

int editCount(const QList<DiffLine> &diff)
{
    return int(std::count_if(diff.cbegin(), diff.cend(), [](const DiffLine &l) {
        return l.kind != DiffLine::Kind::Same;
    }));
}

} // namespace

class TestTextDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitLinesShouldIgnoreOneTrailingNewline_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("one without newline") << "a" << QStringList{"a"};
        QTest::newRow("one with newline") << "a\n" << QStringList{"a"};
        QTest::newRow("blank line kept") << "a\n\nb\n" << QStringList{"a", "", "b"};
        QTest::newRow("two trailing newlines") << "a\n\n" << QStringList{"a", ""};
        QTest::newRow("crlf") << "a\r\nb\r\n" << QStringList{"a", "b"};
    }
    void splitLinesShouldIgnoreOneTrailingNewline()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(splitLines(text), expected);
    }

    void diffShouldFindTheShortestEdit_data()
    {
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("newText");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equal") << lines({"a", "b"}) << lines({"a", "b"}) << " a| b";
        QTest::newRow("both empty") << QString() << QString() << "";
        QTest::newRow("all added") << QString() << lines({"a", "b"}) << "+a|+b";
        QTest::newRow("all removed") << lines({"a", "b"}) << QString() << "-a|-b";
        QTest::newRow("one changed") << lines({"a", "b", "c"}) << lines({"a", "x", "c"})
                                     << " a|-b|+x| c";
        QTest::newRow("insert at top") << lines({"b", "c"}) << lines({"a", "b", "c"})
                                       << "+a| b| c";
        QTest::newRow("append") << lines({"a", "b"}) << lines({"a", "b", "c"}) << " a| b|+c";
        QTest::newRow("delete middle") << lines({"a", "b", "c"}) << lines({"a", "c"})
                                       << " a|-b| c";
        QTest::newRow("myers paper") << lines({"a", "b", "c", "a", "b", "b", "a"})
                                     << lines({"c", "b", "a", "b", "a", "c"})
                                     << "-a|-b| c|-a| b|+a| b| a|+c"; // 5 edits, as in the paper
        QTest::newRow("indentation counts")
            << lines({"spec:", "  version: '1.33'"}) << lines({"spec:", "    version: '1.33'"})
            << " spec:|-  version: '1.33'|+    version: '1.33'";
        QTest::newRow("yaml value change")
            << lines({"apiVersion: v1", "kind: ConfigMap", "data:", "  a: '1'", "  b: '2'"})
            << lines({"apiVersion: v1", "kind: ConfigMap", "data:", "  a: '1'", "  b: '3'",
                      "  c: '4'"})
            << " apiVersion: v1| kind: ConfigMap| data:|   a: '1'|-  b: '2'|+  b: '3'|+  c: '4'";
        QTest::newRow("no trailing newline is no change") << "a\nb" << "a\nb\n" << " a| b";
    }
    void diffShouldFindTheShortestEdit()
    {
        QFETCH(QString, oldText);
        QFETCH(QString, newText);
        QFETCH(QString, expected);
        const auto diff = diffText(oldText, newText);
        QCOMPARE(notation(diff), expected);
        checkReconstructs(splitLines(oldText), splitLines(newText), diff);
        QCOMPARE(hasChanges(diff), expected.contains(QLatin1Char('+')) || expected.contains(QLatin1Char('-')));
    }

    void diffOfRandomTextsShouldBeMinimalAndReconstruct()
    {
        // Against a plain O(N·M) LCS: Myers must find an edit script of the same length.
        QRandomGenerator rng(4711);
        for (int round = 0; round < 300; ++round) {
            QStringList a;
            QStringList b;
            const int n = int(rng.bounded(0, 30));
            const int m = int(rng.bounded(0, 30));
            for (int i = 0; i < n; ++i)
                a.append(QString(QChar(u'a' + rng.bounded(0, 4))));
            for (int i = 0; i < m; ++i)
                b.append(QString(QChar(u'a' + rng.bounded(0, 4))));
            const auto diff = diffLines(a, b);
            checkReconstructs(a, b, diff);
            std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
            for (int i = n - 1; i >= 0; --i)
                for (int j = m - 1; j >= 0; --j)
                    lcs[size_t(i)][size_t(j)] = a[i] == b[j]
                        ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                        : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
            QCOMPARE(editCount(diff), n + m - 2 * lcs[0][0]);
        }
    }

    void hunksShouldGroupChangesWithContext_data()
    {
        QTest::addColumn<int>("context");
        QTest::addColumn<QList<int>>("changedLines"); // 1-based lines of a 20-line text
        QTest::addColumn<QStringList>("headers");
        QTest::newRow("one change") << 3 << QList<int>{10} << QStringList{"@@ -7,7 +7,7 @@"};
        QTest::newRow("near top") << 3 << QList<int>{1} << QStringList{"@@ -1,4 +1,4 @@"};
        QTest::newRow("near bottom") << 3 << QList<int>{20} << QStringList{"@@ -17,4 +17,4 @@"};
        QTest::newRow("close changes share a hunk")
            << 3 << QList<int>{5, 11} << QStringList{"@@ -2,13 +2,13 @@"};
        QTest::newRow("far changes get two hunks")
            << 3 << QList<int>{3, 15} << QStringList{"@@ -1,6 +1,6 @@", "@@ -12,7 +12,7 @@"};
        QTest::newRow("no context") << 0 << QList<int>{3, 4, 9}
                                    << QStringList{"@@ -3,2 +3,2 @@", "@@ -9 +9 @@"};
    }
    void hunksShouldGroupChangesWithContext()
    {
        QFETCH(int, context);
        QFETCH(QList<int>, changedLines);
        QFETCH(QStringList, headers);
        QStringList a;
        for (int i = 1; i <= 20; ++i)
            a.append(QStringLiteral("line %1").arg(i));
        QStringList b = a;
        for (int l : changedLines)
            b[l - 1] = QStringLiteral("changed %1").arg(l);
        const auto hunks = diffHunks(diffLines(a, b), context);
        QStringList got;
        for (const auto &h : hunks) {
            got.append(h.header());
            int oldCount = 0;
            int newCount = 0;
            for (const auto &l : h.lines) {
                oldCount += l.kind != DiffLine::Kind::Added;
                newCount += l.kind != DiffLine::Kind::Removed;
            }
            QCOMPARE(oldCount, h.oldCount);
            QCOMPARE(newCount, h.newCount);
        }
        QCOMPARE(got, headers);
    }

    void unifiedDiffShouldLookLikeDiffU()
    {
        QCOMPARE(unifiedDiff(lines({"a", "b", "c"}), lines({"a", "c", "d"})),
                 QStringLiteral("@@ -1,3 +1,3 @@\n a\n-b\n c\n+d\n"));
        QCOMPARE(unifiedDiff(lines({"a"}), lines({"a"})), QString());
        QCOMPARE(unifiedDiff(QString(), lines({"x"})), QStringLiteral("@@ -0,0 +1 @@\n+x\n"));
    }

    void merge3ShouldCombineOrReportConflicts_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("mine");
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<QString>("merged");
        QTest::addColumn<int>("conflicts");

        const QString base = lines({"apiVersion: v1", "kind: ConfigMap", "metadata:",
                                    "  name: x", "  labels:", "    a: '1'", "data:",
                                    "  k: v", "  l: w"});
        QTest::newRow("nothing changed") << base << base << base << base << 0;
        QTest::newRow("only mine") << base << QString(base).replace("k: v", "k: mine") << base
                                   << QString(base).replace("k: v", "k: mine") << 0;
        QTest::newRow("only theirs") << base << base << QString(base).replace("a: '1'", "a: '2'")
                                     << QString(base).replace("a: '1'", "a: '2'") << 0;
        QTest::newRow("both, apart")
            << base << QString(base).replace("l: w", "l: mine")
            << QString(base).replace("a: '1'", "a: '2'")
            << QString(base).replace("l: w", "l: mine").replace("a: '1'", "a: '2'") << 0;
        QTest::newRow("same change on both sides")
            << base << QString(base).replace("k: v", "k: same")
            << QString(base).replace("k: v", "k: same") << QString(base).replace("k: v", "k: same")
            << 0;
        QTest::newRow("same line, different values")
            << lines({"a", "b", "c"}) << lines({"a", "mine", "c"}) << lines({"a", "theirs", "c"})
            << lines({"a", "<<<<<<< yours", "mine", "||||||| base", "b", "=======", "theirs",
                      ">>>>>>> live", "c"})
            << 1;
        QTest::newRow("adjacent lines conflict")
            << lines({"a", "b", "c", "d"}) << lines({"a", "B", "c", "d"})
            << lines({"a", "b", "C", "d"})
            << lines({"a", "<<<<<<< yours", "B", "c", "||||||| base", "b", "c", "=======", "b",
                      "C", ">>>>>>> live", "d"})
            << 1;
        QTest::newRow("insertions at the same place")
            << lines({"a", "b"}) << lines({"a", "x", "b"}) << lines({"a", "y", "b"})
            << lines({"a", "<<<<<<< yours", "x", "||||||| base", "=======", "y", ">>>>>>> live",
                      "b"})
            << 1;
        QTest::newRow("mine deletes what theirs left alone")
            << lines({"a", "b", "c", "d", "e"}) << lines({"a", "c", "d", "e"})
            << lines({"a", "b", "c", "d", "E"}) << lines({"a", "c", "d", "E"}) << 0;
        QTest::newRow("two conflicts and a clean change")
            << lines({"1", "2", "3", "4", "5", "6", "7", "8", "9"})
            << lines({"1", "m2", "3", "4", "5", "6", "7", "m8", "9"})
            << lines({"1", "t2", "3", "4", "t5", "6", "7", "t8", "9"})
            << lines({"1", "<<<<<<< yours", "m2", "||||||| base", "2", "=======", "t2",
                      ">>>>>>> live", "3", "4", "t5", "6", "7", "<<<<<<< yours", "m8",
                      "||||||| base", "8", "=======", "t8", ">>>>>>> live", "9"})
            << 2;
        QTest::newRow("everything empty") << QString() << QString() << QString() << QString() << 0;
        QTest::newRow("from an empty base")
            << QString() << lines({"a"}) << lines({"b"})
            << lines({"<<<<<<< yours", "a", "||||||| base", "=======", "b", ">>>>>>> live"}) << 1;
    }
    void merge3ShouldCombineOrReportConflicts()
    {
        QFETCH(QString, base);
        QFETCH(QString, mine);
        QFETCH(QString, theirs);
        QFETCH(QString, merged);
        QFETCH(int, conflicts);
        const MergeResult result = merge3(base, mine, theirs);
        QCOMPARE(result.text, merged);
        QCOMPARE(result.conflicts.size(), conflicts);
        QCOMPARE(result.isClean(), conflicts == 0);
        QCOMPARE(hasConflictMarkers(result.text), conflicts > 0);
        const QStringList out = splitLines(result.text);
        for (const MergeConflict &c : result.conflicts) {
            // The recorded region is where the markers are, and holds mine's lines intact.
            QVERIFY(out.value(c.line - 1).startsWith(QLatin1String("<<<<<<< ")));
            QVERIFY(out.value(c.line + c.lineCount - 2).startsWith(QLatin1String(">>>>>>> ")));
            QCOMPARE(out.mid(c.line, c.mine.size()), c.mine);
        }
        // Symmetry: swapping sides gives the same clean result.
        if (conflicts == 0)
            QCOMPARE(merge3(base, theirs, mine).text, merged);
    }

    void merge3ShouldKeepEveryLineOfMine()
    {
        // Property: with conflicts resolved to "mine", every line mine added or changed is in
        // the result; with theirs unchanged the result is mine exactly.
        QRandomGenerator rng(42);
        for (int round = 0; round < 300; ++round) {
            QStringList base;
            for (int i = 0; i < 15; ++i)
                base.append(QString::number(i));
            auto mutate = [&rng](QStringList l, const QString &tag) {
                const int edits = int(rng.bounded(0, 4));
                for (int e = 0; e < edits; ++e) {
                    const int at = int(rng.bounded(0, int(l.size()) + 1));
                    switch (rng.bounded(0, 3)) {
                    case 0:
                        l.insert(at, tag + QString::number(e));
                        break;
                    case 1:
                        if (at < l.size())
                            l.removeAt(at);
                        break;
                    default:
                        if (at < l.size())
                            l[at] = tag + QString::number(e);
                    }
                }
                return l;
            };
            const QStringList mine = mutate(base, QStringLiteral("m"));
            const QStringList theirs = mutate(base, QStringLiteral("t"));
            const MergeResult r = merge3(base.join('\n'), mine.join('\n'), theirs.join('\n'));
            // Resolve every conflict to mine: the lines of mine must all be there, in order.
            QStringList resolved;
            const QStringList out = splitLines(r.text);
            int state = 0;
            for (const QString &line : out) {
                if (line.startsWith(QLatin1String("<<<<<<< "))) {
                    state = 1;
                } else if (line.startsWith(QLatin1String("||||||| "))) {
                    state = 2;
                } else if (line == QLatin1String("=======") && state == 2) {
                    state = 3;
                } else if (line.startsWith(QLatin1String(">>>>>>> "))) {
                    state = 0;
                } else if (state == 0 || state == 1) {
                    resolved.append(line);
                }
            }
            // Every line mine added or changed is there (the tags are unique per side).
            const auto mineDiff = diffLines(base, mine);
            for (const DiffLine &l : mineDiff) {
                if (l.kind != DiffLine::Kind::Added)
                    continue;
                QVERIFY2(resolved.contains(l.text),
                         qPrintable(QStringLiteral("lost '%1' in round %2: %3 | %4 | %5 -> %6")
                                        .arg(l.text)
                                        .arg(round)
                                        .arg(base.join(','), mine.join(','), theirs.join(','),
                                             out.join(','))));
            }
            if (theirs == base)
                QCOMPARE(r.text, mine.isEmpty() ? QString() : mine.join('\n') + '\n');
        }
    }

    void diffOfThousandsOfLinesShouldBeFast()
    {
        QStringList a;
        for (int i = 0; i < 5000; ++i)
            a.append(QStringLiteral("  key%1: value %2").arg(i).arg(i * 7 % 13));
        QStringList b = a;
        for (int i = 0; i < 5000; i += 250)
            b[i] = QStringLiteral("  changed: %1").arg(i);
        b.insert(2500, QStringLiteral("  inserted: x"));
        test::ThreadCpuTimer timer; // this thread's CPU time: the box may be busy
        const auto diff = diffLines(a, b);
        const qint64 few = timer.elapsed();
        checkReconstructs(a, b, diff);
        QCOMPARE(editCount(diff), 20 * 2 + 1);

        // Worst case: nothing in common.
        QStringList c;
        for (int i = 0; i < 3000; ++i)
            c.append(QStringLiteral("other %1").arg(i));
        timer.start();
        const auto all = diffLines(a.mid(0, 3000), c);
        const qint64 worst = timer.elapsed();
        QCOMPARE(editCount(all), 6000);
        qInfo("5000 lines, 21 changes: %lld ms; 3000 vs 3000 disjoint: %lld ms (CPU)", few, worst);
        QVERIFY2(few < test::timeBudget(200), qPrintable(QString::number(few)));
        QVERIFY2(worst < test::timeBudget(3000), qPrintable(QString::number(worst)));
    }
};

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
