#pragma once

// Kubernetes objects, lists, Tables and watch events for unit tests.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace fixtures {

inline QJsonObject configMap(const QString &uid, const QString &name, const QString &rv,
                             const QString &value = QStringLiteral("v"))
{
    return QJsonObject{
        {"apiVersion", "v1"},
        {"kind", "ConfigMap"},
        {"metadata", QJsonObject{{"name", name},
                                 {"namespace", "tenant-a"},
                                 {"uid", uid},
                                 {"resourceVersion", rv},
                                 {"creationTimestamp", "2026-01-01T00:00:00Z"}}},
        {"data", QJsonObject{{"k", value}}},
        {"status", QJsonObject{{"phase", "Active"},
                               {"conditions", QJsonArray{QJsonObject{{"type", "Ready"},
                                                                     {"status", "True"}}}}}},
    };
}

inline QJsonArray columnDefinitions()
{
    return QJsonArray{
        QJsonObject{{"name", "Name"}, {"type", "string"}, {"format", "name"}, {"priority", 0},
                    {"description", "the name"}},
        QJsonObject{{"name", "Data"}, {"type", "integer"}, {"format", ""}, {"priority", 0}},
        QJsonObject{{"name", "Wide"}, {"type", "string"}, {"format", ""}, {"priority", 1}},
        QJsonObject{{"name", "Age"}, {"type", "string"}, {"format", ""}, {"priority", 0}},
    };
}

// A Table row as the server prints it; without the object for includeObject=None.
inline QJsonObject row(const QJsonObject &object, bool withObject = true)
{
    const QString name = object["metadata"].toObject()["name"].toString();
    return QJsonObject{{"cells", QJsonArray{name, object["data"].toObject().size(), "wide", "5m"}},
                       {"object", withObject ? QJsonValue(object) : QJsonValue()}};
}

inline QByteArray table(const QList<QJsonObject> &objects, const QString &rv,
                        const QString &continueToken = {}, bool withColumns = true,
                        bool withObjects = true)
{
    QJsonArray rows;
    for (const QJsonObject &o : objects)
        rows.append(row(o, withObjects));
    QJsonObject meta{{"resourceVersion", rv}};
    if (!continueToken.isEmpty())
        meta.insert("continue", continueToken);
    QJsonObject t{{"kind", "Table"}, {"apiVersion", "meta.k8s.io/v1"}, {"metadata", meta},
                  {"rows", rows}};
    if (withColumns)
        t.insert("columnDefinitions", columnDefinitions());
    return QJsonDocument(t).toJson(QJsonDocument::Compact);
}

inline QByteArray list(const QList<QJsonObject> &objects, const QString &rv,
                       const QString &continueToken = {})
{
    QJsonArray items;
    for (QJsonObject o : objects) { // as the server sends them: the list names the type once
        o.remove("apiVersion");
        o.remove("kind");
        items.append(o);
    }
    QJsonObject meta{{"resourceVersion", rv}};
    if (!continueToken.isEmpty())
        meta.insert("continue", continueToken);
    return QJsonDocument(QJsonObject{{"kind", "ConfigMapList"}, {"apiVersion", "v1"},
                                     {"metadata", meta}, {"items", items}})
        .toJson(QJsonDocument::Compact);
}

// One watch event line; `asTable` wraps the object the way the server does for Table watches.
inline QByteArray event(const QString &type, const QJsonObject &object, bool asTable = true)
{
    QJsonObject payload = object;
    if (asTable) {
        payload = QJsonDocument::fromJson(table({object}, object["metadata"]
                                                              .toObject()["resourceVersion"]
                                                              .toString()))
                      .object();
    }
    return QJsonDocument(QJsonObject{{"type", type}, {"object", payload}})
               .toJson(QJsonDocument::Compact)
        + '\n';
}

inline QByteArray bookmark(const QString &rv)
{
    return QJsonDocument(QJsonObject{
                             {"type", "BOOKMARK"},
                             {"object", QJsonObject{{"kind", "ConfigMap"},
                                                    {"metadata", QJsonObject{{"resourceVersion",
                                                                              rv}}}}}})
               .toJson(QJsonDocument::Compact)
        + '\n';
}

inline QByteArray expired()
{
    return QJsonDocument(QJsonObject{
                             {"type", "ERROR"},
                             {"object", QJsonObject{{"kind", "Status"},
                                                    {"apiVersion", "v1"},
                                                    {"status", "Failure"},
                                                    {"message", "too old resource version"},
                                                    {"reason", "Expired"},
                                                    {"code", 410}}}})
               .toJson(QJsonDocument::Compact)
        + '\n';
}

} // namespace fixtures
