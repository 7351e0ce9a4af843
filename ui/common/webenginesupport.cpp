#include "ui/common/webenginesupport.h"

#include <QByteArray>
#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace scs::ui {

bool webEngineSandboxDisabled()
{
    if (qEnvironmentVariableIntValue("QTWEBENGINE_DISABLE_SANDBOX") == 1)
        return true;
    return qgetenv("QTWEBENGINE_CHROMIUM_FLAGS").contains("--no-sandbox");
}

bool embeddedBrowserAvailable()
{
#ifdef Q_OS_UNIX
    if (geteuid() != 0)
        return true;
    return webEngineSandboxDisabled();
#else
    return true;
#endif
}

void disableWebEngineSandbox()
{
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
}

} // namespace scs::ui
