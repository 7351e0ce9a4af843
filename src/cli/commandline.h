#pragma once

#include "common/error.h"

#include <QStringList>

namespace scs {

// What the command line asks for. Parsing is pure (no QCoreApplication needed), so main() can
// decide between a windowless run (--help, --version, verbs) and the GUI before it creates
// either application object.
struct CommandLine
{
    enum class Action { RunGui, ShowHelp, ShowVersion, RunVerb };

    Action action = Action::RunGui;
    QString profile; // --profile
    QString language; // --lang, empty: the system's
    // --no-sandbox (Chromium's convention): the person's explicit choice to run the embedded
    // sign-in page without Chromium's sandbox, which Chromium needs to start as root. Never set
    // by the console itself; scripts/run passes it only when it runs as root.
    bool noSandbox = false;
    QString verb; // for RunVerb: "profile", later "get-token", "export-kubeconfig", ...
    QStringList verbArguments; // everything after the verb, for the verb's own parser
};

// Exit codes shared by every verb, documented in --help.
enum ExitCode : int { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// `arguments` includes the program name, as QCoreApplication::arguments() does.
// Fails with Error::Kind::Invalid (message for the person, exit code 2) for unknown options,
// missing values and unknown verbs.
[[nodiscard]] Result<CommandLine> parseCommandLine(const QStringList &arguments);

[[nodiscard]] QString commandLineHelp();
[[nodiscard]] QString versionText();
[[nodiscard]] QStringList knownVerbs();

} // namespace scs
