// The ExecCredential that get-token prints, and KUBERNETES_EXEC_INFO as kubectl sets it.

#include "kubeconfig/execcredential.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace scs;

class TestExecCredential : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldPrintTheV1ExecCredential()
    {
        const QDateTime expiry(QDate(2026, 11, 25), QTime(10, 0, 5), Qt::UTC);
        const QByteArray json = execCredentialJson(QStringLiteral("a.b.c"), expiry);
        QVERIFY(!json.contains('\n'));
        QCOMPARE(QJsonDocument::fromJson(json).object(),
                 QJsonDocument::fromJson(R"({"apiVersion":"client.authentication.k8s.io/v1",
                     "kind":"ExecCredential","status":{"token":"a.b.c",
                     "expirationTimestamp":"2026-11-25T10:00:05Z"}})")
                     .object());
    }

    void shouldReadInteractiveFromExecInfo_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("interactive"); // -1: not said
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("not interactive")
            << QByteArray(R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","spec":{"interactive":false}})")
            << 0;
        QTest::newRow("interactive")
            << QByteArray(R"({"kind":"ExecCredential","spec":{"interactive":true}})") << 1;
        QTest::newRow("no spec") << QByteArray(R"({"kind":"ExecCredential"})") << -1;
    }

    void shouldReadInteractiveFromExecInfo()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, interactive);
        const auto info = parseExecInfo(json);
        QVERIFY(info);
        QCOMPARE(info->interactive.has_value() ? int(*info->interactive) : -1, interactive);
        QCOMPARE(parseExecInfo("{not json").error().kind, Error::Kind::Parse);
    }
};

QTEST_GUILESS_MAIN(TestExecCredential)
#include "tst_execcredential.moc"
