// The exports of libscs-console-signin, the module that holds Qt WebEngine and the embedded
// sign-in window; WebEngineModule (in the GUI module) loads it on first use.

#include "ui/common/webenginesupport.h"
#include "ui/common/webenginemodule.h"
#include "ui/signin/signinwindow.h"

#include <QRegularExpression>
#include <QWebEngineProfile>

extern "C" Q_DECL_EXPORT int scsSignInModuleVersion()
{
    return kScsSignInModuleVersion;
}

extern "C" Q_DECL_EXPORT QDialog *scsSignInCreateWindow(const scs::ConnectionProfile *profile,
                                                         QWidget *parent)
{
    return profile ? new scs::ui::SignInWindow(*profile, parent) : nullptr;
}

extern "C" Q_DECL_EXPORT void scsSignInChromiumVersion(QString *version)
{
    if (!version || !scs::ui::embeddedBrowserAvailable())
        return; // starting WebEngine just to read its version would end the process
    // Qt 6.4 has no qWebEngineChromiumVersion(); the default user agent names it.
    const QString agent = QWebEngineProfile::defaultProfile()->httpUserAgent();
    const auto match = QRegularExpression(QStringLiteral("Chrome/([0-9.]+)")).match(agent);
    *version = match.hasMatch() ? match.captured(1) : QString();
}
