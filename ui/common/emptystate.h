#pragma once

#include <QWidget>

class QLabel;

namespace scs::ui {

// The centred hint a view shows while it has nothing to show ("Sign in to see your tenants").
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(const QString &title, const QString &text, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setText(const QString &text);

private:
    QLabel *m_title;
    QLabel *m_text;
};

} // namespace scs::ui
