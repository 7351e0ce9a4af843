// Status is never shown by colour alone: every state's icon has a shape of its own, the status
// cells carry text, and the colours stay readable (WCAG AA, 4.5:1) on light, dark and
// high-contrast palettes.

#include "accessibilitytesthelpers.h"
#include "ui/common/resourcestatusproxy.h"
#include "ui/common/statusstyle.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QPalette>
#include <QStyle>
#include <QTest>

using namespace scs;
using namespace scs::ui;

namespace {
const QList<StatusKind> kAllKinds{StatusKind::Good, StatusKind::Progressing, StatusKind::Error,
                                  StatusKind::Inactive};

// Where the icon is opaque, as a person who cannot tell the colours apart sees it.
QImage shapeOf(const QIcon &icon)
{
    QImage image = icon.pixmap(12, 12).toImage().convertToFormat(QImage::Format_ARGB32);
    QImage shape(image.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb px = image.pixel(x, y);
            // opaque and light (a white mark) vs opaque and coloured vs transparent
            const int value = qAlpha(px) < 128 ? 0 : (qGray(px) > 200 ? 255 : 128);
            shape.setPixel(x, y, qRgb(value, value, value));
        }
    }
    return shape;
}

QPalette paletteWithBase(const QColor &base, const QColor &text)
{
    QPalette p = QApplication::style()->standardPalette();
    for (const auto role : {QPalette::Window, QPalette::Base})
        p.setColor(role, base);
    for (const auto role : {QPalette::WindowText, QPalette::Text})
        p.setColor(role, text);
    return p;
}
} // namespace

class TestStatusStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void iconsShouldDifferInShapeNotOnlyInColour()
    {
        for (qsizetype i = 0; i < kAllKinds.size(); ++i) {
            for (qsizetype j = i + 1; j < kAllKinds.size(); ++j) {
                QVERIFY2(shapeOf(statusIcon(kAllKinds.at(i)))
                             != shapeOf(statusIcon(kAllKinds.at(j))),
                         qPrintable(QStringLiteral("kinds %1 and %2 differ only in colour")
                                        .arg(int(kAllKinds.at(i)))
                                        .arg(int(kAllKinds.at(j)))));
            }
        }
    }

    void coloursShouldStayReadable_data()
    {
        QTest::addColumn<QColor>("background");
        QTest::newRow("white") << QColor(Qt::white);
        QTest::newRow("light grey") << QColor(0xef, 0xef, 0xef);
        QTest::newRow("dark") << QColor(0x1e, 0x1e, 0x1e);
        QTest::newRow("dark window") << QColor(0x2b, 0x2b, 0x2b);
        QTest::newRow("high contrast black") << QColor(Qt::black);
    }

    void coloursShouldStayReadable()
    {
        QFETCH(QColor, background);
        for (StatusKind kind : kAllKinds) {
            const QColor colour = readableOn(statusColor(kind), background);
            const double ratio = test::contrastRatio(colour, background);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3:1")
                                                  .arg(colour.name(), background.name())
                                                  .arg(ratio, 0, 'f', 2)));
        }
        // The application's palette decides the table cells' status colours.
        const QPalette before = QApplication::palette();
        QApplication::setPalette(paletteWithBase(
            background, background.lightness() < 128 ? Qt::white : Qt::black));
        using H = ResourceStatusProxy::Health;
        for (H health : {H::Good, H::Progressing, H::Bad}) {
            const QColor colour = ResourceStatusProxy::colorOf(health);
            QVERIFY2(test::contrastRatio(colour, background) >= 4.5,
                     qPrintable(colour.name() + QStringLiteral(" on ") + background.name()));
        }
        // A status line (an error under a field) on a window of this colour.
        QWidget window;
        window.setPalette(QApplication::palette());
        QLabel *error = fieldErrorLabel(&window);
        QVERIFY(test::contrastRatio(error->palette().color(QPalette::WindowText), background)
                >= 4.5);
        QApplication::setPalette(before);
    }
};

QTEST_MAIN(TestStatusStyle)
#include "tst_statusstyle.moc"
