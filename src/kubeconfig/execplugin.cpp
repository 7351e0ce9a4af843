#include "kubeconfig/execplugin.h"

#include "kubeconfig/kubeconfiglogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace scs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExecPlugin)
};

constexpr qsizetype kMaxStdout = 1024 * 1024; // an ExecCredential is a few kB
constexpr qsizetype kMaxStderr = 64 * 1024; // only its last line is shown

QString lastLine(const QByteArray &text)
{
    const QList<QByteArray> lines = text.split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QByteArray line = it->trimmed();
        if (!line.isEmpty())
            return QString::fromUtf8(line.left(500));
    }
    return {};
}
} // namespace

ExecPlugin::ExecPlugin(ExecPluginConfig config, QString userName, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_userName(std::move(userName))
{}

ExecPlugin::~ExecPlugin()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        // QProcess' destructor waits for the killed program, which is quick after SIGKILL.
        delete m_process.data();
    }
}

QString ExecPlugin::programName() const
{
    return QFileInfo(m_config.command).fileName();
}

void ExecPlugin::run()
{
    if (m_process)
        return;
    m_stdout.clear();
    m_stderr.clear();
    m_timedOut = false;
    m_tooMuch = false;

    QString program = m_config.command;
    if (!program.contains(QLatin1Char('/')))
        program = QStandardPaths::findExecutable(program);
    const QFileInfo info(program);
    if (program.isEmpty() || !info.exists() || !info.isExecutable() || info.isDir()) {
        QString message = Tr::tr("The program \"%1\" that the kubeconfig user \"%2\" runs to "
                                 "sign in cannot be found.")
                              .arg(m_config.command, m_userName);
        if (!m_config.installHint.trimmed().isEmpty())
            message += QLatin1Char(' ') + m_config.installHint.trimmed();
        const Error error{Error::Kind::Unavailable, message,
                          QStringLiteral("exec plugin %1 not found").arg(m_config.command), {}, {},
                          0, 0};
        QTimer::singleShot(0, this, [this, error] { finish(std::unexpected(error)); });
        return;
    }

    auto *process = new QProcess(this);
    m_process = process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : std::as_const(m_config.env))
        env.insert(name, value);
    env.insert(QStringLiteral("KUBERNETES_EXEC_INFO"),
               QString::fromUtf8(execInfoJson(m_config.apiVersion, /*interactive=*/false,
                                              m_config.provideClusterInfo ? m_clusterInfo
                                                                          : QJsonObject())));
    process->setProcessEnvironment(env);
    process->setProgram(program);
    process->setArguments(m_config.args);
    process->setInputChannelMode(QProcess::ManagedInputChannel);
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] {
        m_stdout += process->readAllStandardOutput();
        if (m_stdout.size() > kMaxStdout) {
            m_tooMuch = true;
            m_stdout.clear();
            process->kill();
        }
    });
    connect(process, &QProcess::readyReadStandardError, this, [this, process] {
        m_stderr += process->readAllStandardError();
        if (m_stderr.size() > kMaxStderr)
            m_stderr = m_stderr.right(kMaxStderr);
    });
    connect(process, &QProcess::finished, this, &ExecPlugin::onFinished);
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return; // crashes and kills end in finished()
        const Error error{Error::Kind::Unavailable,
                          Tr::tr("The program \"%1\" that the kubeconfig user \"%2\" runs to sign "
                                 "in cannot be started: %3")
                              .arg(m_config.command, m_userName, process->errorString()),
                          QStringLiteral("exec plugin %1 failed to start: %2")
                              .arg(m_config.command, process->errorString()),
                          {}, {}, 0, 0};
        process->deleteLater();
        finish(std::unexpected(error));
    });
    m_timer = new QTimer(process);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this, process] {
        m_timedOut = true;
        process->kill();
    });
    // The kubeconfig user's name stays out of the log (messages for the person name it).
    qCDebug(lcKubeconfig) << "running the credential plugin" << programName();
    process->start();
    process->closeWriteChannel(); // no stdin: interactive is false
    m_timer->start(m_timeout);
}

void ExecPlugin::onFinished()
{
    QProcess *process = m_process;
    if (!process)
        return;
    m_stdout += process->readAllStandardOutput();
    m_stderr += process->readAllStandardError();
    const int exitCode = process->exitCode();
    const bool crashed = process->exitStatus() != QProcess::NormalExit;
    process->deleteLater();

    const QString program = m_config.command;
    if (m_timedOut) {
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count();
        finish(fail(Error::Kind::Timeout,
                    Tr::tr("The program \"%1\" that the kubeconfig user \"%2\" runs to sign in "
                           "did not answer within %n seconds and was stopped.",
                           nullptr, int(seconds))
                        .arg(program, m_userName),
                    QStringLiteral("exec plugin %1 timed out").arg(program)));
        return;
    }
    if (m_tooMuch) {
        finish(fail(Error::Kind::Parse,
                    Tr::tr("The program \"%1\" that the kubeconfig user \"%2\" runs to sign in "
                           "printed far more than an ExecCredential and was stopped.")
                        .arg(program, m_userName),
                    QStringLiteral("exec plugin %1: output too large").arg(program)));
        return;
    }
    if (crashed || exitCode != 0) {
        const QString why = lastLine(m_stderr);
        QString message = crashed
                              ? Tr::tr("The program \"%1\" that the kubeconfig user \"%2\" runs "
                                       "to sign in crashed.")
                                    .arg(program, m_userName)
                              : Tr::tr("The program \"%1\" that the kubeconfig user \"%2\" runs "
                                       "to sign in failed (exit code %3).")
                                    .arg(program, m_userName)
                                    .arg(exitCode);
        if (!why.isEmpty())
            message += QLatin1Char(' ') + Tr::tr("It said: %1").arg(why);
        finish(fail(Error::Kind::Unauthorized, message,
                    QStringLiteral("exec plugin %1 exited with %2").arg(program).arg(exitCode)));
        return;
    }
    auto parsed = parseExecCredential(m_stdout, m_config.apiVersion);
    m_stdout.fill('\0');
    m_stdout.clear();
    if (!parsed) {
        Error error = parsed.error();
        error.message = Tr::tr("The program \"%1\" of the kubeconfig user \"%2\" did not sign "
                               "in: %3")
                            .arg(program, m_userName, error.message);
        finish(std::unexpected(error));
        return;
    }
    finish(*parsed);
}

void ExecPlugin::finish(const Result<ExecCredentialStatus> &result)
{
    m_process = nullptr;
    m_timer = nullptr;
    if (!result) {
        qCInfo(lcKubeconfig).noquote() << "credential plugin:" << result.error().detail;
        Q_EMIT failed(result.error());
        return;
    }
    Q_EMIT succeeded(*result);
}

} // namespace scs
