#pragma once

namespace scs::ui {

// Whether Qt WebEngine can start here. Chromium refuses to run as root with its sandbox on and
// then ends the whole process; the console never turns the sandbox off itself, so as root the
// embedded browser is unavailable unless the person disabled the sandbox explicitly
// (QTWEBENGINE_DISABLE_SANDBOX=1 or --no-sandbox in QTWEBENGINE_CHROMIUM_FLAGS, as tests do).
[[nodiscard]] bool embeddedBrowserAvailable();

} // namespace scs::ui
