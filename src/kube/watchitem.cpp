#include "kube/watchitem.h"

#include <QJsonDocument>

namespace scs::kube {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// A forward-only reader of one JSON text that picks a few members and skips the rest without
// building anything: most of a Kubernetes object (managedFields, data, spec) is skipped.
class FieldReader
{
public:
    explicit FieldReader(QByteArrayView json)
        : m_p(json.data())
        , m_end(json.data() + json.size())
    {}

    bool ok() const { return m_ok; }

    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }

    // Calls `member(key)` for each member of the object here; it must consume the value.
    template<typename Member>
    void object(Member member)
    {
        if (!take('{'))
            return;
        if (peek('}')) {
            ++m_p;
            return;
        }
        for (;;) {
            bool escaped = false;
            const QByteArrayView key = rawString(&escaped);
            if (!m_ok || !take(':'))
                return;
            member(key);
            if (!m_ok)
                return;
            if (peek(',')) {
                ++m_p;
                continue;
            }
            if (peek('}')) {
                ++m_p;
                return;
            }
            m_ok = false;
            return;
        }
    }

    // Calls `element()` for each element of the array here; it must consume the value.
    template<typename Element>
    void array(Element element)
    {
        if (!take('['))
            return;
        if (peek(']')) {
            ++m_p;
            return;
        }
        for (;;) {
            element();
            if (!m_ok)
                return;
            if (peek(',')) {
                ++m_p;
                continue;
            }
            if (peek(']')) {
                ++m_p;
                return;
            }
            m_ok = false;
            return;
        }
    }

    // A string value; anything else is skipped and gives a null string.
    QString string()
    {
        if (!peek('"')) {
            skip();
            return {};
        }
        bool escaped = false;
        const QByteArrayView raw = rawString(&escaped);
        if (!m_ok)
            return {};
        if (!escaped)
            return QString::fromUtf8(raw);
        // Rare in Kubernetes metadata: let the JSON parser decode the escapes.
        const QByteArray wrapped = '[' + QByteArray(raw.data() - 1, raw.size() + 2) + ']';
        return QJsonDocument::fromJson(wrapped).array().at(0).toString();
    }

    // Whether the value here is an object, without consuming it.
    bool isObject() { return peek('{'); }
    bool isArray() { return peek('['); }

    // Skips one value of any kind.
    void skip()
    {
        skipSpace();
        if (m_p == m_end) {
            m_ok = false;
            return;
        }
        const char c = *m_p;
        if (c == '"') {
            bool escaped = false;
            rawString(&escaped);
            return;
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            while (m_p < m_end) {
                const char d = *m_p;
                if (d == '"') {
                    bool escaped = false;
                    rawString(&escaped);
                    if (!m_ok)
                        return;
                    continue;
                }
                if (d == '{' || d == '[') {
                    ++depth;
                } else if (d == '}' || d == ']') {
                    if (--depth == 0) {
                        ++m_p;
                        return;
                    }
                }
                ++m_p;
            }
            m_ok = false;
            return;
        }
        const char *start = m_p;
        while (m_p < m_end && *m_p != ',' && *m_p != '}' && *m_p != ']' && !isSpace(*m_p))
            ++m_p;
        if (m_p == start)
            m_ok = false;
    }

private:
    void skipSpace()
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
    }

    bool peek(char c)
    {
        skipSpace();
        return m_p < m_end && *m_p == c;
    }

    bool take(char c)
    {
        if (peek(c)) {
            ++m_p;
            return true;
        }
        m_ok = false;
        return false;
    }

    // The characters between the quotes of the string here, undecoded.
    QByteArrayView rawString(bool *escaped)
    {
        if (!peek('"')) {
            m_ok = false;
            return {};
        }
        const char *start = ++m_p;
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == '"') {
                const QByteArrayView raw(start, m_p - start);
                ++m_p;
                return raw;
            }
            if (c == '\\') {
                *escaped = true;
                m_p += 2;
                continue;
            }
            ++m_p;
        }
        m_ok = false;
        return {};
    }

    const char *m_p;
    const char *m_end;
    bool m_ok = true;
};

