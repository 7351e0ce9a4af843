#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace scs::ui {

// Marks a start-up milestone (StartupTrace) once `widget` has been painted: on its next paint
// event, after that paint and the flush to the screen are through (queued behind them). Only
// exists while the "scs.startup" category is on; deletes itself after the mark.
class PaintMilestone : public QObject
{
    Q_OBJECT

public:
    static void markAfterNextPaint(QWidget *widget, const QString &milestone,
                                   const QString &detail = {});

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    PaintMilestone(QWidget *widget, const QString &milestone, const QString &detail);

    QString m_milestone;
    QString m_detail;
    bool m_painted = false;
};

} // namespace scs::ui
