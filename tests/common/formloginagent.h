#pragma once

// A test AuthorizationAgent without a GUI: it fills in Keycloak's login form over HTTP like a
// browser would (cookies, the form's action URL) and hands back the redirect to the callback
// without following it. The authorization code flow with PKCE, state and nonce runs for real;
// only the person is scripted. tests/ui/signin/tst_signinwindow does the same with the real window.

#include "auth/authorizationagent.h"
#include "profiles/profiletls.h"

#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

namespace scs::test {

class FormLoginAgent : public auth::AuthorizationAgent
{
    Q_OBJECT

public:
    FormLoginAgent(const ConnectionProfile &profile, QString user, QString password,
                   QObject *parent = nullptr)
        : AuthorizationAgent(parent)
        , m_ssl(*sslConfigurationFor(profile))
        , m_user(std::move(user))
        , m_password(std::move(password))
    {
        m_network.setCookieJar(new QNetworkCookieJar(&m_network));
        m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }

    // Hands back this instead of the real redirect (to test the callback checks).
    std::function<QUrl(const QUrl &)> rewriteCallback;
    QString lastCode; // the code Keycloak issued, to check it is never logged
    QString loginPageError; // Keycloak's message when the login was refused
    QString loginPageLanguage; // the lang attribute of the login page's <html>

    Result<QUrl> prepareRedirectUri() override
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_port));
    }

    void authorize(const QUrl &authorizationUrl, const QUrl &redirectUri) override
    {
        m_redirect = redirectUri;
        get(authorizationUrl, 0);
    }

    void finish() override { m_finished = true; }

private:
    QNetworkRequest request(const QUrl &url) const
    {
        QNetworkRequest r(url);
        r.setSslConfiguration(m_ssl);
        return r;
    }

    bool handleRedirect(QNetworkReply *reply, int hops)
    {
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (!target.isValid() || target.isEmpty())
            return false;
        const QUrl location = reply->url().resolved(target);
        if (location.host() == m_redirect.host() && location.port() == m_redirect.port()) {
            lastCode = QUrlQuery(location).queryItemValue(QStringLiteral("code"));
            Q_EMIT callbackReceived(rewriteCallback ? rewriteCallback(location) : location);
        } else {
            get(location, hops + 1);
        }
        return true;
    }

    void get(const QUrl &url, int hops)
    {
        if (m_finished)
            return;
        if (hops > 10) {
            Q_EMIT failed(Error{Error::Kind::Server, QStringLiteral("too many redirects"), {}, {},
                                {}, 0, 0});
            return;
        }
        QNetworkReply *reply = m_network.get(request(url));
        connect(reply, &QNetworkReply::finished, this, [this, reply, hops] {
            reply->deleteLater();
            if (handleRedirect(reply, hops))
                return;
            const QString html = QString::fromUtf8(reply->readAll());
            static const QRegularExpression lang(
                QStringLiteral("<html[^>]*\\slang=\"([^\"]+)\""));
            loginPageLanguage = lang.match(html).captured(1);
            static const QRegularExpression action(
                QStringLiteral("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\""));
            const auto match = action.match(html);
            if (!match.hasMatch()) {
                Q_EMIT failed(Error{Error::Kind::Server, QStringLiteral("no login form"),
                                    reply->errorString(), {}, {}, 0, 0});
                return;
            }
            QString target = match.captured(1);
            target.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
            post(QUrl(target), hops);
        });
    }

    void post(const QUrl &url, int hops)
    {
        QNetworkRequest r = request(url);
        r.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("username"), QString::fromLatin1(QUrl::toPercentEncoding(m_user)));
        form.addQueryItem(QStringLiteral("password"), QString::fromLatin1(QUrl::toPercentEncoding(m_password)));
        form.addQueryItem(QStringLiteral("credentialId"), QString());
        QNetworkReply *reply = m_network.post(r, form.query(QUrl::FullyEncoded).toLatin1());
        connect(reply, &QNetworkReply::finished, this, [this, reply, hops] {
            reply->deleteLater();
            if (handleRedirect(reply, hops))
                return;
            const QString html = QString::fromUtf8(reply->readAll());
            static const QRegularExpression error(QStringLiteral("id=\"input-error\"[^>]*>\\s*([^<]+)<"));
            loginPageError = error.match(html).captured(1).trimmed();
            Q_EMIT failed(Error{Error::Kind::Unauthorized, loginPageError, {}, {}, {}, 0, 0});
        });
    }

    QNetworkAccessManager m_network;
    QSslConfiguration m_ssl;
    QString m_user;
    QString m_password;
    QUrl m_redirect;
    int m_port = 53682;
    bool m_finished = false;
};

} // namespace scs::test
