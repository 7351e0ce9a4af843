#include "ui/common/editor/yamleditor.h"

#include "ui/common/editor/yamlfindbar.h"
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
#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QTextDocument>
#include <QThread>
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

namespace scs::ui {

using detail::IndentWidth;
using detail::severityColour;

namespace {

#if SCS_HAVE_KSYNTAXHIGHLIGHTING
// Loading the definitions reads many files: one repository for the process.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}
#endif

#if !SCS_HAVE_KSYNTAXHIGHLIGHTING
// The first `lines` lines of `text` (all of it when shorter).
QString firstLines(const QString &text, int lines)
{
    qsizetype end = 0;
    for (int i = 0; i < lines; ++i) {
        end = text.indexOf(u'\n', end);
        if (end < 0)
            return text;
        ++end;
    }
    return text.left(end - 1);
}

#endif

} // namespace

// A text being built off the GUI thread. The worker fills `document` and hands it to the GUI
// thread; the editor takes it when the worker has finished, unless a newer setText() replaced
// this load (then the document is deleted with the last reference).
struct YamlEditor::Load
{
    // A dropped document is deleted in its (the GUI) thread, wherever the last reference went.
    struct DeleteLater
    {
        void operator()(QObject *object) const { object->deleteLater(); }
    };
    QString text;
    std::unique_ptr<QTextDocument, DeleteLater> document;
    QPointer<QThread> worker; // deletes itself when it has finished
    QList<std::function<void()>> afterLoad;
};

// ---------------------------------------------------------------------------------------------

YamlEditor::Diagnostic YamlEditor::diagnosticFromError(const scs::Error &error, Severity severity)
{
    return Diagnostic{std::max(error.line, 1), std::max(error.column, 0), error.message, severity};
}

bool YamlEditor::usesKSyntaxHighlighting()
{
#if SCS_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

YamlEditor::YamlEditor(QWidget *parent)
    : QWidget(parent)
    , m_edit(new detail::YamlTextEdit(this))
    , m_gutter(new detail::YamlGutter(this, m_edit))
    , m_findBar(new detail::YamlFindBar(this, m_edit))
    , m_loadingNote(new QLabel(this))
{
    setObjectName(u"yamlEditor"_s);
    // What a screen reader calls the text; an owner with several editors names each through
    // textEdit()->setAccessibleName.
    m_edit->setAccessibleName(tr("YAML"));
    m_findBar->hide();
    m_loadingNote->setObjectName(u"yamlEditorLoading"_s);
    m_loadingNote->setContentsMargins(6, 2, 6, 2);
    m_loadingNote->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_loadingNote);
    layout->addWidget(m_findBar);
    setFocusProxy(m_edit);

    const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_edit->setFont(font);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setTabStopDistance(QFontMetricsF(font).horizontalAdvance(u' ') * IndentWidth);
    m_edit->setTabChangesFocus(false);
    m_edit->layoutGutter();

    m_dark = palette().color(QPalette::Base).lightness() < 128;
#if SCS_HAVE_KSYNTAXHIGHLIGHTING
    {
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_edit->document());
        highlighter->setDefinition(repository().definitionForName(u"YAML"_s));
        m_highlighter = highlighter;
    }
#else
    m_highlighter = new YamlHighlighter(m_edit->document(), m_dark);
#endif

    connect(m_edit, &QPlainTextEdit::blockCountChanged, this,
            [this] { m_edit->layoutGutter(); });
    connect(m_edit, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0)
            highlightVisible(); // scrolled: before the newly shown lines are painted
        if (dy != 0)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    connect(m_edit, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        // Moving into folded text (arrow keys, search, goToLine) shows it.
        m_edit->reveal(m_edit->textCursor().block());
        updateExtraSelections();
        m_gutter->update();
        Q_EMIT cursorPositionChanged(cursorLine(), cursorColumn());
    });
    connect(m_edit, &QPlainTextEdit::textChanged, this, &YamlEditor::textChanged);
    connect(m_edit, &QPlainTextEdit::modificationChanged, this, &YamlEditor::modificationChanged);
    applyPalette();
}

