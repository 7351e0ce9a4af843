#pragma once

// A keychain in memory for TokenStore tests: answers later (from the event loop, as QtKeychain
// does) and fails on request with the outcomes a test scripts.

#include "auth/tokenstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace scs::test {

class FakeKeychain final : public auth::KeychainBackend
{
public:
    struct State
    {
        QHash<QString, QByteArray> entries; // by "service/key"
        QList<auth::KeychainOutcome> failures; // the next calls' outcomes, first first
        int writes = 0;
        int reads = 0;
        int removes = 0;
    };

    explicit FakeKeychain(std::shared_ptr<State> state) : m_state(std::move(state)) {}

    void write(const QString &service, const QString &key, const QByteArray &data,
               QObject *context, Done done) override
    {
        ++m_state->writes;
        answer(context, [state = m_state, id = service + u'/' + key, data, done] {
            if (const auto failure = takeFailure(*state))
                return done(*failure, {}, QStringLiteral("scripted failure"));
            state->entries.insert(id, data);
            done(auth::KeychainOutcome::Ok, {}, {});
        });
    }
    void read(const QString &service, const QString &key, QObject *context, Done done) override
    {
        ++m_state->reads;
        answer(context, [state = m_state, id = service + u'/' + key, done] {
            if (const auto failure = takeFailure(*state))
                return done(*failure, {}, QStringLiteral("scripted failure"));
            if (!state->entries.contains(id))
                return done(auth::KeychainOutcome::NotFound, {}, {});
            done(auth::KeychainOutcome::Ok, state->entries.value(id), {});
        });
    }
    void remove(const QString &service, const QString &key, QObject *context, Done done) override
    {
        ++m_state->removes;
        answer(context, [state = m_state, id = service + u'/' + key, done] {
            if (const auto failure = takeFailure(*state))
                return done(*failure, {}, QStringLiteral("scripted failure"));
            done(state->entries.remove(id) ? auth::KeychainOutcome::Ok
                                           : auth::KeychainOutcome::NotFound,
                 {}, {});
        });
    }

private:
    static std::optional<auth::KeychainOutcome> takeFailure(State &state)
    {
        if (state.failures.isEmpty())
            return std::nullopt;
        return state.failures.takeFirst();
    }
    static void answer(QObject *context, std::function<void()> call)
    {
        QTimer::singleShot(0, context ? context : QCoreApplication::instance(), std::move(call));
    }

    std::shared_ptr<State> m_state;
};

} // namespace scs::test
