#include "auth/loopbacklistener.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace scs::auth;

class TestLoopbackListener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAnswerAndReportTheCallback()
    {
        LoopbackListener listener;
        const auto uri = listener.listen();
        QVERIFY(uri.has_value());
        QCOMPARE(uri->host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(uri->path(), QStringLiteral("/callback"));
        QSignalSpy spy(&listener, &LoopbackListener::callbackReceived);

        QTcpSocket other;
        other.connectToHost(QHostAddress::LocalHost, quint16(uri->port()));
        QVERIFY(other.waitForConnected(5000));
        other.write("GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray notFound;
        QTRY_VERIFY((notFound += other.readAll()).startsWith("HTTP/1.1 404"));
        QCOMPARE(spy.size(), 0);

        QTcpSocket browser;
        browser.connectToHost(QHostAddress::LocalHost, quint16(uri->port()));
        QVERIFY(browser.waitForConnected(5000));
        browser.write("GET /callback?code=abc&state=xyz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTRY_COMPARE(spy.size(), 1);
        const QUrl url = spy.at(0).at(0).toUrl();
        QCOMPARE(url.path(), QStringLiteral("/callback"));
        QCOMPARE(url.query(), QStringLiteral("code=abc&state=xyz"));
        QByteArray page;
        QTRY_VERIFY((page += browser.readAll()).contains("</html>"));
        QVERIFY(page.startsWith("HTTP/1.1 200 OK"));
        QVERIFY(page.contains("Cache-Control: no-store"));
        QVERIFY(!page.contains("abc")); // the code is not echoed back

        // a second callback (a reload) is not taken again
        QTcpSocket again;
        again.connectToHost(QHostAddress::LocalHost, quint16(uri->port()));
        QVERIFY(again.waitForConnected(5000));
        again.write("GET /callback?code=def&state=xyz HTTP/1.1\r\n\r\n");
        QByteArray reload;
        QTRY_VERIFY((reload += again.readAll()).startsWith("HTTP/1.1 404"));
        QCOMPARE(spy.size(), 1);
    }

    // Issue 15, item 6: a request with a wrong state (a stale tab, another local program) used
    // to end a system-browser sign-in; it is answered 400 and the listener keeps waiting.
    void shouldIgnoreACallbackWithAWrongStateAndKeepWaiting()
    {
        LoopbackListener listener;
        const auto uri = listener.listen();
        QVERIFY(uri.has_value());
        listener.setExpectedState(QStringLiteral("s-1"));
        QSignalSpy spy(&listener, &LoopbackListener::callbackReceived);

        QTcpSocket intruder;
        intruder.connectToHost(QHostAddress::LocalHost, quint16(uri->port()));
        QVERIFY(intruder.waitForConnected(5000));
        intruder.write("GET /callback?code=evil&state=other HTTP/1.1\r\n\r\n");
        QByteArray refused;
        QTRY_VERIFY((refused += intruder.readAll()).startsWith("HTTP/1.1 400"));
        QTest::qWait(50);
        QCOMPARE(spy.size(), 0);

        QTcpSocket browser;
        browser.connectToHost(QHostAddress::LocalHost, quint16(uri->port()));
        QVERIFY(browser.waitForConnected(5000));
        browser.write("GET /callback?code=abc&state=s-1 HTTP/1.1\r\n\r\n");
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(QUrlQuery(spy.at(0).at(0).toUrl()).queryItemValue("code"), QStringLiteral("abc"));
        QByteArray page;
        QTRY_VERIFY((page += browser.readAll()).startsWith("HTTP/1.1 200"));
    }

    void shouldRefuseOtherMethods()
    {
        LoopbackListener listener;
        const auto uri = listener.listen();
        QVERIFY(uri.has_value());
        QSignalSpy spy(&listener, &LoopbackListener::callbackReceived);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(uri->port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /callback?code=abc HTTP/1.1\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY((answer += socket.readAll()).startsWith("HTTP/1.1 405"));
        QCOMPARE(spy.size(), 0);
    }

    void shouldStopListeningOnClose()
    {
        LoopbackListener listener;
        const auto uri = listener.listen();
        QVERIFY(uri.has_value());
        listener.close();
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(uri->port()));
        QVERIFY(!socket.waitForConnected(2000) || socket.state() != QAbstractSocket::ConnectedState);
    }
};

QTEST_GUILESS_MAIN(TestLoopbackListener)
#include "tst_loopbacklistener.moc"