YamlEditor::~YamlEditor()
{
    // QWidget's destructor deletes m_edit (our first child) after this one has run, and
    // QPlainTextEdit emits updateRequest, blockCountChanged, cursorPositionChanged... while it
    // tears its document down; the connections above would then run on a YamlEditor that is
    // gone and on a YamlTextEdit that is half gone (UBSan: member access on a wrong type).
    disconnect(m_edit, nullptr, this, nullptr);
    disconnect(m_edit->document(), nullptr, m_findBar, nullptr);
    // A worker still building a text holds the document until it ends (a few tens of ms).
    if (m_load && m_load->worker)
        m_load->worker->wait();
}

void YamlEditor::setText(const QString &text)
{
    const bool wasLoading = isLoading();
    m_load.reset(); // a text still being built is replaced (its worker's result is dropped)
    m_edit->markers.clear();
    // The gutter's width for the new line count first: a narrower text area afterwards would
    // make Qt lay out every block of the new text again (QPlainTextEdit relayouts the whole
    // document when its viewport's width changes).
    const int lines = int(text.count(u'\n')) + 1;
    m_edit->layoutGutter(lines);
#if SCS_HAVE_KSYNTAXHIGHLIGHTING
    m_edit->setPlainText(text); // also clears undo history and folds (new blocks)
#else
    // Building the QTextDocument of a 1 MB text takes Qt about 60 ms: large texts are built
    // off the GUI thread and shown meanwhile by their first screenful.
    const bool background = text.size() >= BackgroundLoadChars;
    const int shownLines = std::max(
        120, m_edit->viewport()->height() / std::max(1, m_edit->fontMetrics().lineSpacing()) + 20);
    // Highlighting a 1 MB text at once took longer than laying it out; the top (what the view
    // shows) is highlighted now, the rest while the event loop is idle.
    auto *highlighter = static_cast<YamlHighlighter *>(m_highlighter);
    highlighter->setSuspended(true);
    // Also clears undo history and folds (new blocks).
    m_edit->setPlainText(background ? firstLines(text, shownLines) : text);
    highlighter->setSuspended(false);
    highlighter->highlightGradually();
    highlightVisible();
    if (background)
        startLoad(text);
#endif
    m_edit->document()->setModified(false);
    if (wasLoading && !isLoading()) {
        m_loadingNote->hide();
        setReadOnly(m_readOnly);
    }
    updateExtraSelections();
}

void YamlEditor::startLoad(const QString &text)
{
    auto load = std::make_shared<Load>();
    load->text = text;
    // QTextDocument is reentrant: the worker builds it with the text edit's settings, without
    // a layout, and hands it to the GUI thread, where finishLoad() gives it its layout. It also
    // makes each block's QTextLayout (empty, no line laid out), which the text edit would
    // otherwise create for all blocks when it takes the document: a third of the GUI thread's
    // part on a 1 MB text.
    const QTextDocument *current = m_edit->document();
    load->worker = QThread::create([load, gui = thread(), font = current->defaultFont(),
                                    option = current->defaultTextOption(),
                                    margin = current->documentMargin()] {
        auto *document = new QTextDocument;
        document->setDefaultFont(font);
        document->setDefaultTextOption(option); // tab stops, no wrapping
        document->setDocumentMargin(margin);
        document->setPlainText(load->text);
        for (QTextBlock block = document->firstBlock(); block.isValid(); block = block.next())
            block.layout();
        document->moveToThread(gui);
        load->document.reset(document);
    });
    connect(load->worker, &QThread::finished, this, [this, load = std::weak_ptr<Load>(load)] {
        if (!m_load || m_load != load.lock())
            return; // replaced by a newer text
        finishLoad();
    });
    connect(load->worker, &QThread::finished, load->worker, &QObject::deleteLater);
    m_load = load;
    m_edit->setReadOnly(true);
    m_edit->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    // Only texts of thousands of lines get here: no singular needed.
    m_loadingNote->setText(tr("Loading %L1 lines…").arg(int(text.count(u'\n')) + 1));
    m_loadingNote->show();
    load->worker->start();
}

