#include "edit/batchapplier.h"

#include "edit/editlogging.h"
#include "edit/objecteditor.h"
#include "kube/apipath.h"
#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "yaml/yaml.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>

namespace scs::edit {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BatchApplier)
};

QString prefixed(int index, int line, const QString &message)
{
    return Tr::tr("Document %1 (line %2): %3").arg(index + 1).arg(line).arg(message);
}

Error invalid(const QString &message, const QString &field = {})
{
    return Error{Error::Kind::Invalid, message, message, field, {}, 0, 0};
}
} // namespace

BatchApplier::BatchApplier(kube::KubeClient *client, const kube::Discovery *discovery,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_discovery(discovery)
{
    qRegisterMetaType<scs::edit::DocumentResult>();
    qRegisterMetaType<QList<scs::edit::DocumentResult>>();
}

BatchApplier::~BatchApplier()
{
    ++m_generation;
    if (m_pending)
        m_pending->abort();
}

void BatchApplier::cancel()
{
    ++m_generation;
    if (m_pending)
        m_pending->abort();
    m_pending = nullptr;
    m_running = false;
}

void BatchApplier::start(const QString &yamlText, const Options &options)
{
    cancel();
    m_options = options;
    m_text = yamlText;
    m_documents.clear();
    m_results.clear();
    m_current = -1;
    m_running = true;
    const quint64 generation = m_generation;

    auto docs = yaml::toJson(yamlText.toUtf8());
    if (!docs) {
        // Nothing is applied from a text that does not parse: half a file is rarely meant.
        DocumentResult r;
        r.status = DocumentResult::Status::Failed;
        r.error = docs.error();
        r.line = docs.error().line;
        // The document the error is in: the separators before its line.
        const QStringList lines = yamlText.split(QLatin1Char('\n'));
        int index = 0;
        bool content = false;
        for (int i = 0; i < std::min<int>(int(lines.size()), std::max(0, r.line - 1)); ++i) {
            if (lines[i].startsWith(QLatin1String("---"))) {
                if (content)
                    ++index;
                content = false;
            } else if (!lines[i].trimmed().isEmpty() && !lines[i].trimmed().startsWith(u'#')) {
                content = true;
            }
        }
        r.index = index;
        m_results.append(r);
        QTimer::singleShot(0, this, [this, generation] {
            if (generation != m_generation)
                return;
            m_running = false;
            Q_EMIT documentFinished(m_results.constFirst());
            Q_EMIT finished(m_results);
        });
        return;
    }
    for (qsizetype i = 0; i < docs->size(); ++i) {
        const yaml::Document &doc = docs->at(i);
        DocumentResult r;
        r.index = int(i);
        r.line = doc.line;
        const QJsonObject o = QJsonDocument::fromJson(doc.json).object();
        r.apiVersion = o.value(QLatin1String("apiVersion")).toString();
        r.kind = o.value(QLatin1String("kind")).toString();
        const QJsonObject metadata = o.value(QLatin1String("metadata")).toObject();
        r.name = metadata.value(QLatin1String("name")).toString();
        r.namespaceName = metadata.value(QLatin1String("namespace")).toString();
        m_documents.append(o);
        m_results.append(r);
    }
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            next();
    });
}

void BatchApplier::failDocument(int index, const Error &error)
{
    DocumentResult &r = m_results[index];
    r.status = DocumentResult::Status::Failed;
    r.error = error;
    r.error.message = prefixed(index, r.line, error.message);
    if (r.error.line == 0)
        r.error.line = r.line;
    documentDone(index);
}

void BatchApplier::documentDone(int index)
{
    m_pending = nullptr;
    Q_EMIT documentFinished(m_results.at(index));
    if (!m_results.at(index).isOk() && m_options.stopOnError) {
        m_running = false;
        Q_EMIT finished(m_results);
        return;
    }
    const quint64 generation = m_generation;
    // Next document from the event loop: a long file never recurses.
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            next();
    });
}

