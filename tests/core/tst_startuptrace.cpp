// The start-up milestones of bench/startup: silent unless the category is on, each milestone
// printed once with the time since the process started and the requests counted so far.

#include "common/startuptrace.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>

using namespace scs;

namespace {
QStringList g_lines;
void collect(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (QLatin1String(context.category) == QLatin1String("scs.startup"))
        g_lines.append(message);
}
} // namespace

class TestStartupTrace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        g_lines.clear();
        qInstallMessageHandler(collect);
    }
    void cleanup()
    {
        qInstallMessageHandler(nullptr);
        QLoggingCategory::setFilterRules({});
    }

    void shouldBeSilentByDefault()
    {
        QVERIFY(!StartupTrace::enabled());
        StartupTrace::mark(QStringLiteral("silent milestone"));
        QVERIFY(g_lines.isEmpty());
    }

    void shouldPrintEachMilestoneOnceWithTimeAndRequests()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("scs.startup.info=true"));
        QVERIFY(StartupTrace::enabled());
        const int before = StartupTrace::requestsSent();
        StartupTrace::countRequest();
        StartupTrace::countRequest();
        QCOMPARE(StartupTrace::requestsSent(), before + 2);
        QTest::qWait(20);
        StartupTrace::mark(QStringLiteral("tree shown"), QStringLiteral("3 tenants"));
        StartupTrace::mark(QStringLiteral("tree shown"), QStringLiteral("again"));
        StartupTrace::mark(QStringLiteral("other"));
        QCOMPARE(g_lines.size(), 2);
        const QRegularExpression line(
            QStringLiteral("^(\\d+) ms tree shown 3 tenants \\((\\d+) requests\\)$"));
        const auto match = line.match(g_lines.at(0));
        QVERIFY2(match.hasMatch(), qPrintable(g_lines.at(0)));
        // Counted from the process's start, so at least the time this test has run.
        QVERIFY(match.captured(1).toLongLong() >= 20);
        QVERIFY(match.captured(1).toLongLong() <= StartupTrace::elapsedMs());
        QCOMPARE(match.captured(2).toInt(), before + 2);
        QVERIFY2(g_lines.at(1).endsWith(QStringLiteral(" ms other (%1 requests)").arg(before + 2)),
                 qPrintable(g_lines.at(1)));
    }
};

QTEST_GUILESS_MAIN(TestStartupTrace)
#include "tst_startuptrace.moc"
