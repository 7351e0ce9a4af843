#pragma once

#include "profiles/connectionprofile.h"

#include <QString>
#include <QStringList>

class QDialog;
class QWidget;

namespace scs::ui {

// Qt WebEngine and the embedded sign-in window (SignInWindow, SignInPage) live in their own
// module, libscs-console-signin, loaded on the first embedded sign-in (or the About box):
// starting the console does not load WebEngine's ~38 libraries (bench/README.md).
//
// The seam carries only Qt types and ConnectionProfile (a plain struct, both sides built from
// the same headers): the GUI module and this one each link scs_core and scs_ui statically with
// hidden symbols, so a QObject class of ours handed across would have two meta-objects. The
// window is a QDialog; its signals callbackReceived(QUrl), cancelled() and
// systemBrowserRequested() are connected by name, start(QUrl,QUrl) and closeQuietly() invoked
// by name.
//
// Where it is looked for, first found wins: the file named by SCS_SIGNIN_MODULE (tests); the
// folder of the code that loads it (libscs-console-gui's: bin/ in the build tree,
// lib/scs-console/ installed); the executable's folder and ../lib/scs-console next to it.
// GUI thread only.
class WebEngineModule
{
public:
    using WindowFactory = QDialog *(*)(const ConnectionProfile &profile, QWidget *parent);

    // Loads the module once (it stays loaded: WebEngine's threads outlive any window). False,
    // with a translated reason in `error`, when it cannot be loaded.
    static bool load(QString *error = nullptr);
    // A new sign-in window, or nullptr with the reason in `error`.
    [[nodiscard]] static QDialog *createWindow(const ConnectionProfile &profile, QWidget *parent,
                                               QString *error = nullptr);
    // The Chromium version Qt WebEngine reports (loads the module); empty when unknown.
    [[nodiscard]] static QString chromiumVersion();
    // Whether the module has been loaded in this process.
    [[nodiscard]] static bool isLoaded();
    // The files tried, in order.
    [[nodiscard]] static QStringList candidates();
    // For tests that link SignInWindow in: windows come from `factory` instead of the module.
    static void setWindowFactory(WindowFactory factory);
};

} // namespace scs::ui

// The module's exports (ui/signin/signinmodule.cpp), resolved by name.
extern "C" {
using ScsSignInModuleVersionFunction = int (*)();
using ScsSignInCreateWindowFunction = QDialog *(*)(const scs::ConnectionProfile *profile,
                                                   QWidget *parent);
using ScsSignInChromiumVersionFunction = void (*)(QString *version);
}

// Bumped when ConnectionProfile or the window's signals change.
inline constexpr int kScsSignInModuleVersion = 1;
inline constexpr const char *kScsSignInModuleVersionSymbol = "scsSignInModuleVersion";
inline constexpr const char *kScsSignInCreateWindowSymbol = "scsSignInCreateWindow";
inline constexpr const char *kScsSignInChromiumVersionSymbol = "scsSignInChromiumVersion";
