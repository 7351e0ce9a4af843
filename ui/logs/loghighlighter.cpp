#include "ui/logs/loghighlighter.h"

#include <QPalette>
#include <QTextCharFormat>

namespace scs::ui {

LogHighlighter::LogHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{}

void LogHighlighter::setFindText(const QString &text, Qt::CaseSensitivity cs)
{
    if (text == m_find && cs == m_case)
        return;
    m_find = text;
    m_case = cs;
    rehighlight();
}

void LogHighlighter::highlightBlock(const QString &text)
{
    qsizetype pos = 0;
    if (m_timestamps) {
        const qsizetype space = text.indexOf(QLatin1Char(' '));
        if (space > 0) {
            QTextCharFormat dim;
            dim.setForeground(QPalette().color(QPalette::Disabled, QPalette::Text));
            setFormat(0, int(space), dim);
            pos = space + 1;
        }
    }
    if (pos < text.size() && text.at(pos) == QLatin1Char('[')) {
        const qsizetype close = text.indexOf(QLatin1Char(']'), pos);
        if (close > pos) {
            QTextCharFormat prefix;
            prefix.setForeground(QColor(0x1e, 0x6f, 0xb8));
            setFormat(int(pos), int(close - pos + 1), prefix);
        }
    }
    if (m_find.isEmpty())
        return;
    QTextCharFormat match;
    match.setBackground(QColor(0xff, 0xe0, 0x66));
    match.setForeground(Qt::black);
    for (qsizetype at = text.indexOf(m_find, 0, m_case); at >= 0;
         at = text.indexOf(m_find, at + m_find.size(), m_case)) {
        setFormat(int(at), int(m_find.size()), match);
    }
}

} // namespace scs::ui
