#include "ui/palette/palettepopup.h"

#include "palette/palettepath.h"

#include <QAbstractListModel>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QVBoxLayout>

namespace scs::ui {

namespace {

struct Row
{
    int item = -1; // -1: the path row
    QString tag; // "Tenant", "Kind", ...
    QString text;
    QString detail;
    QList<int> positions;
};

enum { TagRole = Qt::UserRole + 1, TextRole, DetailRole, PositionsRole };
constexpr int kVisibleRows = 14;

} // namespace

// The rows the popup shows; reset on every keystroke (at most PaletteIndex::kDefaultCap + 1).
class PaletteResultsModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size())
            return {};
        const Row &row = m_rows.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return row.detail.isEmpty()
                ? QStringLiteral("%1: %2").arg(row.tag, row.text)
                : QStringLiteral("%1: %2 (%3)").arg(row.tag, row.text, row.detail);
        case Qt::ToolTipRole:
            return row.text;
        case TagRole:
            return row.tag;
        case TextRole:
            return row.text;
        case DetailRole:
            return row.detail;
        case PositionsRole:
            return QVariant::fromValue(row.positions);
        default:
            return {};
        }
    }

private:
    QList<Row> m_rows;
};

namespace {

// A row: the kind of item (grey, fixed width), the text with the matched characters in bold,
// and the detail (a shortcut, a kind's name) at the right.
class PaletteDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText
                                                      : QPalette::Text;
        QColor dim = opt.palette.color(textRole);
        dim.setAlphaF(0.6f);
        const QRect r = opt.rect.adjusted(8, 0, -8, 0);
        const QFontMetrics fm(opt.font);
        const int tagWidth = fm.horizontalAdvance(QStringLiteral("Command__"));

        painter->save();
        painter->setFont(opt.font);
        painter->setPen(dim);
        // Shaping text is what painting costs: each string is measured once and elided only
        // when it does not fit.
        const auto fitted = [&fm](const QString &text, Qt::TextElideMode mode, int width) {
            return fm.horizontalAdvance(text) <= width ? text
                                                       : fm.elidedText(text, mode, width);
        };
        const QString tag = index.data(TagRole).toString();
        painter->drawText(QRect(r.left(), r.top(), tagWidth, r.height()),
                          Qt::AlignVCenter | Qt::AlignLeft,
                          fitted(tag, Qt::ElideRight, tagWidth - 4));

        const QString detail = index.data(DetailRole).toString();
        const int detailAdvance = detail.isEmpty() ? 0 : fm.horizontalAdvance(detail);
        const int detailWidth = detail.isEmpty() ? 0 : std::min(detailAdvance + 24, r.width() / 3);
        if (detailWidth > 0) {
            painter->drawText(QRect(r.right() - detailWidth, r.top(), detailWidth, r.height()),
                              Qt::AlignVCenter | Qt::AlignRight,
                              detailAdvance <= detailWidth - 8
                                  ? detail
                                  : fm.elidedText(detail, Qt::ElideRight, detailWidth - 8));
        }

        // The text, elided from the left (the end of a path is what tells rows apart), the
        // matched characters bold in the highlight colour.
        const int textLeft = r.left() + tagWidth;
        const int textWidth = r.right() - detailWidth - textLeft;
        QString text = index.data(TextRole).toString();
        const auto positions = index.data(PositionsRole).value<QList<int>>();
        // Elided, "…" stands for the first `cut` characters: position p is at p - cut + 1.
        qsizetype offset = 0;
        if (fm.horizontalAdvance(text) > textWidth - fm.averageCharWidth()) {
            const QString elided = fm.elidedText(text, Qt::ElideLeft,
                                                 textWidth - fm.averageCharWidth());
            if (elided.size() < text.size()) {
                offset = 1 - (text.size() - (elided.size() - 1));
                text = elided;
            }
        }
        QFont bold = opt.font;
        bold.setBold(true);
        QList<QTextLayout::FormatRange> formats;
        for (int p : positions) {
            const int at = int(p + offset);
            if (at < 0 || at >= text.size() || (offset != 0 && at == 0))
                continue;
            QTextLayout::FormatRange range;
            range.start = at;
            range.length = 1;
            range.format.setFont(bold);
            if (!selected)
                range.format.setForeground(opt.palette.color(QPalette::Link));
            formats.append(range);
        }
        QTextLayout layout(text, opt.font);
        layout.setFormats(formats);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(textWidth);
        layout.endLayout();
        painter->setPen(opt.palette.color(textRole));
        const qreal y = r.top() + (r.height() - line.height()) / 2.0;
        layout.draw(painter, QPointF(textLeft, y));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() * 8 / 5));
        return size;
    }
};

QString tagOf(const palette::PaletteItem &item)
{
    QString tag;
    switch (item.type) {
    case palette::PaletteItem::Type::Action:
        tag = PalettePopup::tr("Command");
        break;
    case palette::PaletteItem::Type::Tenant:
        tag = PalettePopup::tr("Tenant");
        break;
    case palette::PaletteItem::Type::Kind:
        tag = PalettePopup::tr("Kind");
        break;
    case palette::PaletteItem::Type::Object:
        tag = PalettePopup::tr("Object");
        break;
    }
    if (item.origin == palette::PaletteItem::Origin::Favourite)
        tag = QStringLiteral("★ ") + tag;
    return tag;
}

} // namespace

