#pragma once

#include <QString>
#include <QSyntaxHighlighter>

namespace scs::ui {

// Colours a logs view's lines: the timestamp dimmed, the pod prefix ("[web-1] ") in a colour,
// and every match of the find text marked. Works block by block, so that appending lines
// costs only the new lines.
class LogHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit LogHighlighter(QTextDocument *document);

    void setFindText(const QString &text, Qt::CaseSensitivity cs);
    void setTimestampsShown(bool shown) { m_timestamps = shown; }

protected:
    void highlightBlock(const QString &text) override;

private:
    QString m_find;
    Qt::CaseSensitivity m_case = Qt::CaseInsensitive;
    bool m_timestamps = false;
};

} // namespace scs::ui