void YamlEditor::finishLoad()
{
#if !SCS_HAVE_KSYNTAXHIGHLIGHTING
    const std::shared_ptr<Load> load = std::exchange(m_load, nullptr);
    QTextDocument *old = m_edit->document();
    QTextDocument *document = load->document.release();
    document->setDocumentLayout(new QPlainTextDocumentLayout(document));
    document->setModified(old->isModified());
    document->setParent(m_edit);
    // Where the reader is in the first screenful stays where it is.
    const int anchor = m_edit->textCursor().anchor();
    const int position = m_edit->textCursor().position();
    const int vertical = m_edit->verticalScrollBar()->value();
    const int horizontal = m_edit->horizontalScrollBar()->value();

    disconnect(old, nullptr, m_findBar, nullptr);
    m_highlighter = nullptr; // a child of the old document
    const QPointer<QTextDocument> oldDocument(old);
    {
        // The text did not change for those who listen: no textChanged, no autosave.
        const QSignalBlocker quiet(m_edit);
        m_edit->setDocument(document); // deletes the document the text edit had made
        delete oldDocument.data(); // one we had swapped in before
        m_highlighter = new YamlHighlighter(document, m_dark);
        static_cast<YamlHighlighter *>(m_highlighter)->highlightGradually();
        QTextCursor cursor(document);
        cursor.setPosition(std::min(anchor, document->characterCount() - 1));
        cursor.setPosition(std::min(position, document->characterCount() - 1),
                           QTextCursor::KeepAnchor);
        m_edit->setTextCursor(cursor);
        m_edit->verticalScrollBar()->setValue(vertical);
        m_edit->horizontalScrollBar()->setValue(horizontal);
        m_edit->setReadOnly(m_readOnly);
        if (m_readOnly)
            m_edit->setTextInteractionFlags(Qt::TextSelectableByKeyboard
                                            | Qt::TextSelectableByMouse);
    }
    highlightVisible();
    m_loadingNote->hide();
    m_edit->layoutGutter();
    m_gutter->update();
    m_edit->viewport()->update();
    m_findBar->watchDocument();
    for (const auto &apply : std::as_const(load->afterLoad))
        apply();
    updateExtraSelections();
    Q_EMIT loaded();
#endif
}

void YamlEditor::whenLoaded(std::function<void()> apply)
{
    if (m_load)
        m_load->afterLoad.append(std::move(apply));
    else
        apply();
}

void YamlEditor::highlightVisible()
{
#if !SCS_HAVE_KSYNTAXHIGHLIGHTING
    auto *highlighter = static_cast<YamlHighlighter *>(m_highlighter);
    if (!highlighter || !highlighter->isPending())
        return;
    // From the first shown block down one viewport's worth of lines (no wrapping; folded
    // blocks are hidden), without laying anything out.
    const QTextBlock first = m_edit->firstVisible();
    const int lines = m_edit->viewport()->height() / std::max(1, m_edit->fontMetrics().lineSpacing())
        + 1;
    QTextBlock last = first;
    int shown = 0;
    for (QTextBlock b = first; b.isValid() && shown <= lines; b = b.next()) {
        if (b.isVisible()) {
            last = b;
            ++shown;
        }
    }
    highlighter->highlightNow(first, last);
#endif
}

QString YamlEditor::text() const
{
    return m_load ? m_load->text : m_edit->toPlainText();
}

bool YamlEditor::isModified() const
{
    return m_edit->document()->isModified();
}

void YamlEditor::setModified(bool modified)
{
    m_edit->document()->setModified(modified);
}

void YamlEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (m_load)
        return; // applied when the text is complete
    m_edit->setReadOnly(readOnly);
    // Keyboard navigation and selection stay possible in a read-only editor.
    if (readOnly)
        m_edit->setTextInteractionFlags(Qt::TextSelectableByKeyboard
                                        | Qt::TextSelectableByMouse);
}

bool YamlEditor::isReadOnly() const
{
    return m_readOnly;
}

int YamlEditor::cursorLine() const
{
    return m_edit->textCursor().blockNumber() + 1;
}

int YamlEditor::cursorColumn() const
{
    return m_edit->textCursor().positionInBlock() + 1;
}

void YamlEditor::goToLine(int line, int column)
{
    if (m_load) {
        whenLoaded([=, this] { goToLine(line, column); });
        return;
    }
    QTextDocument *doc = m_edit->document();
    const QTextBlock block = doc->findBlockByNumber(std::clamp(line, 1, doc->blockCount()) - 1);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(column - 1, 0, block.length() - 1));
    m_edit->reveal(block);
    m_edit->setTextCursor(cursor);
    m_edit->centerCursor();
    m_edit->setFocus(Qt::OtherFocusReason);
}

