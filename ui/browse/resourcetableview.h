#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QAction;
class QTableView;
class QTimer;
class QToolBar;

namespace scs::models {
class ResourceTableModel;
}

namespace scs::ui {

class ResourceStatusProxy;

// The live table of one collection: a text filter over all columns, a label selector (applied
// by the server: labelSelectorChanged asks the owner to watch again), sorting by the model's
// SortRole, multi-select, and ages that move on by themselves. While the model is stale (its
// watch lost) a note says since when and the rows are greyed. Does not own the model.
class ResourceTableView : public QWidget
{
    Q_OBJECT

public:
    explicit ResourceTableView(QWidget *parent = nullptr);

    void setModel(models::ResourceTableModel *model);
    [[nodiscard]] models::ResourceTableModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QSortFilterProxyModel *sortFilterProxy() const { return m_sort; }
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }
    [[nodiscard]] QLineEdit *labelSelectorEdit() const { return m_labels; }

    void setTitle(const QString &title);
    void setLabelSelector(const QString &selector);
    // The uids of the selected rows, and of the current row.
    [[nodiscard]] QStringList selectedUids() const;
    [[nodiscard]] QString currentUid() const;
    // Makes the object with `uid` current and selected; false when it is not shown.
    bool selectUid(const QString &uid);

    // An action on the selected objects (Delete, Copy name, Edit, ...): shown in the table's
    // context menu and in the small tool bar above it, in the order added. Its owner keeps it
    // enabled/visible as the selection and the user's rights change (selectionChanged()).
    void addObjectAction(QAction *action);
    void addObjectActionSeparator();
    [[nodiscard]] QToolBar *actionBar() const { return m_actionBar; }

Q_SIGNALS:
    void selectionChanged(); // the selected rows changed (also when rows went away)
    void currentObjectChanged(const QString &uid); // empty: none
    void labelSelectorChanged(const QString &selector);

private:
    void updateCount();
    void updateStale();
    void sizeColumns();

    models::ResourceTableModel *m_model = nullptr;
    ResourceStatusProxy *m_status;
    QSortFilterProxyModel *m_sort;
    QLabel *m_title;
    QLineEdit *m_filter;
    QLineEdit *m_labels;
    QLabel *m_count;
    QLabel *m_stale; // "Stale since ...", while the model's watch is lost
    QToolBar *m_actionBar;
    QTableView *m_table;
    QTimer *m_ages;
    bool m_sized = false; // the columns were fitted to this kind's first rows
};

} // namespace scs::ui
