#include "ui/common/paintmilestone.h"

#include "common/startuptrace.h"

#include <QEvent>
#include <QWidget>

namespace scs::ui {

void PaintMilestone::markAfterNextPaint(QWidget *widget, const QString &milestone,
                                        const QString &detail)
{
    if (widget && StartupTrace::enabled())
        new PaintMilestone(widget, milestone, detail);
}

PaintMilestone::PaintMilestone(QWidget *widget, const QString &milestone, const QString &detail)
    : QObject(widget)
    , m_milestone(milestone)
    , m_detail(detail)
{
    widget->installEventFilter(this);
    widget->update();
}

bool PaintMilestone::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        watched->removeEventFilter(this);
        // Queued: the paint event is handled and the backing store flushed first.
        QMetaObject::invokeMethod(this, [this] {
            StartupTrace::mark(m_milestone, m_detail);
            deleteLater();
        }, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace scs::ui
