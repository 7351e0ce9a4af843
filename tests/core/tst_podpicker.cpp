// PodPicker::firstRunning: of a PodList's items, the first Running pod by name that is not
// being deleted, made a Pod object; none when no pod runs.
#include "exec/podpicker.h"

#include <QJsonArray>
#include <QTest>

using namespace scs::exec;

namespace {

QJsonObject pod(const QString &name, const QString &phase, bool deleting = false)
{
    QJsonObject metadata{{QStringLiteral("name"), name}};
    if (deleting)
        metadata.insert(QStringLiteral("deletionTimestamp"),
                        QStringLiteral("2026-01-01T00:00:00Z"));
    return {{QStringLiteral("metadata"), metadata},
            {QStringLiteral("status"), QJsonObject{{QStringLiteral("phase"), phase}}}};
}

} // namespace

class TestPodPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldPickTheFirstRunningPodByName()
    {
        const QJsonArray items{pod(QStringLiteral("web-c"), QStringLiteral("Running")),
                               pod(QStringLiteral("web-a"), QStringLiteral("Pending")),
                               pod(QStringLiteral("web-0"), QStringLiteral("Running"), true),
                               pod(QStringLiteral("web-b"), QStringLiteral("Running"))};
        const QJsonObject picked = PodPicker::firstRunning(items);
        QCOMPARE(picked.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")),
                 QJsonValue(QStringLiteral("web-b")));
        QCOMPARE(picked.value(QLatin1String("kind")), QJsonValue(QStringLiteral("Pod")));
        QCOMPARE(picked.value(QLatin1String("apiVersion")), QJsonValue(QStringLiteral("v1")));
    }

    void shouldPickNothingWhenNoPodRuns()
    {
        QVERIFY(PodPicker::firstRunning({}).isEmpty());
        QVERIFY(PodPicker::firstRunning({pod(QStringLiteral("a"), QStringLiteral("Succeeded")),
                                         pod(QStringLiteral("b"), QStringLiteral("Failed"))})
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPodPicker)
#include "tst_podpicker.moc"
