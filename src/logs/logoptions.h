#pragma once

#include <QString>

namespace scs::logs {

// What part of a container's log to read (the query of GET .../pods/{pod}/log). Timestamps
// are always asked for: they order a workload's lines and let a dropped stream pick up where
// it stopped; the view shows or hides them.
struct LogOptions
{
    QString container; // empty: the pod's only (or default) container; all of a workload's
    bool follow = true;
    bool previous = false; // the container's previous instance (after a restart)
    int sinceSeconds = 0; // > 0: only lines this young
    int tailLines = -1; // >= 0: only the last this many lines at the start

    friend bool operator==(const LogOptions &, const LogOptions &) = default;
};

} // namespace scs::logs
