#include "edit/objecteditor.h"

#include "edit/editlogging.h"
#include "yaml/objectyaml.h"
#include "kube/kubeclient.h"
#include "yaml/yaml.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace scs::edit {

QString resourceVersionOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata"))
        .toObject()
        .value(QLatin1String("resourceVersion"))
        .toString();
}

bool changedMeaningfully(const QJsonObject &before, const QJsonObject &after)
{
    // What a person would call a change of the object: not status, not the bookkeeping of
    // writes.
    const auto meaningful = [](QJsonObject object) {
        object.remove(QLatin1String("status"));
        QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
        for (const char *key : {"resourceVersion", "managedFields", "generation"})
            metadata.remove(QLatin1String(key));
        object.insert(QLatin1String("metadata"), metadata);
        return object;
    };
    return meaningful(before) != meaningful(after);
}

namespace {

QJsonObject withoutMetadataFields(QJsonObject object, const QStringList &fields)
{
    QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    for (const QString &field : fields)
        metadata.remove(field);
    object.insert(QStringLiteral("metadata"), metadata);
    return object;
}

bool hasManagedFields(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata"))
        .toObject()
        .contains(QLatin1String("managedFields"));
}

Error localError(const QString &message, const QString &field = {}, int line = 0,
                 int column = 0)
{
    return Error{Error::Kind::Invalid, message, message, field, {}, line, column};
}

} // namespace

bool onlyOwnManagerConflicts(const kube::Status &status)
{
    static const QRegularExpression manager(QStringLiteral("conflicts? with \"([^\"]*)\""));
    if (status.code != 409 || status.causes.isEmpty())
        return false;
    for (const kube::StatusCause &cause : status.causes) {
        if (cause.reason != QLatin1String("FieldManagerConflict")
            || manager.match(cause.message).captured(1)
                   != QLatin1String(ObjectEditor::FieldManager))
            return false;
    }
    return true;
}

