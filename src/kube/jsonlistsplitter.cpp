#include "kube/jsonlistsplitter.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstring>

namespace scs::kube {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonListSplitter)
};

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

void JsonListSplitter::ValueScan::begin(char c)
{
    nesting = 0;
    inString = false;
    escape = false;
    literal = false;
    if (c == '{' || c == '[')
        nesting = 1;
    else if (c == '"')
        inString = true;
    else
        literal = true;
}

int JsonListSplitter::ValueScan::next(char c)
{
    if (inString) {
        if (escape)
            escape = false;
        else if (c == '\\')
            escape = true;
        else if (c == '"') {
            inString = false;
            if (nesting == 0)
                return 1;
        }
        return 0;
    }
    if (literal) {
        if (c == ',' || c == '}' || c == ']' || isSpace(c))
            return -1;
        return 0;
    }
    switch (c) {
    case '"':
        inString = true;
        break;
    case '{':
    case '[':
        ++nesting;
        break;
    case '}':
    case ']':
        if (--nesting == 0)
            return 1;
        break;
    default:
        break;
    }
    return 0;
}

JsonListSplitter::JsonListSplitter(QByteArray arrayKey)
    : m_arrayKey(std::move(arrayKey))
    , m_header(QByteArrayLiteral("{"))
{}

bool JsonListSplitter::fail(const QString &why)
{
    m_state = State::Failed;
    m_error = why;
    m_pending.clear();
    return false;
}

void JsonListSplitter::completeMember(qsizetype end)
{
    if (m_header.size() > 1)
        m_header += ',';
    m_header += '"';
    m_header += m_key;
    m_header += "\":";
    m_header += QByteArrayView(m_pending).sliced(m_start - m_base, end - m_start);
    m_memberKeys.append(m_key);
}

bool JsonListSplitter::feed(QByteArrayView bytes, const ElementFn &element)
{
    if (m_state == State::Failed)
        return false;
    const qsizetype from = m_base + m_pending.size(); // absolute offset of bytes[0]
    m_pending.append(bytes.data(), bytes.size());
    const char *data = m_pending.constData();
    const qsizetype end = m_base + m_pending.size();
    for (qsizetype at = from; at < end; ++at) {
        const char c = data[at - m_base];
        switch (m_state) {
        case State::Start:
            if (isSpace(c))
                break;
            if (c != '{')
                return fail(Tr::tr("The list is not a JSON object (byte %1).").arg(at));
            m_state = State::ExpectKey;
            break;
        case State::ExpectKey:
            if (isSpace(c))
                break;
            if (c == '}' && m_memberKeys.isEmpty()) {
                m_state = State::Done;
                break;
            }
            if (c != '"')
                return fail(Tr::tr("A key was expected in the list (byte %1).").arg(at));
            m_start = at + 1;
            m_keyEscape = false;
            m_state = State::InKey;
            break;
        case State::InKey:
            if (m_keyEscape)
                m_keyEscape = false;
            else if (c == '\\')
                m_keyEscape = true;
            else if (c == '"') {
                m_key = QByteArray(data + (m_start - m_base), at - m_start);
                m_state = State::ExpectColon;
            }
            break;
        case State::ExpectColon:
            if (isSpace(c))
                break;
            if (c != ':')
                return fail(Tr::tr("A colon was expected in the list (byte %1).").arg(at));
            m_state = State::ExpectValue;
            break;
        case State::ExpectValue:
            if (isSpace(c))
                break;
            if (c == '[' && m_key == m_arrayKey) {
                m_state = State::InArray;
                break;
            }
            if (c == ',' || c == '}' || c == ']' || c == ':')
                return fail(Tr::tr("A value was expected in the list (byte %1).").arg(at));
            m_start = at;
            m_scan.begin(c);
            m_state = State::InValue;
            break;
        case State::InValue: {
            const int done = m_scan.next(c);
            if (done == 0)
                break;
            completeMember(done > 0 ? at + 1 : at);
            m_state = State::AfterValue;
            if (done > 0)
                break;
            [[fallthrough]]; // the literal's delimiter belongs to what follows
        }
        case State::AfterValue:
            if (isSpace(c))
                break;
            if (c == ',')
                m_state = State::ExpectKey;
            else if (c == '}')
                m_state = State::Done;
            else
                return fail(Tr::tr("A comma was expected in the list (byte %1).").arg(at));
            break;
        case State::InArray:
            if (isSpace(c) || c == ',')
                break;
            if (c == ']') {
                m_memberKeys.append(m_key);
                m_state = State::AfterValue;
                break;
            }
            m_start = at;
            m_scan.begin(c);
            m_state = State::InElement;
            break;
        case State::InElement: {
            // Most bytes of a large list are inside strings of an element: skip to the next
            // quote or backslash at once.
            if (m_scan.inString && !m_scan.escape && c != '"' && c != '\\') {
                const char *p = data + (at - m_base);
                const char *stop = data + (end - m_base);
                while (p < stop && *p != '"' && *p != '\\')
                    ++p;
                if (p == stop) {
                    at = end - 1;
                    break;
                }
                at += p - (data + (at - m_base));
            }
            const char d = data[at - m_base];
            const int done = m_scan.next(d);
            if (done == 0)
                break;
            const qsizetype elementEnd = done > 0 ? at + 1 : at;
            ++m_elements;
            element(QByteArrayView(data + (m_start - m_base), elementEnd - m_start));
            m_state = State::InArray;
            if (done < 0 && d == ']') { // a literal's delimiter belongs to the array
                m_memberKeys.append(m_key);
                m_state = State::AfterValue;
            } else if (done < 0 && d == '}') {
                return fail(Tr::tr("A bracket was expected in the list (byte %1).").arg(at));
            }
            break;
        }
        case State::Done:
            if (!isSpace(c))
                return fail(Tr::tr("The list goes on after its end (byte %1).").arg(at));
            break;
        case State::Failed:
            return false;
        }
    }
    // Keep only what the key, value or element under way still needs.
    qsizetype keep = end;
    if (m_state == State::InKey || m_state == State::InValue || m_state == State::InElement)
        keep = m_start;
    if (keep > m_base) {
        m_pending.remove(0, keep - m_base);
        m_base = keep;
    }
    return true;
}

bool JsonListSplitter::finish()
{
    if (m_state == State::Failed)
        return false;
    if (m_state != State::Done)
        return fail(Tr::tr("The list ended early, after %1 bytes.").arg(m_base + m_pending.size()));
    return true;
}

QJsonObject JsonListSplitter::header() const
{
    return QJsonDocument::fromJson(m_header + '}').object();
}

bool JsonListSplitter::hasMember(QByteArrayView key) const
{
    for (const QByteArray &k : m_memberKeys) {
        if (k == key)
            return true;
    }
    return false;
}

} // namespace scs::kube
