#pragma once

#include "palette/paletteindex.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListView;

namespace scs::ui {

class PaletteResultsModel;

// The command palette's popup (Ctrl+K): a frameless panel over the top of the main window with
// a line edit and the matches below it, the matched characters in bold. Keyboard driven: typing
// filters, Up/Down/PageUp/PageDown move, Enter opens, Ctrl+Shift+D pins or unpins, Escape
// closes (as does focus leaving it). When the text is a path ("tenant/kind/name"), the first
// row offers to go there. It searches the PaletteIndex it is handed (not owned; set before
// popup()) and only reports what was picked; the controller acts. A child widget of `parent`;
// GUI thread only.
class PalettePopup : public QFrame
{
    Q_OBJECT

public:
    explicit PalettePopup(QWidget *parent);
    ~PalettePopup() override;

    void setIndex(const palette::PaletteIndex *index);
    // Shows the popup over its parent with an empty query, focused.
    void popup();
    void dismiss();

    // A line under the matches: a hint, or why the last pick did not work (`error`).
    void setMessage(const QString &text, bool error);

    [[nodiscard]] QString query() const;
    [[nodiscard]] QLineEdit *lineEdit() const { return m_edit; }
    [[nodiscard]] QListView *listView() const { return m_list; }
    // The rows shown: the index's items (PaletteIndex::Result::item), -1 for the path row.
    [[nodiscard]] QList<int> shownItems() const;
    [[nodiscard]] int currentRow() const;
    // Searches again (the index changed while the popup is open).
    void refresh();
    // The index item of the current row (-1: none, or the path row).
    [[nodiscard]] int currentItem() const;

Q_SIGNALS:
    void itemActivated(int item);
    // The path row: the query text, a path (palette/palettepath.h).
    void pathActivated(const QString &path);
    void pinRequested(int item);
    void dismissed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void activate(int row);
    void moveCurrent(int delta);
    void place();

    const palette::PaletteIndex *m_index = nullptr;
    QLineEdit *m_edit;
    QListView *m_list;
    QLabel *m_message;
    PaletteResultsModel *m_model;
    QPointer<QWidget> m_restoreFocus; // had the focus before popup()
};

} // namespace scs::ui