ObjectEditor::ObjectEditor(kube::KubeClient *client, const ObjectRef &ref, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_ref(ref)
{
    qRegisterMetaType<scs::edit::EditResult>();
}

ObjectEditor::~ObjectEditor()
{
    ++m_generation;
    if (m_pending)
        m_pending->abort();
}

void ObjectEditor::begin(const QJsonObject &object)
{
    m_base = object;
}

QString ObjectEditor::baseResourceVersion() const
{
    return resourceVersionOf(m_base);
}

QString ObjectEditor::baseText() const
{
    return editableText(m_base);
}

Draft ObjectEditor::draft(const QString &profile, const QString &text) const
{
    Draft d;
    d.profile = profile;
    d.objectKey = m_ref.key();
    d.apiVersion = m_ref.apiVersion();
    d.kind = m_ref.kind();
    d.namespaceName = m_ref.namespaceName;
    d.name = m_ref.name;
    d.text = text;
    d.baseText = baseText();
    d.baseResourceVersion = baseResourceVersion();
    return d;
}

bool ObjectEditor::isBusy() const
{
    return m_busy;
}

void ObjectEditor::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void ObjectEditor::cancel()
{
    ++m_generation;
    if (m_pending)
        m_pending->abort();
    m_pending = nullptr;
    setBusy(false);
}

void ObjectEditor::load()
{
    cancel();
    if (!m_client)
        return;
    const quint64 generation = m_generation;
    setBusy(true);
    m_pending = m_client->get(m_ref.path());
    m_pending->onJson(this, [this, generation](const Result<QJsonDocument> &json) {
        if (generation != m_generation)
            return;
        m_pending = nullptr;
        setBusy(false);
        if (!json) {
            Q_EMIT loadFailed(json.error());
            return;
        }
        m_base = json->object();
        Q_EMIT loaded(m_base);
    });
}

// ---------------------------------------------------------------------------------------------
// Texts

QString ObjectEditor::editableText(const QJsonObject &object, bool withManagedFields)
{
    if (withManagedFields)
        return yaml::objectYaml(object);
    return yaml::objectYaml(withoutMetadataFields(object, {QStringLiteral("managedFields")}));
}

QJsonObject ObjectEditor::sendableObject(const QJsonObject &object, ApplyMode mode,
                                         const QString &resourceVersion)
{
    QJsonObject o = withoutMetadataFields(
        object, {QStringLiteral("managedFields"), QStringLiteral("uid"),
                 QStringLiteral("creationTimestamp"), QStringLiteral("generation"),
                 QStringLiteral("selfLink"), QStringLiteral("deletionTimestamp"),
                 QStringLiteral("deletionGracePeriodSeconds"),
                 QStringLiteral("resourceVersion")});
    if (mode == ApplyMode::Update && !resourceVersion.isEmpty()) {
        QJsonObject metadata = o.value(QLatin1String("metadata")).toObject();
        metadata.insert(QStringLiteral("resourceVersion"), resourceVersion);
        o.insert(QStringLiteral("metadata"), metadata);
    }
    // status is never the editor's to claim (write() puts it back for Update mode where the
    // kind has no status subresource: there, a PUT without it would erase it).
    o.remove(QStringLiteral("status"));
    return o;
}

Result<QJsonObject> ObjectEditor::parse(const QString &yamlText) const
{
    const QByteArray bytes = yamlText.toUtf8();
    auto docs = yaml::toJson(bytes);
    if (!docs)
        return std::unexpected(docs.error());
    if (docs->isEmpty())
        return std::unexpected(localError(tr("The text holds no object.")));
    if (docs->size() > 1) {
        return std::unexpected(localError(
            tr("The text holds %1 documents; an edit changes one object (the second one "
               "starts at line %2).")
                .arg(docs->size())
                .arg(docs->at(1).line),
            {}, docs->at(1).line, 1));
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(docs->constFirst().json, &parseError);
    if (!doc.isObject()) {
        return std::unexpected(localError(tr("The text is not an object (a map of fields)."),
                                          {}, docs->constFirst().line, 1));
    }
    const QJsonObject object = doc.object();
    auto mismatch = [&](const QStringList &path, const QString &message) {
        const auto at = yaml::locateNearest(bytes, path);
        return std::unexpected(localError(message, path.join(QLatin1Char('.')),
                                          at ? at->line : 0, at ? at->column : 0));
    };
    const QString apiVersion = object.value(QLatin1String("apiVersion")).toString();
    if (apiVersion != m_ref.apiVersion()) {
        return mismatch({QStringLiteral("apiVersion")},
                        tr("apiVersion must stay %1 (it is %2).")
                            .arg(m_ref.apiVersion(),
                                 apiVersion.isEmpty() ? tr("missing") : apiVersion));
    }
    const QString kind = object.value(QLatin1String("kind")).toString();
    if (kind != m_ref.kind()) {
        return mismatch({QStringLiteral("kind")}, tr("kind must stay %1 (it is %2).")
                                                      .arg(m_ref.kind(),
                                                           kind.isEmpty() ? tr("missing") : kind));
    }
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    const QString name = metadata.value(QLatin1String("name")).toString();
    if (name != m_ref.name) {
        return mismatch({QStringLiteral("metadata"), QStringLiteral("name")},
                        tr("metadata.name must stay %1: renaming an object is creating another "
                           "one.")
                            .arg(m_ref.name));
    }
    const QString ns = metadata.value(QLatin1String("namespace")).toString();
    if (!ns.isEmpty() && ns != m_ref.namespaceName) {
        return mismatch({QStringLiteral("metadata"), QStringLiteral("namespace")},
                        tr("metadata.namespace must stay %1.").arg(m_ref.namespaceName));
    }
    return object;
}

// ---------------------------------------------------------------------------------------------
// Review and apply

void ObjectEditor::review(const QString &yamlText, bool force)
{
    run(yamlText, true, force);
}

void ObjectEditor::apply(const QString &yamlText, bool force)
{
    run(yamlText, false, force);
}

void ObjectEditor::finish(EditResult result)
{
    m_pending = nullptr;
    setBusy(false);
    if (result.dryRun)
        Q_EMIT reviewed(result);
    else
        Q_EMIT applied(result);
}

void ObjectEditor::run(const QString &yamlText, bool dryRun, bool force)
{
    cancel();
    EditResult result;
    result.dryRun = dryRun;
    result.mode = m_mode;
    result.forced = force;
    auto object = parse(yamlText);
    if (!object) {
        result.outcome = EditResult::Outcome::LocalError;
        result.error = object.error();
        FieldError fe;
        fe.field = object.error().field;
        fe.path = yaml::parseFieldPath(fe.field);
        fe.message = object.error().message;
        fe.line = object.error().line;
        fe.column = object.error().column;
        result.fieldErrors.append(fe);
        // Asynchronously like every other outcome, so callers can rely on one order.
        QMetaObject::invokeMethod(
            this, [this, result] { finish(result); }, Qt::QueuedConnection);
        setBusy(true);
        return;
    }
    if (!m_client) {
        result.error = localError(tr("Not connected to the Central API."));
        QMetaObject::invokeMethod(
            this, [this, result] { finish(result); }, Qt::QueuedConnection);
        setBusy(true);
        return;
    }
    setBusy(true);
    const quint64 generation = m_generation;
    if (!dryRun) {
        write(yamlText, *object, dryRun, force);
        return;
    }
    // Review: the live object first, so the diff shows what the write would change now.
    m_pending = m_client->get(m_ref.path());
    m_pending->onJson(this, [this, generation, yamlText, object = *object,
                             force](const Result<QJsonDocument> &json) {
        if (generation != m_generation)
            return;
        if (!json) {
            EditResult r;
            r.dryRun = true;
            r.mode = m_mode;
            r.forced = force;
            r.error = json.error();
            r.outcome = EditResult::Outcome::Failed;
            finish(r);
            return;
        }
        m_live = json->object();
        write(yamlText, object, true, force);
    });
}

void ObjectEditor::write(const QString &yamlText, const QJsonObject &object, bool dryRun,
                         bool force)
{
    const quint64 generation = m_generation;
    m_sent = object;
    QJsonObject body = sendableObject(object, m_mode, baseResourceVersion());
    if (m_mode == ApplyMode::Update
        && !m_ref.resource.subresources.contains(QLatin1String("status"))
        && object.contains(QLatin1String("status")))
        body.insert(QStringLiteral("status"), object.value(QLatin1String("status")));
    if (!m_ref.namespaceName.isEmpty()) {
        QJsonObject metadata = body.value(QLatin1String("metadata")).toObject();
        metadata.insert(QStringLiteral("namespace"), m_ref.namespaceName);
        body.insert(QStringLiteral("metadata"), metadata);
    }
    if (m_mode == ApplyMode::ServerSideApply) {
        kube::ApplyOptions options;
        options.fieldManager = QString::fromLatin1(FieldManager);
        options.force = force;
        options.dryRun = dryRun;
        m_pending = m_client->apply(m_ref.path(),
                                    QJsonDocument(body).toJson(QJsonDocument::Compact), options);
    } else {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("fieldManager"), QString::fromLatin1(FieldManager));
        if (dryRun)
            query.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("All"));
        m_pending = m_client->put(m_ref.path(), QJsonDocument(body), query);
    }
    kube::KubeReply *reply = m_pending;
    connect(reply, &kube::KubeReply::finished, this,
            [this, generation, reply, yamlText, dryRun, force] {
                if (generation != m_generation)
                    return;
                onWritten(yamlText, dryRun, force, reply);
            });
}

