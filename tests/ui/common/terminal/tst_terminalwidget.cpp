// TerminalWidget offscreen, fed by hand as a program's output would come: text and line
// endings, colours and attributes from SGR sequences, UTF-8 split between writes, the cursor
// moved by escape sequences; keys turned into the bytes a terminal sends (Enter is CR, Ctrl+C
// is ETX, arrows are escape sequences, Tab stays in the terminal); selection and copy; paste
// plain and bracketed (when the program turned mode 2004 on); scrollback bounded; the size in
// cells following the widget's size. Saves a screenshot.
#include "ui/common/terminal/terminalwidget.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace scs::ui;

class TestTerminalWidget : public QObject
{
    Q_OBJECT

private:
    // The bytes the terminal sends for what `act` does.
    static QByteArray sent(TerminalWidget &terminal, const std::function<void()> &act)
    {
        QByteArray bytes;
        const auto c = QObject::connect(&terminal, &TerminalWidget::input, &terminal,
                                        [&bytes](const QByteArray &b) { bytes += b; });
        act();
        QObject::disconnect(c);
        return bytes;
    }

private Q_SLOTS:
    void shouldShowWhatTheProgramWrites()
    {
        TerminalWidget terminal;
        terminal.resize(640, 400);
        terminal.show();
        terminal.write("hello\r\nworld");
        QCOMPARE(terminal.screenText(), QStringLiteral("hello\nworld"));
        terminal.write("\r\x1b[2K\x1b[1;31mred\x1b[0m and \xc3");
        terminal.write("\xa4"); // "ä", its two bytes in two writes
        QCOMPARE(terminal.screenText(), QStringLiteral("hello\nred and ä"));
        terminal.write("\x1b[1;1HH"); // the cursor to the top left, then overwrite
        QCOMPARE(terminal.screenText(), QStringLiteral("Hello\nred and ä"));
        terminal.write("\x1b]0;my title\x07");
        QCOMPARE(terminal.title(), QStringLiteral("my title"));
    }

    void shouldSendKeysAsATerminalDoes()
    {
        QWidget window; // first: it deletes its children, which must not be on the stack
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(new QLineEdit(&window));
        auto *widget = new TerminalWidget(&window);
        layout->addWidget(widget);
        TerminalWidget &terminal = *widget;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        terminal.setFocus();
        QTRY_VERIFY(terminal.hasFocus());
        QCOMPARE(sent(terminal, [&] { QTest::keyClicks(&terminal, "ls -l"); }),
                 QByteArray("ls -l"));
        QCOMPARE(sent(terminal, [&] { QTest::keyClick(&terminal, Qt::Key_Return); }),
                 QByteArray("\r"));
        QCOMPARE(sent(terminal,
                      [&] { QTest::keyClick(&terminal, Qt::Key_C, Qt::ControlModifier); }),
                 QByteArray("\x03"));
        QCOMPARE(sent(terminal, [&] { QTest::keyClick(&terminal, Qt::Key_Up); }),
                 QByteArray("\x1b[A"));
        QCOMPARE(sent(terminal, [&] { QTest::keyClick(&terminal, Qt::Key_Backspace); }),
                 QByteArray("\x7f"));
        QCOMPARE(sent(terminal, [&] { QTest::keyClick(&terminal, Qt::Key_Escape); }),
                 QByteArray("\x1b"));
        QCOMPARE(sent(terminal, [&] { QTest::keyClick(&terminal, Qt::Key_B, Qt::AltModifier); }),
                 QByteArray("\x1b" "b"));
        // Tab completes in the shell; it does not move the focus on.
        QCOMPARE(sent(terminal, [&] { QTest::keyClick(&terminal, Qt::Key_Tab); }),
                 QByteArray("\t"));
        QVERIFY(terminal.hasFocus());
        // Ctrl+Tab leaves it (to the line edit, the only other focusable widget).
        QCOMPARE(sent(terminal,
                      [&] { QTest::keyClick(&terminal, Qt::Key_Tab, Qt::ControlModifier); }),
                 QByteArray());
        QTRY_VERIFY(!terminal.hasFocus());
        terminal.setFocus();
        QTRY_VERIFY(terminal.hasFocus());
        // An application cursor mode (as vim and less ask for) changes what arrows send.
        terminal.write("\x1b[?1h");
        QCOMPARE(sent(terminal, [&] { QTest::keyClick(&terminal, Qt::Key_Up); }),
                 QByteArray("\x1bOA"));
        // Read-only after the session ended: nothing goes out.
        terminal.setReadOnly(true);
        QCOMPARE(sent(terminal, [&] { QTest::keyClicks(&terminal, "x"); }), QByteArray());
    }

