#pragma once

#include "common/error.h"
#include "edit/objectref.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace scs::kube {
class Discovery;
class KubeClient;
class KubeReply;
} // namespace scs::kube

namespace scs::edit {

// The result of one document of a multi-document text.
struct DocumentResult
{
    enum class Status {
        Pending, // not tried yet (or never: the batch stopped before it)
        Created, // Create mode: POST succeeded
        Applied, // Apply mode: server-side apply succeeded (created or changed)
        Failed,
    };
    // 0-based position among the text's non-empty documents (documents holding nothing, like a
    // lone "---" or only comments, are skipped as kubectl skips them).
    int index = 0;
    int line = 0; // 1-based line of the document's first line in the whole text
    Status status = Status::Pending;
    QString apiVersion;
    QString kind;
    QString namespaceName;
    QString name;
    // Failed: what went wrong; the message names the document ("Document 3 (line 20): ...").
    Error error;
    QList<FieldError> fieldErrors; // 422/400 causes, lines relative to the whole text
    QJsonObject object; // Created/Applied: the object as stored (or the dry-run result)

    [[nodiscard]] bool isOk() const
    {
        return status == Status::Created || status == Status::Applied;
    }
};

// Applies the documents of one YAML text in order (like `kubectl create -f` or
// `kubectl apply --server-side -f`), one request at a time, each document with its own result.
// The kind of each document is resolved through Discovery (apiVersion + kind -> resource, scope);
// an unknown kind fails that document with a clear message. Namespaced kinds without
// metadata.namespace go to Options::defaultNamespace (an error when that is empty); a namespace
// on a cluster-scoped kind is an error. Lives in the client's thread, never blocks.
//
// A text that does not parse applies nothing: finished() then carries one Failed result with the
// parse error (its index the document the error is in, line/column in error).
//
//   start(text) ─parse─bad─> finished({Failed})
//      └─> document 0 ─> documentFinished(0) ─> document 1 ─> ... ─> finished(results)
//                  └─ failed && stopOnError ─> finished (the rest stay Pending)
class BatchApplier : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Create, // POST; an existing object fails with AlreadyExists
        Apply, // server-side apply with fieldManager scs-console (create or change)
    };
    struct Options
    {
        Mode mode = Mode::Apply;
        bool stopOnError = false;
        bool dryRun = false; // dryRun=All for every request: validate a file before applying it
        bool force = false; // SSA force: only when the user chose it
        QString defaultNamespace;
    };

    // `client` and `discovery` must outlive the applier.
    BatchApplier(kube::KubeClient *client, const kube::Discovery *discovery,
                 QObject *parent = nullptr);
    ~BatchApplier() override;

    // Parses `yamlText` and starts; results come through the signals. A running batch is
    // cancelled first.
    void start(const QString &yamlText, const Options &options);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const QList<DocumentResult> &results() const { return m_results; }

Q_SIGNALS:
    void documentStarted(int index);
    void documentFinished(const scs::edit::DocumentResult &result);
    // Once per start(), after the last document (or the first failure with stopOnError).
    void finished(const QList<scs::edit::DocumentResult> &results);

private:
    void next();
    void failDocument(int index, const Error &error);
    void documentDone(int index);
    void onReply(int index, kube::KubeReply *reply);

    QPointer<kube::KubeClient> m_client;
    const kube::Discovery *m_discovery;
    Options m_options;
    QString m_text;
    QList<QJsonObject> m_documents;
    QString m_applyPath; // the running apply, for the own-manager retry
    QByteArray m_applyBody;
    QList<DocumentResult> m_results;
    QPointer<kube::KubeReply> m_pending;
    int m_current = -1;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace scs::edit