void ObjectEditor::onWritten(const QString &yamlText, bool dryRun, bool force,
                             kube::KubeReply *reply)
{
    EditResult result;
    result.dryRun = dryRun;
    result.mode = m_mode;
    result.forced = force;
    const auto json = reply->json();
    if (json) {
        result.outcome = EditResult::Outcome::Ok;
        result.object = json->object();
        if (dryRun) {
            result.live = m_live;
            result.liveText = yaml::reviewYaml(m_live);
            result.resultText = yaml::reviewYaml(result.object);
            result.diff = edit::diffText(result.liveText, result.resultText);
        } else {
            m_base = result.object;
            qCInfo(lcEdit).noquote() << "applied" << m_ref.displayName() << "resourceVersion"
                                     << baseResourceVersion();
        }
        finish(result);
        return;
    }
    result.error = json.error();
    const kube::Status status = reply->status();
    if (status.code == 409 && !force && m_mode == ApplyMode::ServerSideApply
        && onlyOwnManagerConflicts(status)) {
        qCInfo(lcEdit).noquote() << m_ref.displayName()
                                 << ": fields owned by scs-console's own earlier writes; "
                                    "applying again with force";
        write(yamlText, m_sent, dryRun, true);
        return;
    }
    if (status.code == 409 && json.error().kind == Error::Kind::Conflict) {
        conflictFromLive(yamlText, dryRun, force, status, json.error());
        return;
    }
    if (status.code == 422 || status.code == 400
        || (status.code == 500 && status.message.contains(QLatin1String("typed")))) {
        result.outcome = EditResult::Outcome::Invalid;
        result.fieldErrors = fieldErrorsFromStatus(status, yamlText);
    } else {
        result.outcome = EditResult::Outcome::Failed;
    }
    finish(result);
}

