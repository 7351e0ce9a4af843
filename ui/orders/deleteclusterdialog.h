#pragma once

#include "orders/clusterstatus.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace scs::ui {

// Delete: the cluster's name must be typed to confirm; Cancel is the default.
class DeleteClusterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DeleteClusterDialog(const orders::ClusterStatus &cluster, QWidget *parent = nullptr);
    [[nodiscard]] QLineEdit *confirmEdit() const { return m_confirm; }
    [[nodiscard]] QPushButton *deleteButton() const { return m_delete; }

private:
    QString m_name;
    QLineEdit *m_confirm;
    QPushButton *m_delete;
};

} // namespace scs::ui
