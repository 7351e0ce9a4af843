#pragma once

// Test-only access to the local Central API stack (tests/stack): the env file that
// tests/stack/up writes, demo users' passwords from the realm file, and a profile for it.

#include "profiles/connectionprofile.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace scs::test {

class StackEnv
{
public:
    StackEnv()
    {
        const QString path = qEnvironmentVariable("SCS_STACK_ENV");
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("stack env file not readable: '%1' (is the stack up?)").arg(path);
            return;
        }
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            const auto eq = line.indexOf(QLatin1Char('='));
            if (eq > 0 && !line.startsWith(QLatin1Char('#')))
                m_vars.insert(line.left(eq), line.mid(eq + 1));
        }
    }

    [[nodiscard]] bool isValid() const { return m_error.isEmpty(); }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString value(const QString &key) const { return m_vars.value(key); }

    [[nodiscard]] ConnectionProfile profile(const QString &name = QStringLiteral("local stack")) const
    {
        ConnectionProfile p;
        p.name = name;
        p.apiUrl = QUrl(value(QStringLiteral("SCS_API_URL")));
        p.issuerUrl = QUrl(value(QStringLiteral("SCS_OIDC_ISSUER")));
        p.clientId = value(QStringLiteral("SCS_OIDC_CLIENT_ID"));
        p.caFile = value(QStringLiteral("SCS_CA_FILE"));
        return p;
    }

    // The demo password of `user`, from the realm file the stack imports (the one place
    // they are written down, besides the stack's README).
    [[nodiscard]] QString demoPassword(const QString &user) const
    {
        QFile file(value(QStringLiteral("SCS_STACK_SRC_DIR")) + QStringLiteral("/keycloak/realm-scs.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const auto users = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("users")).toArray();
        for (const auto &u : users) {
            if (u.toObject().value(QLatin1String("username")).toString() != user)
                continue;
            for (const auto &c : u.toObject().value(QLatin1String("credentials")).toArray()) {
                if (c.toObject().value(QLatin1String("type")).toString() == QLatin1String("password"))
                    return c.toObject().value(QLatin1String("value")).toString();
            }
        }
        return {};
    }

    // Runs tests/stack/keycloak/admin with the stack's environment; returns its exit code.
    int keycloakAdmin(const QStringList &arguments, QByteArray *output = nullptr) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (auto it = m_vars.cbegin(); it != m_vars.cend(); ++it)
            env.insert(it.key(), it.value());
        process.setProcessEnvironment(env);
        process.start(value(QStringLiteral("SCS_STACK_SRC_DIR")) + QStringLiteral("/keycloak/admin"),
                      arguments);
        if (!process.waitForFinished(60000))
            return -1;
        if (output)
            *output = process.readAllStandardOutput();
        return process.exitCode();
    }

private:
    QHash<QString, QString> m_vars;
    QString m_error;
};

} // namespace scs::test
