#pragma once

#include "kube/watcher.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace scs::kube {
class KubeClient;
}

namespace scs::models {
class ResourceTableModel;
}

namespace scs::ui {

class ResourceStatusProxy;

// The events of one object, live: a Watcher on the namespace's events with the field selector
// involvedObject.uid=<uid>, newest first. Owns its watcher and model; the client must outlive
// the pane or be detached first (clear()).
class EventsPane : public QWidget
{
    Q_OBJECT

public:
    explicit EventsPane(QWidget *parent = nullptr);
    ~EventsPane() override;

    // Follows the events of the object `uid` in `namespaceName` (called `name`, for the title).
    void follow(kube::KubeClient *client, const QString &namespaceName, const QString &uid,
                const QString &name);
    void clear();

    [[nodiscard]] models::ResourceTableModel *model() const { return m_model; }
    [[nodiscard]] kube::Watcher *watcher() const { return m_watcher; }
    [[nodiscard]] QString followedUid() const { return m_uid; }

private:
    void updateTitle();

    QLabel *m_title;
    QTableView *m_table;
    models::ResourceTableModel *m_model;
    ResourceStatusProxy *m_status;
    QSortFilterProxyModel *m_sort;
    QPointer<kube::Watcher> m_watcher;
    QString m_uid;
    QString m_name;
};

} // namespace scs::ui
