#pragma once

#include "common/error.h"
#include "edit/draftstore.h"
#include "edit/objectref.h"
#include "edit/textdiff.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace scs::kube {
class KubeClient;
class KubeReply;
struct Status;
} // namespace scs::kube

namespace scs::edit {

// How an edit is written.
enum class ApplyMode {
    // PATCH application/apply-patch+yaml, fieldManager=scs-console (the default). The fields the
    // text names become the console's; a field another manager set to a different value is a
    // conflict (409) unless the user explicitly forces. One exception, made automatically: when
    // every conflicting manager is scs-console itself (its own earlier create or update, which
    // the server records as a separate "Update" entry), the apply is retried with force, as
    // SSA does for a manager's own fields.
    ServerSideApply,
    // PUT of the whole object with the base's resourceVersion: refused (409) when anyone changed
    // the object since editing began.
    Update,
};

// A field another field manager owns, from an SSA conflict (Status details.causes).
struct ManagerConflict
{
    QString manager; // "kubectl-patch", "provisioner", ... ("" when the server did not say)
    QString field; // ".spec.version"
    QString message; // the server's text for this cause
};

// A 409: the three versions of the object and a merge of the user's change onto the live one.
// Nothing of the user's text is dropped: `yours` is exactly what they sent.
struct Conflict
{
    enum class Kind {
        StaleVersion, // update with an old resourceVersion ("the object has been modified")
        FieldManagers, // server-side apply: fields owned by other managers (see `managers`)
    };
    Kind kind = Kind::StaleVersion;
    QString yours; // the user's text, unchanged
    QString live; // the current server object, editableText()
    QString base; // the object as editing began, editableText()
    QJsonObject liveObject;
    QString liveResourceVersion;
    // False when nobody changed the object's sendable fields since editing began (status and
    // resourceVersion aside: controllers change those all the time): an SSA conflict
    // then is only about ownership (fields another manager set, e.g. kubectl-client-side-apply
    // for objects made with `kubectl apply`), and forcing takes them over knowingly.
    bool changedSinceBase = true;
    QList<ManagerConflict> managers; // FieldManagers only
    // merge3(base, yours, live): clean when the user's and the other changes do not overlap.
    MergeResult merge;

    // A server-side apply conflict about ownership alone: fields another manager set, and
    // nobody changed the object since editing began. Rebasing cannot help (the merge is the
    // user's own text and meets the same conflict); taking the fields over (force) or writing
    // with Update can. "Changed on the server" is not what happened.
    [[nodiscard]] bool isOwnershipOnly() const
    {
        return kind == Kind::FieldManagers && !changedSinceBase;
    }
    // "kubectl-edit (.spec.version, .spec.description), provisioner (.spec.paused)": who owns
    // what, in the server's order; empty when the server named no fields.
    [[nodiscard]] QString ownersText() const;
};

// What review() and apply() end with.
struct EditResult
{
    enum class Outcome {
        Ok, // review: dry-run passed; apply: stored
        LocalError, // the text is not valid YAML or not one object: no request was sent
        Invalid, // 422/400: see fieldErrors
        Conflict, // 409: see conflict
        Failed, // anything else (403, network, ...): see error
    };
    Outcome outcome = Outcome::Failed;
    bool dryRun = false;
    ApplyMode mode = ApplyMode::ServerSideApply;
    bool forced = false;

    Error error; // set unless Ok (translated message + technical detail)
    QList<FieldError> fieldErrors; // LocalError: the parse error; Invalid: the server's causes
    std::optional<Conflict> conflict;

    // Ok: review -> the dry-run result; apply -> the object as the server stored it.
    QJsonObject object;
    // review only: the live object (fetched right before the dry-run) and the texts and diff of
    // live -> dry-run result, both as yaml::reviewYaml() (noise such as managedFields left out, server
    // defaults shown).
    QJsonObject live;
    QString liveText;
    QString resultText;
    QList<DiffLine> diff;

