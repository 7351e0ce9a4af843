#pragma once

#include <QStringList>

class QTextStream;

namespace scs {

class ProfileStore;

// `scs-console profile ...`: list, show, set, remove and import connection profiles from
// scripts (the README's run command creates the local stack's profile with it).
// `arguments` are those after the verb. Returns an ExitCode. Writes results to `out` and
// messages to `err`; never prints a secret (profiles hold none).
int runProfileVerb(const QStringList &arguments, ProfileStore &store, QTextStream &out,
                   QTextStream &err);

} // namespace scs
