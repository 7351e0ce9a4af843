#include "ui/yamlview.h"

#include "ui/jsonyaml.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSyntaxHighlighter>
#include <QVBoxLayout>

namespace scs::ui {

namespace {

// Keys, comments, quoted strings, numbers and booleans; enough to read a Kubernetes object.
class YamlHighlighter : public QSyntaxHighlighter
{
public:
    explicit YamlHighlighter(QTextDocument *document)
        : QSyntaxHighlighter(document)
    {
        m_key.setForeground(QColor(0x1f, 0x5f, 0x9e));
        m_key.setFontWeight(QFont::DemiBold);
        m_string.setForeground(QColor(0x2e, 0x7d, 0x32));
        m_number.setForeground(QColor(0x8e, 0x44, 0xad));
        m_comment.setForeground(QColor(0x80, 0x80, 0x80));
        m_comment.setFontItalic(true);
    }

protected:
    void highlightBlock(const QString &text) override
    {
        static const QRegularExpression key(
            QStringLiteral("^(\\s*(?:- )?)([^:#\\s][^:#]*):(\\s|$)"));
        static const QRegularExpression comment(QStringLiteral("(^|\\s)#.*$"));
        int valueStart = 0;
        if (const auto m = key.match(text); m.hasMatch()) {
            setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), m_key);
            valueStart = int(m.capturedEnd(2)) + 1;
        }
        const QString rest = text.mid(valueStart).trimmed();
        if (!rest.isEmpty()) {
            const int start = int(text.indexOf(rest, valueStart));
            static const QRegularExpression number(
                QStringLiteral("^(-?\\d+(\\.\\d+)?|true|false|null|~)$"));
            if (rest.startsWith(QLatin1Char('"')) || rest.startsWith(QLatin1Char('\'')))
                setFormat(start, int(rest.size()), m_string);
            else if (number.match(rest).hasMatch())
                setFormat(start, int(rest.size()), m_number);
        }
        if (const auto m = comment.match(text); m.hasMatch() && !text.contains(QLatin1Char('"')))
            setFormat(int(m.capturedStart()), int(m.capturedLength()), m_comment);
    }

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_comment;
};

} // namespace

YamlView::YamlView(QWidget *parent)
    : QWidget(parent)
    , m_managedFields(new QCheckBox(tr("Show managed fields"), this))
    , m_editor(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("yamlView"));
    m_managedFields->setObjectName(QStringLiteral("showManagedFields"));
    m_managedFields->setToolTip(
        tr("metadata.managedFields records which client set which field; usually noise"));
    m_editor->setObjectName(QStringLiteral("yamlText"));
    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new YamlHighlighter(m_editor->document());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_managedFields);
    layout->addWidget(m_editor, 1);
    connect(m_managedFields, &QCheckBox::toggled, this, &YamlView::render);
}

void YamlView::setObject(const QJsonObject &object)
{
    const auto uidOf = [](const QJsonObject &o) {
        return o.value(QLatin1String("metadata")).toObject().value(QLatin1String("uid"));
    };
    const bool same = !m_object.isEmpty() && uidOf(m_object) == uidOf(object);
    const int scroll = m_editor->verticalScrollBar()->value();
    m_object = object;
    render();
    if (same)
        m_editor->verticalScrollBar()->setValue(scroll);
}

void YamlView::clear()
{
    m_object = {};
    m_editor->clear();
}

QString YamlView::text() const
{
    return m_editor->toPlainText();
}

void YamlView::render()
{
    if (m_object.isEmpty()) {
        m_editor->clear();
        return;
    }
    m_editor->setPlainText(objectToYaml(m_object, m_managedFields->isChecked()));
}

} // namespace scs::ui
