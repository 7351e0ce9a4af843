#pragma once

namespace scs::ui {

// Whether Qt WebEngine can start here. Chromium refuses to run as root with its sandbox on and
// then ends the whole process; the console never turns the sandbox off itself, so as root the
// embedded browser is unavailable unless the person disabled the sandbox explicitly: the
// console's --no-sandbox (Chromium's convention; scripts/run passes it only as root), or
// QTWEBENGINE_DISABLE_SANDBOX=1 / --no-sandbox in QTWEBENGINE_CHROMIUM_FLAGS (as tests do).
[[nodiscard]] bool embeddedBrowserAvailable();

// Whether the embedded page runs without Chromium's sandbox (the sign-in window says so).
[[nodiscard]] bool webEngineSandboxDisabled();

// The person's --no-sandbox: must run before the QApplication exists (WebEngine reads it when
// it starts). Only ever called for an explicit command-line choice.
void disableWebEngineSandbox();

} // namespace scs::ui