void YamlEditor::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    if (m_load) {
        whenLoaded([=, this] { setDiagnostics(diagnostics); });
        return;
    }
    m_edit->markers.clear();
    QTextDocument *doc = m_edit->document();
    for (const Diagnostic &d : diagnostics) {
        const QTextBlock block = doc->findBlockByNumber(
            std::clamp(d.line, 1, doc->blockCount()) - 1);
        const QString text = block.text();
        // Underline the token at the column (to the next space), or the line's content.
        int start = yamltext::indentOf(text);
        int end = int(text.size());
        if (d.column > 0) {
            start = std::min(d.column - 1, int(text.size()));
            end = start;
            while (end < text.size() && text[end] != u' ')
                ++end;
            if (end == start && start > 0 && start == text.size())
                --start; // at the end of the line: the last character
        }
        QTextCursor cursor(doc);
        cursor.setPosition(block.position() + start);
        cursor.setPosition(block.position() + end, QTextCursor::KeepAnchor);
        m_edit->markers.append({cursor, d.message, d.severity});
    }
    updateExtraSelections();
    m_gutter->update();
}

void YamlEditor::clearDiagnostics()
{
    setDiagnostics({});
}

QList<YamlEditor::Diagnostic> YamlEditor::diagnostics() const
{
    QList<Diagnostic> result;
    for (const auto &m : m_edit->markers) {
        const QTextBlock block = m.cursor.block();
        result.append({block.blockNumber() + 1,
                       int(m.cursor.selectionStart() - block.position()) + 1, m.message,
                       m.severity});
    }
    return result;
}

QString YamlEditor::toolTipAt(const QPoint &gutterPos) const
{
    const QTextBlock block = m_gutter->blockAt(gutterPos.y());
    if (!block.isValid())
        return {};
    QString tip = m_edit->messagesOf(block).join(u'\n');
    if (tip.isEmpty() && gutterPos.x() >= m_gutter->width() - detail::YamlGutter::FoldWidth
        && m_edit->isFoldable(block))
        tip = detail::YamlTextEdit::isFolded(block) ? tr("Unfold") : tr("Fold");
    return tip;
}

bool YamlEditor::isFoldable(int line) const
{
    return m_edit->isFoldable(m_edit->document()->findBlockByNumber(line - 1));
}

bool YamlEditor::isFolded(int line) const
{
    return detail::YamlTextEdit::isFolded(m_edit->document()->findBlockByNumber(line - 1));
}

bool YamlEditor::fold(int line)
{
    if (m_load) {
        whenLoaded([=, this] { fold(line); });
        return {};
    }
    const QTextBlock block = m_edit->document()->findBlockByNumber(line - 1);
    return block.isValid() && m_edit->fold(block);
}

void YamlEditor::unfold(int line)
{
    if (m_load) {
        whenLoaded([=, this] { unfold(line); });
        return;
    }
    m_edit->unfold(m_edit->document()->findBlockByNumber(line - 1));
}

void YamlEditor::toggleFold(int line)
{
    if (m_load) {
        whenLoaded([=, this] { toggleFold(line); });
        return;
    }
    if (isFolded(line))
        unfold(line);
    else
        fold(line);
}

void YamlEditor::unfoldAll()
{
    if (m_load) {
        whenLoaded([=, this] { unfoldAll(); });
        return;
    }
    m_edit->unfoldAll();
}

