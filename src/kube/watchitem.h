#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace scs::kube {

// One object of a watched collection, with what tables show of it read once.
//
// Objects of a streamed list are kept as their compact JSON (about a fifth of the memory of a
// parsed QJsonObject, which matters at 50,000 objects) and parsed when someone asks for the
// whole object(); the fields rows need for display and sorting are read while the bytes
// stream in, without parsing the rest.
class WatchItem
{
public:
    WatchItem() = default;
    // An object already parsed (watch events, Table pages).
    explicit WatchItem(const QJsonObject &object, QJsonArray cells = {});
    // An object as compact JSON, kept as bytes. nullopt when `json` is not a JSON object.
    [[nodiscard]] static std::optional<WatchItem> fromJson(QByteArrayView json,
                                                           QJsonArray cells = {});

    // The whole object (parsed now when it was kept as JSON).
    [[nodiscard]] QJsonObject object() const;
    // Items of a list come without apiVersion and kind (the list names them once): object()
    // puts these in where the JSON has none.
    void setTypeMeta(const QString &apiVersion, const QString &kind);

    // Table mode: the row's cells, in the order of Watcher::columns().
    [[nodiscard]] const QJsonArray &cells() const { return m_cells; }
    void setCells(QJsonArray cells) { m_cells = std::move(cells); }

    [[nodiscard]] const QString &uid() const { return m_uid; }
    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] const QString &namespaceName() const { return m_namespace; }
    [[nodiscard]] const QString &resourceVersion() const { return m_resourceVersion; }
    [[nodiscard]] const QString &creationTimestamp() const { return m_created; }
    // Empty unless the object is being deleted (it waits for its finalizers).
    [[nodiscard]] const QString &deletionTimestamp() const { return m_deleted; }
    [[nodiscard]] const QStringList &finalizers() const { return m_finalizers; }
    [[nodiscard]] const QString &phase() const { return m_phase; } // status.phase
    // The status of the condition of type Ready: "True", "False", "Unknown" or empty.
    [[nodiscard]] const QString &ready() const { return m_ready; }

private:
    QJsonObject m_object; // when parsed already
    QByteArray m_json; // else: compact JSON
    QString m_apiVersion; // for m_json without them
    QString m_kind;
    QJsonArray m_cells;
    QString m_uid;
    QString m_name;
    QString m_namespace;
    QString m_resourceVersion;
    QString m_created;
    QString m_deleted;
    QStringList m_finalizers;
    QString m_phase;
    QString m_ready;
};

} // namespace scs::kube

Q_DECLARE_METATYPE(scs::kube::WatchItem)
