#pragma once

// The local Central API stack for the kube/models integration tests: reads the env file
// tests/stack/up writes (path in $SCS_STACK_ENV), fetches users' ID tokens (password grant) and
// runs the real kubectl as admin.

#include "profiles/connectionprofile.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

class KubeStack
{
public:
    // False (with `why`) when there is no stack to test against.
    bool load(QString *why)
    {
        const QString path = qEnvironmentVariable("SCS_STACK_ENV");
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            *why = QStringLiteral("no stack env file (SCS_STACK_ENV=%1)").arg(path);
            return false;
        }
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (eq > 0 && !line.startsWith(QLatin1Char('#')))
                m_values.insert(line.left(eq), line.mid(eq + 1));
        }
        return !value(QStringLiteral("SCS_API_URL")).isEmpty();
    }

    QString value(const QString &key) const { return m_values.value(key); }

    scs::ConnectionProfile profile() const
    {
        scs::ConnectionProfile p;
        p.name = QStringLiteral("local-stack");
        p.apiUrl = QUrl(value(QStringLiteral("SCS_API_URL")));
        p.issuerUrl = QUrl(value(QStringLiteral("SCS_OIDC_ISSUER")));
        p.caFile = value(QStringLiteral("SCS_CA_FILE"));
        return p;
    }

    // A fresh ID token via the password grant (demo users: alice, bob, carol).
    QString token(const QString &user, QString *error = nullptr) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SCS_OIDC_ISSUER"), value(QStringLiteral("SCS_OIDC_ISSUER")));
        env.insert(QStringLiteral("SCS_CA_FILE"), value(QStringLiteral("SCS_CA_FILE")));
        env.insert(QStringLiteral("SCS_LOGIN_USER"), user);
        env.insert(QStringLiteral("SCS_LOGIN_PASSWORD"), QStringLiteral("demo-") + user);
        process.setProcessEnvironment(env);
        process.start(value(QStringLiteral("SCS_PASSWORD_TOKEN")), {});
        process.waitForFinished(60000);
        if (process.exitCode() != 0 && error)
            *error = QString::fromUtf8(process.readAllStandardError());
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

    // Runs the real kubectl as the stack's admin; returns its exit code.
    int kubectl(const QStringList &args, QByteArray *output = nullptr,
                const QByteArray &input = {}) const
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(value(QStringLiteral("SCS_KUBECTL")),
                      QStringList{QStringLiteral("--kubeconfig"),
                                  value(QStringLiteral("SCS_ADMIN_KUBECONFIG"))}
                          + args);
        if (!input.isEmpty()) {
            process.write(input);
        }
        process.closeWriteChannel();
        process.waitForFinished(60000);
        if (output)
            *output = process.readAll();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private:
    QHash<QString, QString> m_values;
};
