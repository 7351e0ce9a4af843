#pragma once

#include <QObject>

class QSocketNotifier;

namespace scs {

// SIGTERM, SIGINT and SIGHUP as a Qt signal, so that a console told to stop (the desktop
// session ending, `kill`, Ctrl+C in a terminal) ends as if its window were closed: through the
// event loop, with keychain writes finished, instead of dying in the middle of one. The first
// such signal is delivered as received(); the default action is restored at once, so a second
// one ends the process even if it hangs. Unix only (self-pipe and QSocketNotifier); elsewhere
// a no-op. One instance per process, in the GUI thread; the destructor restores the defaults.
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

Q_SIGNALS:
    void received(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace scs
