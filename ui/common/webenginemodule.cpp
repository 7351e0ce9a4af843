#include "ui/common/webenginemodule.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#endif

namespace scs::ui {

namespace {

// As app/CMakeLists.txt names the MODULE (prefix "lib" everywhere).
#ifdef Q_OS_WIN
constexpr auto kModuleFile = "libscs-console-signin.dll";
#else
constexpr auto kModuleFile = "libscs-console-signin.so";
#endif

struct State
{
    QLibrary *library = nullptr; // never unloaded
    QString error;
    bool tried = false;
    WebEngineModule::WindowFactory factory = nullptr; // tests
    ScsSignInCreateWindowFunction create = nullptr;
    ScsSignInChromiumVersionFunction chromium = nullptr;
};

State &state()
{
    static State s;
    return s;
}

// The folder of the shared object that holds this code (libscs-console-gui).
QString folderOfThisCode()
{
#ifdef Q_OS_UNIX
    Dl_info info{};
    if (dladdr(reinterpret_cast<void *>(&folderOfThisCode), &info) != 0 && info.dli_fname)
        return QFileInfo(QString::fromLocal8Bit(info.dli_fname)).canonicalPath();
#endif
    return {};
}

} // namespace

QStringList WebEngineModule::candidates()
{
    QStringList files;
    const QString explicitFile = qEnvironmentVariable("SCS_SIGNIN_MODULE");
    if (!explicitFile.isEmpty())
        files << explicitFile;
    const QString name = QLatin1String(kModuleFile);
    const QString here = folderOfThisCode();
    if (!here.isEmpty())
        files << QDir(here).filePath(name);
    const QDir program(QCoreApplication::applicationDirPath());
    files << program.filePath(name)
          << QDir::cleanPath(program.filePath(QStringLiteral("../lib/scs-console/") + name));
    files.removeDuplicates();
    return files;
}

bool WebEngineModule::load(QString *error)
{
    State &s = state();
    if (s.factory)
        return true;
    if (!s.tried) {
        s.tried = true;
        QStringList problems; // of the files that are there
        QStringList folders; // where it was looked for
        for (const QString &file : candidates()) {
            auto *library = new QLibrary(file);
            const QFileInfo info(file);
            folders << info.absolutePath();
            if (!info.exists()) {
                delete library;
                continue;
            }
            const auto version = reinterpret_cast<ScsSignInModuleVersionFunction>(
                library->resolve(kScsSignInModuleVersionSymbol));
            if (!version) {
                problems << library->errorString(); // e.g. a library of WebEngine missing
                delete library; // QLibrary's destructor does not unload
                continue;
            }
            if (version() != kScsSignInModuleVersion) {
                problems << QCoreApplication::translate(
                                "scs::ui::WebEngineModule",
                                "%1 is of another version of the console")
                                .arg(library->fileName());
                delete library;
                continue;
            }
            s.create = reinterpret_cast<ScsSignInCreateWindowFunction>(
                library->resolve(kScsSignInCreateWindowSymbol));
            s.chromium = reinterpret_cast<ScsSignInChromiumVersionFunction>(
                library->resolve(kScsSignInChromiumVersionSymbol));
            s.library = library;
            break;
        }
        folders.removeDuplicates();
        if (!s.library || !s.create) {
            s.error = problems.isEmpty()
                ? QCoreApplication::translate(
                      "scs::ui::WebEngineModule",
                      "The embedded sign-in browser is not installed (%1 was not found in %2)")
                      .arg(QLatin1String(kModuleFile),
                           folders.join(QStringLiteral(", ")))
                : QCoreApplication::translate(
                      "scs::ui::WebEngineModule",
                      "The embedded sign-in browser (Qt WebEngine) could not be loaded: %1")
                      .arg(problems.join(QStringLiteral("; ")));
            qWarning("%s", qPrintable(s.error));
        }
    }
    if (!s.create && error)
        *error = s.error;
    return s.create != nullptr;
}

QDialog *WebEngineModule::createWindow(const ConnectionProfile &profile, QWidget *parent,
                                           QString *error)
{
    State &s = state();
    if (s.factory)
        return s.factory(profile, parent);
    if (!load(error))
        return nullptr;
    return s.create(&profile, parent);
}

QString WebEngineModule::chromiumVersion()
{
    if (state().factory || !load())
        return {};
    QString version;
    if (state().chromium)
        state().chromium(&version);
    return version;
}

bool WebEngineModule::isLoaded()
{
    return state().library != nullptr;
}

void WebEngineModule::setWindowFactory(WindowFactory factory)
{
    state().factory = factory;
}

} // namespace scs::ui
