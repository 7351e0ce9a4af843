#pragma once

#include "common/error.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace scs::edit {

// Unsaved work on one object (or a new one), kept so that it survives switching objects,
// signing out and a crash.
struct Draft
{
    QString profile; // the connection profile's name
    // The object's identity (ObjectRef::key() for an existing object; for a new one any stable
    // key the UI chooses, e.g. "new/api.scs.community/v1alpha1/Cluster/tenant-a").
    QString objectKey;
    QString apiVersion; // "api.scs.community/v1alpha1", "v1"
    QString kind;
    QString namespaceName;
    QString name;
    QString text; // the user's YAML, exactly as typed
    // The object as editing began, and its resourceVersion: a later apply compares it with the
    // live object to tell the user the draft is stale (and can merge3 base/text/live).
    QString baseText;
    QString baseResourceVersion;
    QDateTime savedAt; // UTC; set by save()
};

// Drafts on disk: one JSON file per (profile, object key) in `dir` (by default
// QStandardPaths::AppDataLocation + "/drafts"), written with QSaveFile, owner-only permissions
// (0600 files, 0700 directory). The store only writes what it is given, when it is given it:
// debouncing the autosave is the editor's job. Not thread-safe; use from one thread.
//
// Secrets: a draft of a core/v1 Secret (or of any text whose documents include one) would put
// the Secret's data on disk in the clear, so it is kept in this store's memory only (lost
// on exit) and save() says so with Where::InMemory.
class DraftStore
{
public:
    enum class Where { OnDisk, InMemory };

    explicit DraftStore(const QString &dir = {});

    [[nodiscard]] QString directory() const { return m_dir; }

    Result<Where> save(const Draft &draft);
    [[nodiscard]] std::optional<Draft> load(const QString &profile, const QString &objectKey) const;
    // Every draft (disk and memory), newest first; `profile` empty: of every profile. Files
    // that cannot be read are skipped (and logged), never deleted.
    [[nodiscard]] QList<Draft> list(const QString &profile = {}) const;
    // After apply or discard. Removing a draft that does not exist is not an error.
    Result<void> remove(const QString &profile, const QString &objectKey);

    // True for kinds whose drafts stay in memory (Secret, whatever its apiVersion), also when
    // `text` (if given) holds a Secret in any spelling: among several documents, in a List's
    // items, as JSON, quoted or commented; decided by parsing. Text that does not parse is
    // sensitive when it mentions "Secret" at all.
    [[nodiscard]] static bool isSensitive(const QString &apiVersion, const QString &kind,
                                          const QString &text = {});
    // The file a draft is stored in (a hash of profile + key, so any key makes a safe name).
    [[nodiscard]] QString fileFor(const QString &profile, const QString &objectKey) const;

private:
    QString m_dir;
    QHash<QString, Draft> m_memory; // by fileFor()
};

} // namespace scs::edit