PalettePopup::PalettePopup(QWidget *parent)
    : QFrame(parent)
    , m_edit(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_message(new QLabel(this))
    , m_model(new PaletteResultsModel(this))
{
    setObjectName(QStringLiteral("palettePopup"));
    setAccessibleName(tr("Find anything"));
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Raised);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);

    m_edit->setObjectName(QStringLiteral("paletteEdit"));
    m_edit->setAccessibleName(tr("Find anything"));
    m_edit->setPlaceholderText(tr("Tenants, kinds, objects, commands, or tenant/kind/name"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setAccessibleName(tr("Matches"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new PaletteDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus); // the edit keeps the keyboard; it moves the list
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_message->setObjectName(QStringLiteral("paletteMessage"));
    m_message->setWordWrap(true);
    m_message->setContentsMargins(6, 0, 6, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_edit);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);

    connect(m_edit, &QLineEdit::textChanged, this, &PalettePopup::search);
    connect(m_list, &QListView::clicked, this,
            [this](const QModelIndex &index) { activate(index.row()); });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (isVisible() && now && !isAncestorOf(now) && now != this)
            dismiss();
    });
    setMessage({}, false);
    hide();
}

PalettePopup::~PalettePopup() = default;

void PalettePopup::setIndex(const palette::PaletteIndex *index)
{
    m_index = index;
    if (isVisible())
        search();
}

void PalettePopup::popup()
{
    QWidget *focus = QApplication::focusWidget();
    m_restoreFocus = focus && !isAncestorOf(focus) ? focus : nullptr;
    place();
    setMessage({}, false);
    {
        const QSignalBlocker blocker(m_edit);
        m_edit->clear();
    }
    search();
    show();
    raise();
    m_edit->setFocus(Qt::ShortcutFocusReason);
}

void PalettePopup::dismiss()
{
    if (isHidden())
        return;
    // Closed from the keyboard (the focus is still here): the focus goes back to where it was;
    // closed because the focus went elsewhere: it stays there.
    QWidget *focus = QApplication::focusWidget();
    const bool hadFocus = !focus || focus == this || isAncestorOf(focus);
    hide();
    if (m_restoreFocus && hadFocus)
        m_restoreFocus->setFocus();
    m_restoreFocus = nullptr;
    Q_EMIT dismissed();
}

void PalettePopup::place()
{
    QWidget *host = parentWidget();
    if (!host)
        return;
    const int width = std::min(680, std::max(320, host->width() - 40));
    setGeometry((host->width() - width) / 2, std::min(60, host->height() / 10), width,
                sizeHint().height());
}

void PalettePopup::setMessage(const QString &text, bool error)
{
    QPalette pal = palette();
    if (error) {
        pal.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
        m_message->setText(text);
    } else {
        pal.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
        m_message->setText(text.isEmpty()
                               ? tr("Enter: open · Ctrl+Shift+D: pin or unpin · Esc: close")
                               : text);
    }
    m_message->setPalette(pal);
    m_message->setAccessibleName(m_message->text());
}

QString PalettePopup::query() const
{
    return m_edit->text();
}

QList<int> PalettePopup::shownItems() const
{
    QList<int> items;
    for (const Row &row : m_model->rows())
        items.append(row.item);
    return items;
}

int PalettePopup::currentRow() const
{
    return m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
}

int PalettePopup::currentItem() const
{
    const int row = currentRow();
    return row >= 0 && row < m_model->rows().size() ? m_model->rows().at(row).item : -1;
}

void PalettePopup::refresh()
{
    search();
}

void PalettePopup::search()
{
    const QString query = m_edit->text();
    QList<Row> rows;
    if (palette::PalettePath::parse(query)) {
        rows.append(Row{-1, tr("Go to"), query.trimmed(), {}, {}});
    }
    if (m_index) {
        const auto results = m_index->search(query);
        rows.reserve(rows.size() + results.size());
        for (const auto &result : results) {
            const palette::PaletteItem &item = m_index->item(result.item);
            rows.append(Row{result.item, tagOf(item), item.text, item.detail, result.positions});
        }
    }
    m_model->setRows(std::move(rows));
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    // As tall as the rows (up to kVisibleRows), as quick pickers are: no empty box below.
    const int hinted = m_list->sizeHintForRow(0);
    const int rowHeight = std::max(1, hinted > 0 ? hinted : fontMetrics().height() * 8 / 5);
    const int shown = std::clamp(m_model->rowCount(), 1, kVisibleRows);
    const int listHeight = shown * rowHeight + 2 * m_list->frameWidth();
    if (m_list->height() != listHeight || m_list->minimumHeight() != listHeight) {
        m_list->setFixedHeight(listHeight);
        resize(width(), sizeHint().height());
    }
    if (!m_message->text().isEmpty() && m_message->palette().color(QPalette::WindowText)
                                            == QColor(0xb0, 0x1c, 0x1c)) {
        setMessage({}, false); // an old error does not belong to the new text
    }
}

void PalettePopup::activate(int row)
{
    const auto &rows = m_model->rows();
    if (row < 0 || row >= rows.size())
        return;
    if (rows.at(row).item < 0)
        Q_EMIT pathActivated(rows.at(row).text);
    else
        Q_EMIT itemActivated(rows.at(row).item);
}

void PalettePopup::moveCurrent(int delta)
{
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    const int row = std::clamp(currentRow() + delta, 0, count - 1);
    m_list->setCurrentIndex(m_model->index(row));
    m_list->scrollTo(m_model->index(row));
}

bool PalettePopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int page = std::max(1, m_list->viewport()->height()
                                         / std::max(1, m_list->sizeHintForRow(0)) - 1);
        switch (key->key()) {
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_PageDown:
            moveCurrent(page);
            return true;
        case Qt::Key_PageUp:
            moveCurrent(-page);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            activate(currentRow());
            return true;
        case Qt::Key_Escape:
            dismiss();
            return true;
        case Qt::Key_D:
            if (key->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier)) {
                const int row = currentRow();
                if (row >= 0 && m_model->rows().at(row).item >= 0)
                    Q_EMIT pinRequested(m_model->rows().at(row).item);
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace scs::ui
