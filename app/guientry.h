#pragma once

// The seam between the two halves of `scs-console`:
//   - the executable (launcher.cpp) links only scs_core: --help, --version and the verbs
//     (get-token from the cache, export-kubeconfig, profile) start without Qt Widgets and
//     WebEngine, whose ~80 libraries cost more than the 50 ms get-token may take (bench/);
//     Qt WebEngine itself is a third part, libscs-console-signin, which the GUI module loads on
//     the first embedded sign-in (ui/common/webenginemodule.h);
//   - the GUI module (main.cpp, libscs-console-gui) holds the windows; the launcher loads it
//     with QLibrary only when a window is needed: the console itself, or get-token's sign-in.
// Plain C so that the two sides share no C++ ABI beyond this struct.

extern "C" {

enum ScsGuiMode {
    ScsGuiModeWindow = 0, // the console's main window
    ScsGuiModeGetTokenSignIn = 1, // get-token: sign in, then print the ExecCredential
};

struct ScsGuiRequest
{
    int version; // kScsGuiRequestVersion
    int mode; // ScsGuiMode
    const char *profile; // UTF-8; ScsGuiModeGetTokenSignIn: the profile to sign in to
};

using ScsGuiMainFunction = int (*)(int argc, char **argv, const ScsGuiRequest *request);
}

inline constexpr int kScsGuiRequestVersion = 1;
inline constexpr const char *kScsGuiMainSymbol = "scsConsoleGuiMain";
