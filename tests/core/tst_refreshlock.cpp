// RefreshLock: one holder at a time per profile, across processes; a lock left by a dead
// process is taken over; waiting never blocks the event loop.

#include "auth/refreshlock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace scs::auth;
using namespace Qt::StringLiterals;

class TestRefreshLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runtime;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_runtime.isValid());
        QFile::setPermissions(m_runtime.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", m_runtime.path().toUtf8());
    }

    void shouldLiveInTheRuntimeDirectoryPerServiceAndProfile()
    {
        QCOMPARE(RefreshLock::pathFor(u"scs-console"_s, u"local stack"_s),
                 m_runtime.path() + u"/scs-console/refresh-local%20stack.lock"_s);
        QVERIFY(RefreshLock::pathFor(u"scs-console"_s, u"a/b"_s)
                != RefreshLock::pathFor(u"scs-console"_s, u"a"_s));
    }

    void shouldLetOneHolderInAtATime()
    {
        RefreshLock first(u"svc"_s, u"prod"_s);
        RefreshLock second(u"svc"_s, u"prod"_s);
        RefreshLock other(u"svc"_s, u"staging"_s);
        std::optional<bool> firstHeld, secondHeld, otherHeld;
        first.acquire([&](bool held) { firstHeld = held; });
        QTRY_VERIFY(firstHeld.has_value());
        QVERIFY(*firstHeld);
        second.acquire([&](bool held) { secondHeld = held; });
        other.acquire([&](bool held) { otherHeld = held; });
        QTRY_VERIFY(otherHeld.has_value()); // another profile does not wait
        QVERIFY(*otherHeld);
        QTest::qWait(300); // the event loop runs while the second waits
        QVERIFY(!secondHeld.has_value());
        first.release();
        QTRY_VERIFY(secondHeld.has_value());
        QVERIFY(*secondHeld);
        QVERIFY(second.isHeld());
    }

    void shouldTakeOverALockLeftByADeadProcess()
    {
        const QString path = RefreshLock::pathFor(u"svc"_s, u"crashed"_s);
        QDir().mkpath(QFileInfo(path).absolutePath());
        {
            // QLockFile's format: pid, application name, host name. A pid that cannot be alive.
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("2147483000\nscs-console\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        }
        RefreshLock lock(u"svc"_s, u"crashed"_s);
        std::optional<bool> held;
        lock.acquire([&](bool h) { held = h; });
        QTRY_VERIFY_WITH_TIMEOUT(held.has_value(), 5000);
        QVERIFY(*held);
    }
};

QTEST_GUILESS_MAIN(TestRefreshLock)
#include "tst_refreshlock.moc"