QStringList stringsOf(const QJsonArray &array)
{
    QStringList result;
    result.reserve(array.size());
    for (const QJsonValue &v : array)
        result.append(v.toString());
    return result;
}

} // namespace

WatchItem::WatchItem(const QJsonObject &object, QJsonArray cells)
    : m_object(object)
    , m_cells(std::move(cells))
{
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    m_uid = metadata.value(QLatin1String("uid")).toString();
    m_name = metadata.value(QLatin1String("name")).toString();
    m_namespace = metadata.value(QLatin1String("namespace")).toString();
    m_resourceVersion = metadata.value(QLatin1String("resourceVersion")).toString();
    m_created = metadata.value(QLatin1String("creationTimestamp")).toString();
    m_deleted = metadata.value(QLatin1String("deletionTimestamp")).toString();
    m_finalizers = stringsOf(metadata.value(QLatin1String("finalizers")).toArray());
    const QJsonObject status = object.value(QLatin1String("status")).toObject();
    m_phase = status.value(QLatin1String("phase")).toString();
    const QJsonArray conditions = status.value(QLatin1String("conditions")).toArray();
    for (const QJsonValue &c : conditions) {
        const QJsonObject condition = c.toObject();
        if (condition.value(QLatin1String("type")).toString() == QLatin1String("Ready")) {
            m_ready = condition.value(QLatin1String("status")).toString();
            break;
        }
    }
}

std::optional<WatchItem> WatchItem::fromJson(QByteArrayView json, QJsonArray cells)
{
    WatchItem item;
    FieldReader r(json);
    r.object([&](QByteArrayView key) {
        if (key == "metadata" && r.isObject()) {
            r.object([&](QByteArrayView field) {
                if (field == "uid")
                    item.m_uid = r.string();
                else if (field == "name")
                    item.m_name = r.string();
                else if (field == "namespace")
                    item.m_namespace = r.string();
                else if (field == "resourceVersion")
                    item.m_resourceVersion = r.string();
                else if (field == "creationTimestamp")
                    item.m_created = r.string();
                else if (field == "deletionTimestamp")
                    item.m_deleted = r.string();
                else if (field == "finalizers" && r.isArray())
                    r.array([&] { item.m_finalizers.append(r.string()); });
                else
                    r.skip();
            });
        } else if (key == "status" && r.isObject()) {
            r.object([&](QByteArrayView field) {
                if (field == "phase") {
                    item.m_phase = r.string();
                } else if (field == "conditions" && r.isArray()) {
                    r.array([&] {
                        if (!r.isObject()) {
                            r.skip();
                            return;
                        }
                        QString type;
                        QString status;
                        r.object([&](QByteArrayView member) {
                            if (member == "type")
                                type = r.string();
                            else if (member == "status")
                                status = r.string();
                            else
                                r.skip();
                        });
                        if (type == QLatin1String("Ready") && item.m_ready.isNull())
                            item.m_ready = status;
                    });
                } else {
                    r.skip();
                }
            });
        } else {
            r.skip();
        }
    });
    if (!r.ok() || !r.atEnd())
        return std::nullopt;
    item.m_json = json.toByteArray();
    item.m_cells = std::move(cells);
    return item;
}

void WatchItem::setTypeMeta(const QString &apiVersion, const QString &kind)
{
    m_apiVersion = apiVersion;
    m_kind = kind;
}

QJsonObject WatchItem::object() const
{
    if (m_json.isEmpty())
        return m_object;
    QJsonObject object = QJsonDocument::fromJson(m_json).object();
    if (!m_apiVersion.isEmpty() && !object.contains(QLatin1String("apiVersion")))
        object.insert(QLatin1String("apiVersion"), m_apiVersion);
    if (!m_kind.isEmpty() && !object.contains(QLatin1String("kind")))
        object.insert(QLatin1String("kind"), m_kind);
    return object;
}

} // namespace scs::kube
