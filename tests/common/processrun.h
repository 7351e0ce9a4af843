#pragma once

// Runs a program to its end for a test (the scs-console binary, kubectl) and keeps what it
// printed. Blocks the test's event loop while it runs: a test that has asynchronous work of its
// own in flight lets it finish first.

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace scs::test {

struct ProcessRun
{
    int exitCode = -1; // -1: crashed, or did not finish in time
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
};

struct ProcessOptions
{
    QHash<QString, QString> env; // set on top of this process's environment
    QStringList unset;           // removed from it
    QByteArray input;            // written to stdin, then closed; empty: stdin is /dev/null
    int timeoutMs = 120000;
};

inline ProcessRun runProcess(const QString &program, const QStringList &arguments,
                             const ProcessOptions &options = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : options.unset)
        env.remove(name);
    for (auto it = options.env.cbegin(); it != options.env.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    if (options.input.isEmpty())
        process.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!options.input.isEmpty()) {
        process.write(options.input);
        process.closeWriteChannel();
    }
    ProcessRun result;
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.ms = timer.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace scs::test
