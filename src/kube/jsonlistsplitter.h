#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace scs::kube {

// Splits a Kubernetes list body, {"kind":…,"metadata":{…},"items":[{…},{…},…]}, into its
// elements while it arrives, so that a large list is parsed as it streams instead of after the
// last byte (the API server streams the items of compact JSON lists). Only the structure is
// checked here: each element and the header are parsed by QJsonDocument, which reports errors
// inside them.
//
// Bytes are kept only from the start of the element (or member) under way, so memory stays at
// one element plus the header however long the list is.
class JsonListSplitter
{
public:
    using ElementFn = std::function<void(QByteArrayView element)>;

    // `arrayKey`: the top-level member whose array elements are handed out ("items", or "rows"
    // for a Table).
    explicit JsonListSplitter(QByteArray arrayKey = QByteArrayLiteral("items"));

    // Takes the next bytes; `element` is called for every element completed by them (the view
    // is valid during the call only). False once the body is not a JSON object of that shape;
    // error() says why and at which byte.
    bool feed(QByteArrayView bytes, const ElementFn &element);
    // At the end of the body: false unless the top-level object was closed.
    bool finish();

    // The top-level members other than the array, those complete so far, as one object.
    [[nodiscard]] QJsonObject header() const;
    // True once the member `key` of the top-level object is complete (e.g. "metadata").
    [[nodiscard]] bool hasMember(QByteArrayView key) const;
    [[nodiscard]] bool isDone() const { return m_state == State::Done; }
    [[nodiscard]] QString error() const { return m_error; }
    // Elements handed out so far.
    [[nodiscard]] qsizetype elementCount() const { return m_elements; }
    // Bytes held for the element (or member) under way.
    [[nodiscard]] qsizetype bufferedBytes() const { return m_pending.size(); }

private:
    enum class State {
        Start,
        ExpectKey,
        InKey,
        ExpectColon,
        ExpectValue,
        InValue,
        AfterValue,
        InArray,
        InElement,
        Done,
        Failed
    };

    // One JSON value being scanned: nesting and strings, nothing else.
    struct ValueScan
    {
        int nesting = 0;
        bool inString = false;
        bool escape = false;
        bool literal = false; // a number, true, false or null: ends at a delimiter

        void begin(char c);
        // 1: complete including `c`; -1: complete before `c` (a literal's delimiter); 0: not yet
        int next(char c);
    };

    bool fail(const QString &why);
    void completeMember(qsizetype end);

    QByteArray m_arrayKey;
    QByteArray m_pending; // bytes from m_base on that may still be needed
    qsizetype m_base = 0; // absolute offset of m_pending[0] in the body
    qsizetype m_start = 0; // absolute offset of the key, value or element under way
    State m_state = State::Start;
    ValueScan m_scan;
    bool m_keyEscape = false;
    QByteArray m_key; // the current member's key, raw
    QByteArray m_header; // "{" + the complete members, comma-separated
    QList<QByteArray> m_memberKeys;
    qsizetype m_elements = 0;
    QString m_error;
};

} // namespace scs::kube