int YamlEditor::foldPaths(const QStringList &paths)
{
    if (m_load) {
        whenLoaded([=, this] { foldPaths(paths); });
        return {};
    }
    struct Level
    {
        int column;
        QString key;
    };
    QList<Level> stack;
    int blockScalarParent = -2; // > -2: skipping a block scalar's content deeper than this
    int folded = 0;
    for (QTextBlock b = m_edit->document()->firstBlock(); b.isValid(); b = b.next()) {
        const QString text = b.text();
        const int indent = yamltext::indentOf(text);
        if (blockScalarParent > -2) {
            if (indent == text.size() || indent > blockScalarParent)
                continue;
            blockScalarParent = -2;
        }
        if (yamltext::isBlankOrComment(text))
            continue;
        if (indent == 0 && (text.startsWith(u"---"_s) || text.startsWith(u"..."_s))) {
            stack.clear(); // the next document
            continue;
        }
        const QStringView code = yamltext::code(text);
        const int pos = yamltext::skipDashes(code, indent);
        const int colon = yamltext::keyColon(code, pos);
        if (colon < 0) {
            if (yamltext::isBlockScalarHeader(code.mid(pos)))
                blockScalarParent = pos > indent ? pos - 2 : indent;
            continue;
        }
        while (!stack.isEmpty() && stack.back().column >= pos)
            stack.removeLast();
        stack.append({pos, yamltext::keyName(code, pos, colon)});
        if (yamltext::isBlockScalarHeader(code.mid(colon + 1)))
            blockScalarParent = pos;
        QString path;
        for (const Level &level : std::as_const(stack))
            path += (path.isEmpty() ? QString() : u"."_s) + level.key;
        if (paths.contains(path) && !detail::YamlTextEdit::isFolded(b) && m_edit->fold(b))
            ++folded;
    }
    return folded;
}

void YamlEditor::showFindBar(const QString &text)
{
    m_findBar->show();
    QLineEdit *line = m_findBar->lineEdit();
    if (!text.isEmpty() && !text.contains(QChar::ParagraphSeparator))
        line->setText(text);
    else
        m_findBar->recount();
    line->selectAll();
    line->setFocus(Qt::ShortcutFocusReason);
}

void YamlEditor::hideFindBar()
{
    m_findBar->hide();
    m_edit->setFocus(Qt::OtherFocusReason);
}

bool YamlEditor::isFindBarVisible() const
{
    return m_findBar->isVisibleTo(this);
}

bool YamlEditor::findNext()
{
    return m_findBar->findNext();
}

bool YamlEditor::findPrevious()
{
    return m_findBar->findPrevious();
}

int YamlEditor::findMatchCount() const
{
    return m_findBar->matchCount();
}

QPlainTextEdit *YamlEditor::textEdit() const
{
    return m_edit;
}

QWidget *YamlEditor::gutter() const
{
    return m_gutter;
}

QWidget *YamlEditor::findBar() const
{
    return m_findBar;
}

QRect YamlEditor::diagnosticMarkerRect(int line) const
{
    return m_gutter->markerRect(m_edit->document()->findBlockByNumber(line - 1));
}

QRect YamlEditor::foldMarkerRect(int line) const
{
    return m_gutter->foldRect(m_edit->document()->findBlockByNumber(line - 1));
}

void YamlEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::FontChange)
        m_edit->layoutGutter();
}

void YamlEditor::applyPalette()
{
    // The text sits on Base: a theme with a dark frame may still have light text fields.
    m_dark = palette().color(QPalette::Base).lightness() < 128;
#if SCS_HAVE_KSYNTAXHIGHLIGHTING
    if (auto *highlighter = static_cast<KSyntaxHighlighting::SyntaxHighlighter *>(m_highlighter)) {
        highlighter->setTheme(repository().defaultTheme(
            m_dark ? KSyntaxHighlighting::Repository::DarkTheme
                   : KSyntaxHighlighting::Repository::LightTheme));
        highlighter->rehighlight();
    }
#else
    if (auto *highlighter = static_cast<YamlHighlighter *>(m_highlighter))
        highlighter->setDark(m_dark);
#endif
    updateExtraSelections();
    m_gutter->update();
}

void YamlEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection current;
    QColor line = palette().color(QPalette::Highlight);
    line.setAlphaF(m_dark ? 0.18f : 0.08f);
    current.format.setBackground(line);
    current.format.setProperty(QTextFormat::FullWidthSelection, true);
    current.cursor = m_edit->textCursor();
    current.cursor.clearSelection();
    selections.append(current);
    for (const auto &m : m_edit->markers) {
        QTextEdit::ExtraSelection underline;
        underline.cursor = m.cursor;
        underline.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        underline.format.setUnderlineColor(severityColour(m.severity, m_dark));
        underline.format.setToolTip(m.message);
        selections.append(underline);
    }
    m_edit->setExtraSelections(selections);
}

} // namespace scs::ui