void ObjectEditor::conflictFromLive(const QString &yamlText, bool dryRun, bool force,
                                    const kube::Status &status, const Error &error)
{
    const quint64 generation = m_generation;
    Conflict conflict;
    conflict.kind = Conflict::Kind::StaleVersion;
    static const QRegularExpression manager(QStringLiteral("conflict with \"([^\"]*)\""));
    for (const kube::StatusCause &cause : status.causes) {
        if (cause.reason != QLatin1String("FieldManagerConflict"))
            continue;
        conflict.kind = Conflict::Kind::FieldManagers;
        conflict.managers.append(
            ManagerConflict{manager.match(cause.message).captured(1), cause.field, cause.message});
    }
    if (conflict.kind == Conflict::Kind::StaleVersion && m_mode == ApplyMode::ServerSideApply
        && status.message.contains(QLatin1String("conflict")))
        conflict.kind = Conflict::Kind::FieldManagers;
    m_pending = m_client->get(m_ref.path());
    m_pending->onJson(this, [this, generation, yamlText, dryRun, force, conflict,
                             error](const Result<QJsonDocument> &json) mutable {
        if (generation != m_generation)
            return;
        EditResult result;
        result.dryRun = dryRun;
        result.mode = m_mode;
        result.forced = force;
        result.error = error;
        if (!json) {
            // The live object is gone (deleted meanwhile) or unreachable: say that; the user's
            // text stays in the editor.
            result.outcome = EditResult::Outcome::Failed;
            result.error = json.error();
            finish(result);
            return;
        }
        conflict.liveObject = json->object();
        conflict.liveResourceVersion = resourceVersionOf(conflict.liveObject);
        // Status and bookkeeping change all the time (controllers); what counts is what a
        // write would carry.
        conflict.changedSinceBase
            = sendableObject(conflict.liveObject, ApplyMode::ServerSideApply)
            != sendableObject(m_base, ApplyMode::ServerSideApply);
        conflict.yours = yamlText;
        // The three texts in the shape of the user's: with managedFields only when theirs
        // has them, so that a folded-away block does not turn into a conflict.
        bool withManaged = true;
        if (auto parsed = yaml::toJsonDocument(yamlText.toUtf8()))
            withManaged = hasManagedFields(parsed->object());
        conflict.live = editableText(conflict.liveObject, withManaged);
        conflict.base = editableText(m_base, withManaged);
        conflict.merge = merge3(conflict.base, conflict.yours, conflict.live);
        result.outcome = EditResult::Outcome::Conflict;
        result.conflict = conflict;
        finish(result);
    });
}

QString Conflict::ownersText() const
{
    QStringList order;
    QHash<QString, QStringList> fields;
    for (const ManagerConflict &m : managers) {
        const QString who = m.manager.isEmpty() ? QStringLiteral("?") : m.manager;
        if (!fields.contains(who))
            order.append(who);
        if (!m.field.isEmpty())
            fields[who].append(m.field);
    }
    QStringList parts;
    for (const QString &who : std::as_const(order)) {
        const QStringList owned = fields.value(who);
        parts.append(owned.isEmpty()
                         ? who
                         : who + QStringLiteral(" (") + owned.join(QStringLiteral(", "))
                             + QLatin1Char(')'));
    }
    return parts.join(QStringLiteral(", "));
}

MergeResult ObjectEditor::rebase(const Conflict &conflict)
{
    m_base = conflict.liveObject;
    return conflict.merge;
}

} // namespace scs::edit