    [[nodiscard]] bool isOk() const { return outcome == Outcome::Ok; }
};

// metadata.resourceVersion of a Kubernetes object ("" when it has none).
[[nodiscard]] QString resourceVersionOf(const QJsonObject &object);
// Whether `after` differs from `before` in more than status, resourceVersion, managedFields
// and generation (what a person would call a change of the object).
[[nodiscard]] bool changedMeaningfully(const QJsonObject &before, const QJsonObject &after);

// One object being edited: the base (the object as editing began), review (server-side dry-run
// and a diff), apply, and the conflict and validation paths of both. Bound to a KubeClient,
// lives in its (the GUI) thread, never blocks; one request chain at a time (a new review/apply
// cancels the running one).
//
//   begin(object) / load() ──> base set
//   review(text): parse ─bad─> reviewed(LocalError)          [no request]
//                   └─> GET live ─> dry-run write
//                                     ─> reviewed(Ok + diff | Invalid | Conflict | Failed)
//   apply(text):  parse ─bad─> applied(LocalError)           [no request]
//                   └─> write ─ok─> base := stored object, applied(Ok)
//                          └─409─> GET live ─> applied(Conflict{yours, live, base, merge})
//   rebase(conflict): base := conflict's live object; returns the merge to continue editing
//
// What is sent (sendableObject): the user's object without server-owned fields: status,
// metadata.managedFields, uid, creationTimestamp, generation, selfLink, deletionTimestamp,
// deletionGracePeriodSeconds, and without metadata.resourceVersion in SSA mode (SSA would
// otherwise turn it into a precondition the user did not ask for; in update mode the base's
// resourceVersion is sent instead of whatever the text has, so an edited or missing one
// cannot defeat the staleness check). apiVersion/kind/name/namespace in the text must match the
// ref: renaming is not editing (LocalError naming the field).
class ObjectEditor : public QObject
{
    Q_OBJECT

public:
    static constexpr auto FieldManager = "scs-console";

    // `client` must outlive the editor.
    ObjectEditor(kube::KubeClient *client, const ObjectRef &ref, QObject *parent = nullptr);
    ~ObjectEditor() override;

    [[nodiscard]] const ObjectRef &ref() const { return m_ref; }

    // Starts editing from an object the caller already has (a watched table row, a draft's base).
    void begin(const QJsonObject &object);
    // Fetches the object and makes it the base; loaded() or loadFailed() follows.
    void load();
    [[nodiscard]] bool hasBase() const { return !m_base.isEmpty(); }
    [[nodiscard]] const QJsonObject &baseObject() const { return m_base; }
    [[nodiscard]] QString baseResourceVersion() const;
    // editableText(baseObject()): what the editor starts with.
    [[nodiscard]] QString baseText() const;
    // `text` as a draft of this object for `profile`, with the base it was edited from.
    [[nodiscard]] Draft draft(const QString &profile, const QString &text) const;

    [[nodiscard]] ApplyMode mode() const { return m_mode; }
    void setMode(ApplyMode mode) { m_mode = mode; }

    // See the class comment. `force` (SSA only) takes fields from other managers: only ever
    // pass true when the user chose it after seeing the conflict.
    void review(const QString &yamlText, bool force = false);
    void apply(const QString &yamlText, bool force = false);
    [[nodiscard]] bool isBusy() const;
    void cancel();

    // Makes the conflict's live object the new base and returns merge3(old base, yours, live)
    // for the editor (conflict markers only where both changed the same lines).
    MergeResult rebase(const Conflict &conflict);

    // The object as YAML for the editor: everything the server sent, metadata.managedFields
    // included when `withManagedFields` (keys in kubectl's order: apiVersion, kind, metadata,
    // spec, ..., status; managedFields is the last key of metadata so the editor can fold it).
    // Safe to send back as is: sendableObject() strips what the server owns.
    [[nodiscard]] static QString editableText(const QJsonObject &object,
                                              bool withManagedFields = true);
    // What a write sends for `object` (see the class comment); `resourceVersion` is put in for
    // Update mode.
    [[nodiscard]] static QJsonObject sendableObject(const QJsonObject &object, ApplyMode mode,
                                                    const QString &resourceVersion = {});
    // Parses the user's text into one object and checks it names this editor's object.
    [[nodiscard]] Result<QJsonObject> parse(const QString &yamlText) const;

Q_SIGNALS:
    // load() ended: the object is the new base, or it could not be fetched.
    void loaded(const QJsonObject &object);
    void loadFailed(const scs::Error &error);
    void reviewed(const scs::edit::EditResult &result);
    void applied(const scs::edit::EditResult &result);
    void busyChanged(bool busy);

private:
    void run(const QString &yamlText, bool dryRun, bool force);
    void write(const QString &yamlText, const QJsonObject &object, bool dryRun, bool force);
    void onWritten(const QString &yamlText, bool dryRun, bool force, kube::KubeReply *reply);
    void conflictFromLive(const QString &yamlText, bool dryRun, bool force,
                          const kube::Status &status, const Error &error);
    void finish(EditResult result);
    void setBusy(bool busy);

    QPointer<kube::KubeClient> m_client;
    ObjectRef m_ref;
    QJsonObject m_base;
    QJsonObject m_live; // review: fetched right before the dry-run
    QJsonObject m_sent; // the parsed object of the running write (for the own-manager retry)
    ApplyMode m_mode = ApplyMode::ServerSideApply;
    QPointer<kube::KubeReply> m_pending;
    bool m_busy = false;
    quint64 m_generation = 0; // drops answers of a cancelled chain
};

} // namespace scs::edit

Q_DECLARE_METATYPE(scs::edit::EditResult)
