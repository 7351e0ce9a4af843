#pragma once

#include <QList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace scs::ui {
class YamlEditor;
}

namespace scs::ui::detail {

class YamlTextEdit;

// The find bar below the text: text, match case, previous/next, "i of n", close.
class YamlFindBar final : public QWidget
{
public:
    explicit YamlFindBar(YamlEditor *owner, YamlTextEdit *edit);
    QLineEdit *lineEdit() const { return m_text; }

    int matchCount();
    bool findNext();
    bool findPrevious();
    void recount();
    // Follows the text edit's current document (after the editor swapped in a new one).
    void watchDocument();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Selects the first match at or after `from` (forward) or the last before it (backward),
    // wrapping around; false when there is none.
    bool select(int from, bool forward);
    void updateLabel();

    YamlEditor *m_owner;
    YamlTextEdit *m_edit;
    QLineEdit *m_text;
    QToolButton *m_case;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_count;
    QToolButton *m_close;
    QTimer m_recount;
    QList<int> m_matches;
    int m_current = -1;
    bool m_dirty = true;
};

} // namespace scs::ui::detail
