// DESIGN.md: app -> ui -> core, one direction only. scs_core (src/) never reaches into
// widgets, the browser or desktop services, so that it stays testable without a GUI.

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestLayering : public QObject
{
    Q_OBJECT

private:
    static QStringList violations(const QString &root, const QRegularExpression &forbidden)
    {
        QStringList found;
        QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp"),
                               QStringLiteral("*.in")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            int lineNo = 0;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine());
                ++lineNo;
                if (forbidden.match(line).hasMatch())
                    found.append(QStringLiteral("%1:%2: %3").arg(path).arg(lineNo).arg(line.trimmed()));
            }
        }
        return found;
    }

private Q_SLOTS:
    void coreShouldNotIncludeWidgetsOrWebEngine()
    {
        const QRegularExpression forbidden(QStringLiteral(
            "^\\s*#\\s*include\\s*[<\"](QtWidgets|QtWebEngine\\w*|QtGui|QApplication|QGuiApplication|QWidget|QDesktopServices|QMessageBox|QWebEngine\\w*|QDialog|QMainWindow|QAction)\\b"));
        const QStringList found = violations(QStringLiteral(SCS_SOURCE_DIR "/src"), forbidden);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void coreShouldNotIncludeUi()
    {
        const QRegularExpression forbidden(QStringLiteral("^\\s*#\\s*include\\s*\"(ui|app)/"));
        const QStringList found = violations(QStringLiteral(SCS_SOURCE_DIR "/src"), forbidden);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // src/common is what every module stands on: it knows no module above it (the TLS set-up
    // of a profile lives with the profiles).
    void commonShouldNotIncludeOtherModules()
    {
        const QRegularExpression forbidden(QStringLiteral(
            "^\\s*#\\s*include\\s*\"(auth|cli|edit|kube|kubeconfig|models|orders|profiles|yaml)/"));
        const QStringList found
            = violations(QStringLiteral(SCS_SOURCE_DIR "/src/common"), forbidden);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void uiShouldNotIncludeApp()
    {
        const QRegularExpression forbidden(QStringLiteral("^\\s*#\\s*include\\s*\"app/"));
        const QStringList found = violations(QStringLiteral(SCS_SOURCE_DIR "/ui"), forbidden);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // ui/ is one folder per feature: a feature includes core, ui/common and its own folder,
    // never another feature's (nor the shell's: features get the Workbench). ui/common includes
    // nothing of the features. Only app/ puts features together.
    static QStringList crossFeatureIncludes(const QString &uiRoot)
    {
        QStringList found;
        const QRegularExpression include(
            QStringLiteral("^\\s*#\\s*include\\s*\"ui/([a-z]+)/"));
        // A core module named after a feature (src/kubeconfig beside ui/kubeconfig) is that
        // feature's: another feature includes a neutral module instead.
        const QRegularExpression coreInclude(
            QStringLiteral("^\\s*#\\s*include\\s*\"([a-z]+)/"));
        const QStringList features = QDir(uiRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QDirIterator it(uiRoot, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString feature = QDir(uiRoot).relativeFilePath(path).section(u'/', 0, 0);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            int lineNo = 0;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine());
                ++lineNo;
                auto match = include.match(line);
                if (!match.hasMatch()) {
                    // (ui/common and ui/shell are no features: core edit/ is theirs to use.)
                    match = coreInclude.match(line);
                    if (!match.hasMatch() || feature == QLatin1String("common")
                        || feature == QLatin1String("shell")
                        || !features.contains(match.captured(1)))
                        continue;
                }
                const QString target = match.captured(1);
                if (target != feature && target != QLatin1String("common"))
                    found.append(QStringLiteral("%1:%2: %3").arg(path).arg(lineNo).arg(line.trimmed()));
            }
        }
        return found;
    }

    void uiFeaturesShouldNotIncludeEachOther()
    {
        const QStringList found = crossFeatureIncludes(QStringLiteral(SCS_SOURCE_DIR "/ui"));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // Features add menus and tool bar entries through the Workbench, not by finding the
    // window's widgets by name.
    void uiShouldNotLookUpTheWindowsWidgets()
    {
        const QRegularExpression forbidden(
            QStringLiteral("findChild<\\s*(QMenu|QMenuBar|QToolBar)\\b"));
        const QStringList found = violations(QStringLiteral(SCS_SOURCE_DIR "/ui"), forbidden);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // ui/orders including src/kubeconfig (ui/kubeconfig's core module) is caught; its own core
    // module and neutral ones are not.
    void shouldCatchAnIncludeOfAnotherFeaturesCoreModule()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("orders")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("kubeconfig")));
        QFile file(dir.filePath(QStringLiteral("orders/x.cpp")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#include \"orders/order.h\"\n#include \"kube/kubeclient.h\"\n"
                   "#include \"workspace/workspace.h\"\n"
                   "#include \"kubeconfig/kubeconfig.h\"\n");
        file.close();
        const QStringList found = crossFeatureIncludes(dir.path());
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().contains(QLatin1String("kubeconfig/kubeconfig.h")));
    }

    void shouldCatchACrossFeatureInclude()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("orders")));
        QFile file(dir.filePath(QStringLiteral("orders/x.cpp")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#include \"ui/orders/y.h\"\n#include \"ui/common/z.h\"\n"
                   "#include \"ui/browse/browsercontroller.h\"\n");
        file.close();
        const QStringList found = crossFeatureIncludes(dir.path());
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().contains(QLatin1String("ui/browse/")));
    }

    // The check itself must be able to fail: feed it a file that breaks the rule.
    void shouldCatchAViolation()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("bad.cpp")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#include <QWidget>\n");
        file.close();
        const QRegularExpression forbidden(QStringLiteral("^\\s*#\\s*include\\s*[<\"]QWidget\\b"));
        QCOMPARE(violations(dir.path(), forbidden).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
