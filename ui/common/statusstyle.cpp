#include "ui/common/statusstyle.h"

#include <QGuiApplication>
#include <QHash>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>
#include <cmath>

namespace scs::ui {

namespace {
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
        + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

QColor statusColor(StatusKind kind)
{
    switch (kind) {
    case StatusKind::Good:
        return statuscolor::good;
    case StatusKind::Progressing:
        return statuscolor::progressing;
    case StatusKind::Error:
        return statuscolor::error;
    case StatusKind::Inactive:
        break;
    }
    return statuscolor::inactive;
}

QColor readableOn(const QColor &color, const QColor &background)
{
    // Towards white on a dark background, towards black on a light one, in small steps, so
    // the hue stays recognisable.
    const QColor target = luminance(background) < 0.18 ? QColor(Qt::white) : QColor(Qt::black);
    QColor c = color;
    for (int step = 1; step <= 20 && contrast(c, background) < 4.5; ++step) {
        const double t = step / 20.0;
        c = QColor::fromRgbF(float(color.redF() + (target.redF() - color.redF()) * t),
                             float(color.greenF() + (target.greenF() - color.greenF()) * t),
                             float(color.blueF() + (target.blueF() - color.blueF()) * t));
    }
    return c;
}

QColor readableStatusColor(const QColor &color)
{
    return readableOn(color, QGuiApplication::palette().color(QPalette::Base));
}

void setTextColor(QWidget *label, const QColor &color)
{
    QPalette palette = label->palette();
    const QColor background = label->parentWidget()
        ? label->parentWidget()->palette().color(QPalette::Window)
        : palette.color(QPalette::Window);
    palette.setColor(QPalette::WindowText, readableOn(color, background));
    label->setPalette(palette);
}

void setStatusText(QLabel *label, const QString &text, const QColor &color)
{
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (color.isValid())
        palette.setColor(QPalette::WindowText, readableOn(color, palette.color(QPalette::Window)));
    label->setPalette(palette);
    label->setText(text);
}

QLabel *fieldErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("fieldError"));
    label->setWordWrap(true);
    setTextColor(label, statuscolor::error);
    label->hide();
    return label;
}

QPalette bannerPalette(const QPalette &palette, const QColor &tint)
{
    QPalette result = palette;
    const QColor window = palette.color(QPalette::Window);
    if (luminance(window) < 0.18) {
        // A quarter of the tint's hue over the dark window: visible, text stays the system's.
        const QColor hue = QColor::fromHsl(tint.hslHue(), 160, 128);
        const QColor shade = QColor::fromRgbF(float(window.redF() * 0.8 + hue.redF() * 0.2),
                                              float(window.greenF() * 0.8 + hue.greenF() * 0.2),
                                              float(window.blueF() * 0.8 + hue.blueF() * 0.2));
        result.setColor(QPalette::Window, shade);
        for (const auto role : {QPalette::WindowText, QPalette::ButtonText}) {
            result.setColor(role, readableOn(palette.color(QPalette::WindowText), shade));
        }
        return result;
    }
    result.setColor(QPalette::Window, tint);
    result.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    result.setColor(QPalette::ButtonText, QColor(0x20, 0x20, 0x20));
    return result;
}

QIcon statusIcon(StatusKind kind)
{
    static QHash<int, QIcon> icons;
    if (const auto it = icons.constFind(int(kind)); it != icons.constEnd())
        return *it;
    const QColor color = statusColor(kind);
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF circle(1.5, 1.5, 9, 9);
    QPen mark(Qt::white, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (kind) {
    case StatusKind::Good: // a filled circle with a check
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(circle);
        painter.setPen(mark);
        painter.drawPolyline(QPolygonF({{3.6, 6.2}, {5.3, 7.9}, {8.5, 4.3}}));
        break;
    case StatusKind::Progressing: { // a ring, half filled (under way)
        painter.setPen(QPen(color, 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(circle.adjusted(0.5, 0.5, -0.5, -0.5));
        QPainterPath half;
        half.moveTo(circle.center());
        half.arcTo(circle, 90, 180);
        half.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawPath(half);
        break;
    }
    case StatusKind::Error: // a filled square with a cross
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
        painter.setPen(mark);
        painter.drawLine(QPointF(4, 4), QPointF(8, 8));
        painter.drawLine(QPointF(8, 4), QPointF(4, 8));
        break;
    case StatusKind::Inactive: // a hollow ring
        painter.setPen(QPen(color, 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(circle.adjusted(0.5, 0.5, -0.5, -0.5));
        break;
    }
    painter.end();
    return *icons.insert(int(kind), QIcon(pixmap));
}

} // namespace scs::ui
