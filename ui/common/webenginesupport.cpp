#include "ui/common/webenginesupport.h"

#include <QByteArray>
#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace scs::ui {

bool embeddedBrowserAvailable()
{
#ifdef Q_OS_UNIX
    if (geteuid() != 0)
        return true;
    if (qEnvironmentVariableIntValue("QTWEBENGINE_DISABLE_SANDBOX") == 1)
        return true;
    return qgetenv("QTWEBENGINE_CHROMIUM_FLAGS").contains("--no-sandbox");
#else
    return true;
#endif
}

} // namespace scs::ui
