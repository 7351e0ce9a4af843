#include "ui/common/statusstyle.h"

#include <QHash>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace scs::ui {

QLabel *fieldErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("fieldError"));
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, statuscolor::error);
    label->setPalette(palette);
    label->hide();
    return label;
}

QIcon statusDot(const QColor &color)
{
    static QHash<QRgb, QIcon> icons;
    if (const auto it = icons.constFind(color.rgba()); it != icons.constEnd())
        return *it;
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    painter.end();
    return *icons.insert(color.rgba(), QIcon(pixmap));
}

} // namespace scs::ui
