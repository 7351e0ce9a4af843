#include "ui/common/diffview.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace scs::ui {

namespace {

using edit::DiffLine;

struct Colors
{
    QColor added, removed, header, numbers, addedMark, removedMark;
};

Colors colorsFor(const QPalette &palette)
{
    if (palette.color(QPalette::Base).lightness() < 128) {
        return {QColor(0x1f, 0x3d, 0x26), QColor(0x4a, 0x22, 0x22), QColor(0x2a, 0x33, 0x45),
                QColor(0x8a, 0x8a, 0x8a), QColor(0x7c, 0xd9, 0x92), QColor(0xff, 0x8a, 0x80)};
    }
    return {QColor(0xe6, 0xf6, 0xe8), QColor(0xfd, 0xe8, 0xe7), QColor(0xea, 0xef, 0xf7),
            QColor(0x90, 0x90, 0x90), QColor(0x1b, 0x7f, 0x3b), QColor(0xc6, 0x28, 0x28)};
}

constexpr int kNumberWidth = 5;

QString numberText(int n)
{
    return n > 0 ? QString::number(n).rightJustified(kNumberWidth) : QString(kNumberWidth, u' ');
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("diffView"));
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_text->setObjectName(QStringLiteral("diffText"));
    m_text->setAccessibleName(tr("Changes"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_text, 1);
}

void DiffView::setTexts(const QString &oldText, const QString &newText)
{
    setDiff(edit::diffText(oldText, newText));
}

void DiffView::setDiff(const QList<DiffLine> &diff)
{
    m_hunks = edit::diffHunks(diff, m_context);
    m_added = 0;
    m_removed = 0;
    for (const DiffLine &line : diff) {
        if (line.kind == DiffLine::Kind::Added)
            ++m_added;
        else if (line.kind == DiffLine::Kind::Removed)
            ++m_removed;
    }
    render();
}

void DiffView::clear()
{
    m_hunks.clear();
    m_added = m_removed = 0;
    render();
}

QString DiffView::text() const
{
    return m_text->toPlainText();
}

void DiffView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void DiffView::render()
{
    if (m_hunks.isEmpty()) {
        m_summary->setText(tr("No changes: the server would keep the object as it is."));
        m_text->clear();
        m_text->setExtraSelections({});
        return;
    }
    m_summary->setText(tr("%n line(s) added, ", nullptr, m_added)
                       + tr("%n line(s) removed", nullptr, m_removed));

    // One row per line: "  old   new  ±  text"; headers between hunks name what was skipped.
    enum class Row { Header, Same, Added, Removed };
    QStringList rows;
    QList<Row> kinds;
    int lastOld = 0;
    for (const edit::DiffHunk &hunk : std::as_const(m_hunks)) {
        const int firstOld = hunk.oldCount > 0 ? hunk.oldStart : hunk.oldStart + 1;
        const int skipped = firstOld - lastOld - 1;
        QString header = hunk.header();
        if (skipped > 0)
            header += QLatin1String("  ")
                + tr("(%n unchanged line(s) not shown)", nullptr, skipped);
        rows.append(header);
        kinds.append(Row::Header);
        for (const DiffLine &line : hunk.lines) {
            QChar mark = u' ';
            Row kind = Row::Same;
            if (line.kind == DiffLine::Kind::Added) {
                mark = u'+';
                kind = Row::Added;
            } else if (line.kind == DiffLine::Kind::Removed) {
                mark = u'-';
                kind = Row::Removed;
            }
            rows.append(numberText(line.oldLine) + u' ' + numberText(line.newLine) + u' ' + mark
                        + u' ' + line.text);
            kinds.append(kind);
        }
        lastOld = hunk.oldCount > 0 ? hunk.oldStart + hunk.oldCount - 1 : hunk.oldStart;
    }
    m_text->setPlainText(rows.join(u'\n'));

    const Colors colors = colorsFor(m_text->palette());
    QList<QTextEdit::ExtraSelection> selections;
    const int prefix = kNumberWidth * 2 + 2;
    QTextBlock block = m_text->document()->firstBlock();
    for (int i = 0; block.isValid() && i < kinds.size(); ++i, block = block.next()) {
        QTextEdit::ExtraSelection line;
        line.cursor = QTextCursor(block);
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        QColor mark;
        switch (kinds.at(i)) {
        case Row::Header:
            line.format.setBackground(colors.header);
            line.format.setForeground(colors.numbers);
            break;
        case Row::Added:
            line.format.setBackground(colors.added);
            mark = colors.addedMark;
            break;
        case Row::Removed:
            line.format.setBackground(colors.removed);
            mark = colors.removedMark;
            break;
        case Row::Same:
            break;
        }
        if (kinds.at(i) != Row::Same)
            selections.append(line);
        if (kinds.at(i) == Row::Header)
            continue;
        // The line numbers quieter, the +/- in the change's colour.
        QTextEdit::ExtraSelection numbers;
        numbers.cursor = QTextCursor(block);
        numbers.cursor.setPosition(block.position() + prefix, QTextCursor::KeepAnchor);
        numbers.format.setForeground(colors.numbers);
        selections.append(numbers);
        if (mark.isValid()) {
            QTextEdit::ExtraSelection sign;
            sign.cursor = QTextCursor(block);
            sign.cursor.setPosition(block.position() + prefix);
            sign.cursor.setPosition(block.position() + prefix + 1, QTextCursor::KeepAnchor);
            sign.format.setForeground(mark);
            sign.format.setFontWeight(QFont::Bold);
            selections.append(sign);
        }
    }
    m_text->setExtraSelections(selections);
}

} // namespace scs::ui
