#pragma once

// Shared by the order wizard and clusters view tests: sign-in of a demo user against the local
// stack, admin kubectl, and "the server's object holds everything the review showed".

#include "auth/session.h"
#include "common/formloginagent.h"
#include "common/stackenv.h"
#include "stacksession.h"
#include "models/tenanttreemodel.h"
#include "ui/browse/browsercontroller.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace scs::test {

// The object as the server has it (empty when it is not there).
inline QJsonObject serverObject(const StackEnv &env, const QString &resource,
                                const QString &tenant, const QString &name)
{
    QByteArray out;
    if (adminKubectl(env, {QStringLiteral("get"), resource, name, QStringLiteral("-n"), tenant,
                           QStringLiteral("-o"), QStringLiteral("json"),
                           QStringLiteral("--ignore-not-found")},
                     &out)
        != 0)
        return {};
    return QJsonDocument::fromJson(out).object();
}

// Whether everything in `expected` is in `actual` with the same value (the server may add
// metadata, status and defaults, nothing else); `where` names the first difference.
// The class a topology names, as v1beta1 ("class") or v1beta2 ("classRef.name") writes it.
inline QString topologyClassOf(const QJsonObject &topology)
{
    const QString ref = topology.value(QLatin1String("classRef")).toObject()
                            .value(QLatin1String("name")).toString();
    return ref.isEmpty() ? topology.value(QLatin1String("class")).toString() : ref;
}

inline bool containsAll(const QJsonValue &expected, const QJsonValue &actual, const QString &path,
                        QString *where)
{
    if (expected.isObject()) {
        if (!actual.isObject()) {
            *where = path + QStringLiteral(": not an object on the server");
            return false;
        }
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!containsAll(it.value(), a.value(it.key()), path + QLatin1Char('.') + it.key(),
                             where))
                return false;
        }
        return true;
    }
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (!actual.isArray() || a.size() != e.size()) {
            *where = path + QStringLiteral(": list differs");
            return false;
        }
        for (qsizetype i = 0; i < e.size(); ++i) {
            if (!containsAll(e.at(i), a.at(i), path + QStringLiteral("[%1]").arg(i), where))
                return false;
        }
        return true;
    }
    if (expected != actual) {
        *where = path + QStringLiteral(": %1 != %2")
                            .arg(QString::fromUtf8(QJsonDocument(QJsonArray{expected}).toJson(
                                     QJsonDocument::Compact)),
                                 QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(
                                     QJsonDocument::Compact)));
        return false;
    }
    return true;
}

} // namespace scs::test