    void shouldCopyTheSelectionAndPaste()
    {
        TerminalWidget terminal;
        terminal.resize(640, 400);
        terminal.show();
        QVERIFY(QTest::qWaitForWindowExposed(&terminal));
        terminal.write("first line\r\nsecond line");
        // Drag from the start of "line" on the first row to after "second".
        QFontMetrics metrics(terminal.font());
        const int w = metrics.horizontalAdvance(QLatin1Char('M'));
        const int h = metrics.height();
        QWidget *viewport = terminal.viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, QPoint(6 * w, h / 2));
        QTest::mouseMove(viewport, QPoint(6 * w, h + h / 2));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, QPoint(6 * w, h + h / 2));
        QCOMPARE(terminal.selectedText(), QStringLiteral("line\nsecond"));
        QTest::keyClick(&terminal, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("line\nsecond"));

        // A paste: newlines become CR, as typed Enter would.
        QApplication::clipboard()->setText(QStringLiteral("echo a\necho b"));
        QCOMPARE(sent(terminal,
                      [&] {
                          QTest::keyClick(&terminal, Qt::Key_V,
                                          Qt::ControlModifier | Qt::ShiftModifier);
                      }),
                 QByteArray("echo a\recho b"));
        // With bracketed paste on, the program learns it is a paste (and runs nothing on CR).
        terminal.write("\x1b[?2004h");
        QCOMPARE(sent(terminal, [&] { terminal.paste(); }),
                 QByteArray("\x1b[200~echo a\recho b\x1b[201~"));
    }

    void shouldKeepABoundedScrollback()
    {
        TerminalWidget terminal;
        terminal.setScrollbackLimit(50);
        terminal.resize(640, 400);
        terminal.show();
        const int rows = terminal.rows();
        for (int i = 1; i <= 200; ++i)
            terminal.write(QByteArray::number(i) + "\r\n");
        QCOMPARE(terminal.scrollbackLines(), 50);
        // The screen shows the last lines; the scrollback the 50 before them.
        const QStringList all = terminal.allText().split(QLatin1Char('\n'));
        QCOMPARE(all.constLast(), QStringLiteral("200"));
        QCOMPARE(all.constFirst(), QString::number(200 - (rows - 1) - 50 + 1));
        QVERIFY(terminal.screenText().endsWith(QStringLiteral("199\n200")));
    }

    void shouldReportItsSizeInCells()
    {
        TerminalWidget terminal;
        QSignalSpy sized(&terminal, &TerminalWidget::sizeChanged);
        terminal.resize(400, 200);
        terminal.show();
        QVERIFY(QTest::qWaitForWindowExposed(&terminal));
        const int columns = terminal.columns();
        terminal.resize(800, 400);
        QTRY_VERIFY(!sized.isEmpty());
        QVERIFY(terminal.columns() > columns);
        QCOMPARE(sized.constLast().at(0).toInt(), terminal.columns());
        QCOMPARE(sized.constLast().at(1).toInt(), terminal.rows());
        // A program that draws to the full width wraps where the widget does.
        terminal.write(QByteArray(terminal.columns() + 3, 'x'));
        QCOMPARE(terminal.screenText(),
                 QString(terminal.columns(), QLatin1Char('x')) + QStringLiteral("\nxxx"));
    }

    void shouldDrawColoursAndTheCursor()
    {
        TerminalWidget terminal;
        terminal.resize(560, 200);
        terminal.show();
        QVERIFY(QTest::qWaitForWindowExposed(&terminal));
        terminal.setFocus();
        terminal.write("\x1b[1;32muser@web\x1b[0m:\x1b[1;34m~\x1b[0m$ ls\r\n"
                       "index.html  \x1b[7mreverse\x1b[0m  \x1b[4munderlined\x1b[0m  "
                       "\x1b[38;2;255;128;0mtruecolour\x1b[0m\r\n$ ");
        const QImage image = terminal.viewport()->grab().toImage();
        // Some pixel of the first row is green (the prompt's user@web).
        bool green = false;
        QFontMetrics metrics(terminal.font());
        for (int x = 0; x < 8 * metrics.horizontalAdvance(QLatin1Char('M')) && !green; ++x) {
            for (int y = 0; y < metrics.height() && !green; ++y) {
                const QColor c = image.pixelColor(x, y);
                green = c.green() > 150 && c.red() < 100 && c.blue() < 100;
            }
        }
        QVERIFY(green);
        QVERIFY(!scs::test::saveScreenshot(&terminal, QStringLiteral("terminal-widget")).isEmpty());
    }
};

QTEST_MAIN(TestTerminalWidget)
#include "tst_terminalwidget.moc"
