#include "ui/common/editor/yamlfindbar.h"

#include "ui/common/editor/yamleditor.h"
#include "ui/common/editor/yamlgutter.h"
#include "ui/common/editor/yamlhighlighter.h"
#include "ui/common/editor/yamltextedit.h"
#include "ui/common/editor/yamltext.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHash>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

#if SCS_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

using namespace Qt::StringLiterals;

namespace scs::ui::detail {

YamlFindBar::YamlFindBar(YamlEditor *owner, YamlTextEdit *edit)
    : QWidget(owner)
    , m_owner(owner)
    , m_edit(edit)
    , m_text(new QLineEdit(this))
    , m_case(new QToolButton(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_count(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"yamlFindBar"_s);
    m_text->setObjectName(u"findText"_s);
    m_text->setPlaceholderText(YamlEditor::tr("Find"));
    m_text->setAccessibleName(YamlEditor::tr("Find"));
    m_text->setClearButtonEnabled(true);
    m_text->installEventFilter(this);
    m_case->setObjectName(u"findMatchCase"_s);
    m_case->setText(u"Aa"_s);
    m_case->setCheckable(true);
    m_case->setToolTip(YamlEditor::tr("Match case"));
    m_case->setAccessibleName(YamlEditor::tr("Match case"));
    m_previous->setObjectName(u"findPrevious"_s);
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(YamlEditor::tr("Previous match (Shift+F3)"));
    m_previous->setAccessibleName(YamlEditor::tr("Previous match"));
    m_next->setObjectName(u"findNext"_s);
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(YamlEditor::tr("Next match (F3)"));
    m_next->setAccessibleName(YamlEditor::tr("Next match"));
    m_count->setObjectName(u"findCount"_s);
    m_count->setMinimumWidth(QFontMetrics(font()).horizontalAdvance(u"0000 of 0000"_s));
    m_close->setObjectName(u"findClose"_s);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(YamlEditor::tr("Close (Esc)"));
    m_close->setAccessibleName(YamlEditor::tr("Close the find bar"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 3, 4, 3);
    layout->setSpacing(4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_case);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_count);
    layout->addStretch();
    layout->addWidget(m_close);

    m_recount.setSingleShot(true);
    m_recount.setInterval(150);
    connect(&m_recount, &QTimer::timeout, this, [this] {
        recount();
        updateLabel();
    });
    connect(m_text, &QLineEdit::textChanged, this, [this] {
        recount();
        // Incremental search: the first match from where the current one starts.
        const QTextCursor c = m_edit->textCursor();
        select(c.hasSelection() ? int(c.selectionStart()) : int(c.position()), true);
    });
    connect(m_case, &QToolButton::toggled, this, [this] {
        recount();
        updateLabel();
    });
    connect(m_previous, &QToolButton::clicked, this, [this] { findPrevious(); });
    connect(m_next, &QToolButton::clicked, this, [this] { findNext(); });
    connect(m_close, &QToolButton::clicked, this, [this] { m_owner->hideFindBar(); });
    watchDocument();
}

void YamlFindBar::watchDocument()
{
    connect(m_edit->document(), &QTextDocument::contentsChanged, this, [this] {
        m_dirty = true;
        if (isVisible())
            m_recount.start();
    });
    m_dirty = true;
    if (isVisible())
        m_recount.start();
}

int YamlFindBar::matchCount()
{
    if (m_dirty)
        recount();
    return int(m_matches.size());
}

bool YamlFindBar::findNext()
{
    const QTextCursor c = m_edit->textCursor();
    return select(c.hasSelection() ? int(c.selectionStart()) + 1 : int(c.position()), true);
}

bool YamlFindBar::findPrevious()
{
    const QTextCursor c = m_edit->textCursor();
    return select(c.hasSelection() ? int(c.selectionStart()) : int(c.position()), false);
}

void YamlFindBar::recount()
{
    m_dirty = false;
    m_matches.clear();
    const QString needle = m_text->text();
    if (needle.isEmpty())
        return;
    // One scan of the plain text (positions equal document positions): fast enough on a
    // 1 MB document, and it yields both the count and "i of n".
    const QString haystack = m_edit->document()->toPlainText();
    const auto cs = m_case->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    for (qsizetype i = haystack.indexOf(needle, 0, cs); i >= 0;
         i = haystack.indexOf(needle, i + 1, cs))
        m_matches.append(int(i));
}

bool YamlFindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && (event->type() == QEvent::KeyPress
                              || event->type() == QEvent::ShortcutOverride)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool ours = key->key() == Qt::Key_Escape || key->key() == Qt::Key_Return
                          || key->key() == Qt::Key_Enter
                          || key->matches(QKeySequence::FindNext)
                          || key->matches(QKeySequence::FindPrevious);
        if (!ours)
            return false;
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept();
            return true;
        }
        if (key->key() == Qt::Key_Escape)
            m_owner->hideFindBar();
        else if ((key->modifiers() & Qt::ShiftModifier)
                 || key->matches(QKeySequence::FindPrevious))
            findPrevious();
        else
            findNext();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool YamlFindBar::select(int from, bool forward)
{
    if (m_dirty)
        recount();
    if (m_matches.isEmpty()) {
        if (!m_text->text().isEmpty()) {
            QTextCursor c = m_edit->textCursor();
            c.clearSelection();
            m_edit->setTextCursor(c);
        }
        m_current = -1;
        updateLabel();
        return false;
    }
    qsizetype index;
    if (forward) {
        index = std::lower_bound(m_matches.cbegin(), m_matches.cend(), from)
                - m_matches.cbegin();
        if (index == m_matches.size())
            index = 0;
    } else {
        index = std::lower_bound(m_matches.cbegin(), m_matches.cend(), from)
                - m_matches.cbegin() - 1;
        if (index < 0)
            index = m_matches.size() - 1;
    }
    m_current = int(index);
    QTextCursor c(m_edit->document());
    c.setPosition(m_matches[index]);
    c.setPosition(m_matches[index] + int(m_text->text().size()), QTextCursor::KeepAnchor);
    m_edit->setTextCursor(c); // unfolds what hides the match (cursorPositionChanged)
    m_edit->centerCursor();
    updateLabel();
    return true;
}

void YamlFindBar::updateLabel()
{
    if (m_text->text().isEmpty()) {
        m_count->clear();
    } else if (m_matches.isEmpty()) {
        m_count->setText(YamlEditor::tr("No matches"));
    } else {
        // Which match is selected, if the selection still is one.
        const QTextCursor c = m_edit->textCursor();
        const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(),
                                         int(c.selectionStart()));
        const bool onMatch = c.hasSelection() && it != m_matches.cend()
                             && *it == c.selectionStart();
        m_count->setText(onMatch ? YamlEditor::tr("%1 of %2")
                                       .arg(it - m_matches.cbegin() + 1)
                                       .arg(m_matches.size())
                                 : YamlEditor::tr("%n match(es)", nullptr,
                                                  int(m_matches.size())));
    }
    QPalette p = m_count->palette();
    p.setColor(QPalette::WindowText,
               m_matches.isEmpty() && !m_text->text().isEmpty()
                   ? severityColour(YamlEditor::Severity::Error, m_owner->isDark())
                   : palette().color(QPalette::WindowText));
    m_count->setPalette(p);
}

} // namespace scs::ui::detail