void BatchApplier::next()
{
    ++m_current;
    if (m_current >= m_documents.size()) {
        m_running = false;
        Q_EMIT finished(m_results);
        return;
    }
    const int index = m_current;
    Q_EMIT documentStarted(index);
    DocumentResult &r = m_results[index];
    QJsonObject object = m_documents.at(index);
    if (m_documents.at(index).isEmpty()) {
        failDocument(index, invalid(Tr::tr("not an object (a map with apiVersion and kind).")));
        return;
    }
    if (r.apiVersion.isEmpty() || r.kind.isEmpty()) {
        failDocument(index, invalid(Tr::tr("apiVersion and kind are required."),
                                    r.apiVersion.isEmpty() ? QStringLiteral("apiVersion")
                                                           : QStringLiteral("kind")));
        return;
    }
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    const bool generated = r.name.isEmpty()
        && !metadata.value(QLatin1String("generateName")).toString().isEmpty();
    if (r.name.isEmpty() && !(generated && m_options.mode == Mode::Create)) {
        failDocument(index, invalid(Tr::tr("metadata.name is required."),
                                    QStringLiteral("metadata.name")));
        return;
    }
    const qsizetype slash = r.apiVersion.indexOf(QLatin1Char('/'));
    const QString group = slash < 0 ? QString() : r.apiVersion.left(slash);
    const QString version = slash < 0 ? r.apiVersion : r.apiVersion.mid(slash + 1);
    auto resource = m_discovery ? m_discovery->forKind(group, r.kind) : std::nullopt;
    if (!resource) {
        Error e = invalid(Tr::tr("the Central API does not serve kind %1 of %2.")
                              .arg(r.kind, r.apiVersion),
                          QStringLiteral("kind"));
        e.kind = Error::Kind::NotFound;
        e.detail = QStringLiteral("no discovered resource for group '%1' kind '%2'")
                       .arg(group, r.kind);
        failDocument(index, e);
        return;
    }
    resource->version = version;
    QString ns = r.namespaceName;
    if (resource->namespaced) {
        if (ns.isEmpty())
            ns = m_options.defaultNamespace;
        if (ns.isEmpty()) {
            failDocument(index, invalid(Tr::tr("%1 is namespaced: set metadata.namespace.")
                                            .arg(r.kind),
                                        QStringLiteral("metadata.namespace")));
            return;
        }
        QJsonObject md = metadata;
        md.insert(QStringLiteral("namespace"), ns);
        object.insert(QStringLiteral("metadata"), md);
        r.namespaceName = ns;
    } else if (!ns.isEmpty()) {
        failDocument(index, invalid(Tr::tr("%1 is cluster-scoped: remove metadata.namespace.")
                                        .arg(r.kind),
                                    QStringLiteral("metadata.namespace")));
        return;
    }
    if (!m_client) {
        failDocument(index, invalid(Tr::tr("not connected to the Central API.")));
        return;
    }

    const quint64 generation = m_generation;
    QUrlQuery query;
    if (m_options.mode == Mode::Create) {
        query.addQueryItem(QStringLiteral("fieldManager"),
                           QString::fromLatin1(ObjectEditor::FieldManager));
        if (m_options.dryRun)
            query.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("All"));
        QJsonObject body = ObjectEditor::sendableObject(object, ApplyMode::Update);
        m_pending = m_client->post(resource->collectionPath(ns), QJsonDocument(body), query);
    } else {
        kube::ApplyOptions options;
        options.fieldManager = QString::fromLatin1(ObjectEditor::FieldManager);
        options.dryRun = m_options.dryRun;
        options.force = m_options.force;
        const QJsonObject body = ObjectEditor::sendableObject(object, ApplyMode::ServerSideApply);
        m_applyPath = resource->collectionPath(ns) + QLatin1Char('/') + kube::pathSegment(r.name);
        m_applyBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
        m_pending = m_client->apply(m_applyPath, m_applyBody, options);
    }
    kube::KubeReply *reply = m_pending;
    connect(reply, &kube::KubeReply::finished, this, [this, generation, index, reply] {
        if (generation == m_generation)
            onReply(index, reply);
    });
}

void BatchApplier::onReply(int index, kube::KubeReply *reply)
{
    DocumentResult &r = m_results[index];
    const auto json = reply->json();
    if (json) {
        r.status = m_options.mode == Mode::Create ? DocumentResult::Status::Created
                                                  : DocumentResult::Status::Applied;
        r.object = json->object();
        if (r.name.isEmpty()) // generateName
            r.name = r.object.value(QLatin1String("metadata"))
                         .toObject()
                         .value(QLatin1String("name"))
                         .toString();
        qCInfo(lcEdit).noquote() << "document" << index + 1 << r.kind << r.namespaceName
                                 << r.name << (m_options.dryRun ? "(dry run)" : "") << "ok";
        documentDone(index);
        return;
    }
    if (m_options.mode == Mode::Apply && !m_options.force
        && onlyOwnManagerConflicts(reply->status())) {
        // Fields of scs-console's own earlier create: apply again with force (see ApplyMode).
        kube::ApplyOptions options;
        options.fieldManager = QString::fromLatin1(ObjectEditor::FieldManager);
        options.dryRun = m_options.dryRun;
        options.force = true;
        const quint64 generation = m_generation;
        m_pending = m_client->apply(m_applyPath, m_applyBody, options);
        kube::KubeReply *retry = m_pending;
        connect(retry, &kube::KubeReply::finished, this, [this, generation, index, retry] {
            if (generation == m_generation)
                onReply(index, retry);
        });
        return;
    }
    r.fieldErrors = fieldErrorsFromStatus(reply->status(), m_text, index);
    failDocument(index, json.error());
}

} // namespace scs::edit
