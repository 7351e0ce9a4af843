// The YAML editor widget driven with real key and mouse events, offscreen: YAML indentation
// (never a tab), find bar, diagnostics in the margin, folding that keeps the text, the built-in
// highlighter's formats, light and dark palettes. Screenshots go to the test artifacts.

#include "ui/common/editor/yamleditor.h"
#include "ui/common/editor/yamlhighlighter.h"
#include "accessibilitytesthelpers.h"
#include "uitesthelpers.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolTip>

using namespace scs::ui;

namespace {

// `^` marks the cursor in the tables below (`|` is YAML's block scalar indicator).
void setTextWithCursor(YamlEditor &editor, QString text)
{
    const auto at = text.indexOf(QLatin1Char('^'));
    text.remove(at, 1);
    editor.setText(text);
    QTextCursor cursor = editor.textEdit()->textCursor();
    cursor.setPosition(int(at));
    editor.textEdit()->setTextCursor(cursor);
}

QString textWithCursor(const YamlEditor &editor)
{
    QString text = editor.text();
    text.insert(editor.textEdit()->textCursor().position(), QLatin1Char('^'));
    return text;
}

// A kubectl-style object with managedFields and status to fold.
QString claimYaml()
{
    return QStringLiteral(
        "apiVersion: api.scs.community/v1alpha1\n" // 1
        "kind: Cluster\n" // 2
        "metadata:\n" // 3
        "  name: editor-demo\n" // 4
        "  namespace: tenant-a\n" // 5
        "  managedFields:\n" // 6
        "  - apiVersion: api.scs.community/v1alpha1\n" // 7
        "    fieldsType: FieldsV1\n" // 8
        "    manager: kubectl\n" // 9
        "  resourceVersion: \"4711\"\n" // 10
        "spec:\n" // 11
        "  version: \"1.33\" # the Kubernetes minor\n" // 12
        "  paused: false\n" // 13
        "  workers:\n" // 14
        "    replicas: 3\n" // 15
        "  script: |\n" // 16
        "    echo hello: world\n" // 17
        "\n" // 18
        "    exit 0\n" // 19
        "  labels: &common {team: ops, tier: 1}\n" // 20
        "  copy: *common\n" // 21
        "  tagged: !!str 42\n" // 22
        "status:\n" // 23
        "  phase: Provisioned\n" // 24
        "  conditions:\n" // 25
        "  - type: Ready\n" // 26
        "    status: \"True\"\n" // 27
        "---\n" // 28
        "kind: ConfigMap\n" // 29
        "data:\n" // 30
        "  quote: 'it''s: fine' # c\n" // 31
        "  none: null\n" // 32
        "  tilde: ~\n" // 33
        "  hex: 0x1F\n" // 34
        "  float: -1.5e3\n" // 35
        "  list:\n" // 36
        "  - |\n" // 37
        "    key: inside\n" // 38
        "  - 'plain: no'\n"); // 39
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    return p;
}

// High contrast as desktops offer it: white on black, and black on white.
QPalette highContrastPalette(bool dark)
{
    const QColor fg = dark ? Qt::white : Qt::black;
    const QColor bg = dark ? Qt::black : Qt::white;
    QPalette p;
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase,
                            QPalette::Button})
        p.setColor(role, bg);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                            QPalette::PlaceholderText})
        p.setColor(role, fg);
    p.setColor(QPalette::Highlight, dark ? QColor(0xff, 0xff, 0x00) : QColor(0x00, 0x00, 0x80));
    p.setColor(QPalette::HighlightedText, dark ? Qt::black : Qt::white);
    return p;
}

// A desktop theme with a dark window frame but light text fields (the text sits on Base).
QPalette darkWindowLightBasePalette()
{
    QPalette p = darkPalette();
    p.setColor(QPalette::Base, QColor(0xfa, 0xfa, 0xfa));
    p.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    return p;
}

// The foreground the highlighter gave to `column` (0-based) of `line` (1-based).
QColor colourAt(QTextDocument *document, int line, int column)
{
    const QTextBlock block = document->findBlockByNumber(line - 1);
    const auto formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats) {
        if (column >= range.start && column < range.start + range.length)
            return range.format.foreground().color();
    }
    return {};
}

// A Deployment-like object of about 600 KB: many containers with env lists, then a status.
QString largeObject(const QString &name = QStringLiteral("big"))
{
    QString y = QStringLiteral("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: %1\n"
                               "spec:\n  template:\n    spec:\n      containers:\n")
                    .arg(name);
    for (int c = 0; y.size() < 600 * 1024; ++c) {
        y += QStringLiteral("      - name: c%1\n        image: app:1.%1\n        env:\n").arg(c);
        for (int e = 0; e < 20; ++e)
            y += QStringLiteral("        - name: %1_%2_%3\n          value: \"v %3\" # c\n")
                     .arg(e % 5 == 4 ? QStringLiteral("SECRET") : QStringLiteral("VAR"))
                     .arg(c)
                     .arg(e);
    }
    y += QStringLiteral("status:\n  replicas: 3\n  readyReplicas: 3\n");
    return y;
}

} // namespace

class TestYamlEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void shouldIndentLikeYaml_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<QString>("after");
        const int none = Qt::NoModifier;
        QTest::newRow("enter keeps the indentation")
            << "spec:\n  a: 1^" << int(Qt::Key_Return) << none << "spec:\n  a: 1\n  ^";
        QTest::newRow("enter after key: indents")
            << "spec:^" << int(Qt::Key_Return) << none << "spec:\n  ^";
        QTest::newRow("enter after key: with a comment indents")
            << "spec: # c^" << int(Qt::Key_Return) << none << "spec: # c\n  ^";
        QTest::newRow("enter after - key: indents below the key")
            << "  - env:^" << int(Qt::Key_Return) << none << "  - env:\n      ^";
        QTest::newRow("enter after an item continues at its content")
            << "  - name: x^" << int(Qt::Key_Return) << none << "  - name: x\n    ^";
        QTest::newRow("enter after a bare dash")
            << "-^" << int(Qt::Key_Return) << none << "-\n  ^";
        QTest::newRow("enter after a block scalar header")
            << "  script: |-^" << int(Qt::Key_Return) << none << "  script: |-\n    ^";
        QTest::newRow("enter after a quoted colon does not indent")
            << "a: \"x:\"^" << int(Qt::Key_Return) << none << "a: \"x:\"\n^";
        QTest::newRow("enter after a document marker")
            << "---^" << int(Qt::Key_Return) << none << "---\n^";
        QTest::newRow("enter in the middle drops the spaces it splits")
            << "  a:^  b" << int(Qt::Key_Return) << none << "  a:\n    ^b";
        QTest::newRow("keypad enter too")
            << "spec:^" << int(Qt::Key_Enter) << int(Qt::KeypadModifier) << "spec:\n  ^";
        QTest::newRow("tab inserts two spaces")
            << "^a: 1" << int(Qt::Key_Tab) << none << "  ^a: 1";
        QTest::newRow("tab aligns to two columns")
            << " ^a: 1" << int(Qt::Key_Tab) << none << "  ^a: 1";
        QTest::newRow("tab after text")
            << "a:^" << int(Qt::Key_Tab) << none << "a:  ^";
        QTest::newRow("shift+tab dedents the line")
            << "    a: 1^" << int(Qt::Key_Backtab) << int(Qt::ShiftModifier) << "  a: 1^";
        QTest::newRow("shift+tab at column 0 does nothing")
            << "^a: 1" << int(Qt::Key_Backtab) << int(Qt::ShiftModifier) << "^a: 1";
        QTest::newRow("backspace in the indentation dedents")
            << "    ^a" << int(Qt::Key_Backspace) << none << "  ^a";
        QTest::newRow("backspace aligns an odd indentation")
            << "   ^a" << int(Qt::Key_Backspace) << none << "  ^a";
        QTest::newRow("backspace after text deletes one character")
            << "  ab^" << int(Qt::Key_Backspace) << none << "  a^";
    }

    void shouldIndentLikeYaml()
    {
        QFETCH(QString, before);
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(QString, after);
        YamlEditor editor;
        setTextWithCursor(editor, before);
        QTest::keyClick(editor.textEdit(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QCOMPARE(textWithCursor(editor), after);
        QVERIFY(editor.isModified() || before == after);
    }

    void shouldIndentAndDedentASelectionAsABlock()
    {
        YamlEditor editor;
        editor.setText(QStringLiteral("a:\nb:\n\n  c: 1\nd: 2"));
        QTextCursor cursor(editor.textEdit()->document());
        cursor.setPosition(1);
        cursor.setPosition(editor.text().indexOf(QLatin1String("c:")), QTextCursor::KeepAnchor);
        editor.textEdit()->setTextCursor(cursor);
        QTest::keyClick(editor.textEdit(), Qt::Key_Tab);
        QCOMPARE(editor.text(), QStringLiteral("  a:\n  b:\n\n    c: 1\nd: 2"));
        QTest::keyClick(editor.textEdit(), Qt::Key_Tab);
        QCOMPARE(editor.text(), QStringLiteral("    a:\n    b:\n\n      c: 1\nd: 2"));
        QTest::keyClick(editor.textEdit(), Qt::Key_Backtab, Qt::ShiftModifier);
        QTest::keyClick(editor.textEdit(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(editor.text(), QStringLiteral("a:\nb:\n\n  c: 1\nd: 2"));
        // A selection inside one line indents that line and keeps its text.
        QTextCursor word(editor.textEdit()->document());
        word.setPosition(editor.text().indexOf(QLatin1String("c: 1")));
        word.setPosition(word.position() + 1, QTextCursor::KeepAnchor);
        editor.textEdit()->setTextCursor(word);
        QTest::keyClick(editor.textEdit(), Qt::Key_Tab);
        QCOMPARE(editor.text(), QStringLiteral("a:\nb:\n\n    c: 1\nd: 2"));
        editor.textEdit()->undo();
        // One undo step per shift.
        editor.textEdit()->undo();
        QCOMPARE(editor.text(), QStringLiteral("  a:\n  b:\n\n    c: 1\nd: 2"));
    }

    void shouldNeverInsertATab()
    {
        YamlEditor editor;
        editor.setText(QStringLiteral("spec:\n  a: 1\n"));
        editor.goToLine(2, 3);
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(editor.textEdit(), Qt::Key_Tab);
        editor.goToLine(1, 1);
        QTest::keyClick(editor.textEdit(), Qt::Key_Tab);
        QTest::keyClicks(editor.textEdit(), QStringLiteral("x"));
        // Pasted indentation with tabs becomes spaces.
        QMimeData data;
        data.setText(QStringLiteral("b:\n\tc: 1\n\t\td: \"keep\"\n"));
        editor.goToLine(3, 1);
        editor.textEdit()->insertPlainText(QString()); // no-op, keeps the cursor
        QApplication::clipboard()->setMimeData(new QMimeData);
        QApplication::clipboard()->setText(data.text());
        editor.textEdit()->paste();
        QVERIFY2(!editor.text().contains(QLatin1Char('\t')), qPrintable(editor.text()));
        QVERIFY2(editor.text().endsWith(QStringLiteral("b:\n  c: 1\n    d: \"keep\"\n")),
                 qPrintable(editor.text()));
    }

    void shouldNotEditWhenReadOnly()
    {
        YamlEditor editor;
        editor.setText(QStringLiteral("spec:\n"));
        editor.setReadOnly(true);
        QVERIFY(editor.isReadOnly());
        QTest::keyClick(editor.textEdit(), Qt::Key_Tab);
        QTest::keyClick(editor.textEdit(), Qt::Key_Return);
        QTest::keyClicks(editor.textEdit(), QStringLiteral("x"));
        QCOMPARE(editor.text(), QStringLiteral("spec:\n"));
        QVERIFY(!editor.isModified());
    }

    void shouldReportModificationAndKeepUndo()
    {
        YamlEditor editor;
        editor.setText(claimYaml());
        QSignalSpy modified(&editor, &YamlEditor::modificationChanged);
        QVERIFY(!editor.isModified());
        editor.goToLine(12, 17);
        QTest::keyClicks(editor.textEdit(), QStringLiteral("4"));
        QVERIFY(editor.isModified());
        QCOMPARE(modified.size(), 1);
        QVERIFY(editor.text().contains(QStringLiteral("version: \"1.334\"")));
        editor.textEdit()->undo();
        QCOMPARE(editor.text(), claimYaml());
        QVERIFY(!editor.isModified());
        editor.setText(QStringLiteral("a: 1\n"));
        QVERIFY(!editor.textEdit()->document()->isUndoAvailable());
    }

    void shouldFindCountAndStep()
    {
        YamlEditor editor;
        editor.resize(600, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setText(claimYaml());
        editor.textEdit()->setFocus();
        QVERIFY(!editor.isFindBarVisible());
        QTest::keyClick(editor.textEdit(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(editor.isFindBarVisible());
        auto *line = editor.findBar()->findChild<QLineEdit *>(QStringLiteral("findText"));
        auto *count = editor.findBar()->findChild<QLabel *>(QStringLiteral("findCount"));
        QVERIFY(line && count);
        QTest::keyClicks(line, QStringLiteral("apiversion"));
        QCOMPARE(editor.findMatchCount(), 2); // case-insensitive by default
        QCOMPARE(editor.cursorLine(), 1);
        QCOMPARE(count->text(), QStringLiteral("1 of 2"));
        QTest::keyClick(line, Qt::Key_Return);
        QCOMPARE(editor.cursorLine(), 7);
        QCOMPARE(count->text(), QStringLiteral("2 of 2"));
        QTest::keyClick(line, Qt::Key_F3);
        QCOMPARE(editor.cursorLine(), 1); // wraps around
        QTest::keyClick(line, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(editor.cursorLine(), 7);
        scs::test::saveScreenshot(&editor, QStringLiteral("yamleditor-find"));

        auto *matchCase = editor.findBar()->findChild<QAbstractButton *>(
            QStringLiteral("findMatchCase"));
        QVERIFY(matchCase);
        matchCase->click();
        QCOMPARE(editor.findMatchCount(), 0);
        QCOMPARE(count->text(), QStringLiteral("No matches"));
        QVERIFY(!editor.findNext());
        line->setText(QStringLiteral("apiVersion"));
        QCOMPARE(editor.findMatchCount(), 2);

        // Editing updates the count; Esc closes the bar and gives the text back its focus.
        editor.goToLine(29, 1);
        QTest::keyClicks(editor.textEdit(), QStringLiteral("apiVersion: v1"));
        QTest::keyClick(editor.textEdit(), Qt::Key_Return);
        QCOMPARE(editor.findMatchCount(), 3);
        QTest::keyClick(line, Qt::Key_Escape);
        QVERIFY(!editor.isFindBarVisible());
        // F3 with the bar closed still finds the last text.
        editor.goToLine(2, 1);
        QTest::keyClick(editor.textEdit(), Qt::Key_F3);
        QCOMPARE(editor.cursorLine(), 7);
        QTest::keyClick(editor.textEdit(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(editor.cursorLine(), 1);
    }

    void shouldShowDiagnosticsInTheMargin()
    {
        YamlEditor editor;
        editor.resize(640, 420);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setText(claimYaml());
        const QString message = QStringLiteral("spec.version: must be a string like \"1.33\"");
        editor.setDiagnostics({{12, 12, message, YamlEditor::Severity::Error},
                               {15, 15, QStringLiteral("replicas above quota"),
                                YamlEditor::Severity::Warning}});
        const QRect marker = editor.diagnosticMarkerRect(12);
        QVERIFY(!marker.isEmpty());
        QCOMPARE(editor.toolTipAt(marker.center()), message);
        QCOMPARE(editor.toolTipAt(editor.diagnosticMarkerRect(15).center()),
                 QStringLiteral("replicas above quota"));
        QCOMPARE(editor.toolTipAt(editor.diagnosticMarkerRect(13).center()), QString());

        // The real tool tip event on the gutter.
        QHelpEvent help(QEvent::ToolTip, marker.center(),
                        editor.gutter()->mapToGlobal(marker.center()));
        QApplication::sendEvent(editor.gutter(), &help);
        QTRY_COMPARE(QToolTip::text(), message);
        QToolTip::hideText();

        // The underline is a wavy one from the column.
        bool wavy = false;
        for (const auto &selection : editor.textEdit()->extraSelections()) {
            if (selection.format.underlineStyle() == QTextCharFormat::WaveUnderline) {
                wavy = wavy || (selection.cursor.selectedText() == QStringLiteral("\"1.33\"")
                                && selection.cursor.blockNumber() == 11);
            }
        }
        QVERIFY(wavy);

        // Markers follow edits above them.
        editor.goToLine(1, 1);
        QTest::keyClick(editor.textEdit(), Qt::Key_Return);
        QCOMPARE(editor.diagnostics().first().line, 13);
        QCOMPARE(editor.diagnostics().first().column, 12);
        editor.textEdit()->undo();
        editor.goToLine(12, 12);
        editor.textEdit()->verticalScrollBar()->setValue(0);
        scs::test::saveScreenshot(&editor, QStringLiteral("yamleditor-error-light"));

        editor.clearDiagnostics();
        QCOMPARE(editor.toolTipAt(marker.center()), QString());
        const auto fromError = YamlEditor::diagnosticFromError(
            scs::Error{scs::Error::Kind::Parse, QStringLiteral("bad"), {}, {}, {}, 0, 0});
        QCOMPARE(fromError.line, 1);
    }

    void shouldFoldPathsAndKeepTheText()
    {
        YamlEditor editor;
        editor.resize(640, 420);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setText(claimYaml());
        QVERIFY(editor.isFoldable(3));
        QVERIFY(editor.isFoldable(6)); // a compact sequence under managedFields
        QVERIFY(editor.isFoldable(16)); // the block scalar
        QVERIFY(!editor.isFoldable(4));
        QVERIFY(!editor.isFoldable(28));

        QSignalSpy changed(&editor, &YamlEditor::textChanged);
        QCOMPARE(editor.foldPaths({QStringLiteral("metadata.managedFields"),
                                   QStringLiteral("status")}),
                 2);
        QCOMPARE(changed.size(), 0); // folding is not an edit
        QCOMPARE(editor.text(), claimYaml());
        QVERIFY(!editor.isModified());
        QVERIFY(editor.isFolded(6));
        QVERIFY(editor.isFolded(23));
        QTextDocument *doc = editor.textEdit()->document();
        QList<int> hidden;
        for (QTextBlock b = doc->firstBlock(); b.isValid(); b = b.next()) {
            if (!b.isVisible())
                hidden << b.blockNumber() + 1;
        }
        QCOMPARE(hidden, (QList<int>{7, 8, 9, 24, 25, 26, 27}));
        scs::test::saveScreenshot(&editor, QStringLiteral("yamleditor-folded"));

        // The gutter's triangle unfolds, and folds again.
        QTest::mouseClick(editor.gutter(), Qt::LeftButton, {}, editor.foldMarkerRect(23).center());
        QVERIFY(!editor.isFolded(23));
        QTest::mouseClick(editor.gutter(), Qt::LeftButton, {}, editor.foldMarkerRect(23).center());
        QVERIFY(editor.isFolded(23));
        QCOMPARE(editor.toolTipAt(editor.foldMarkerRect(23).center()), QStringLiteral("Unfold"));

        // Down on a folded line steps over what it hides (as in other editors).
        editor.goToLine(6, 3);
        QVERIFY(editor.isFolded(6));
        QTest::keyClick(editor.textEdit(), Qt::Key_Down);
        QCOMPARE(editor.cursorLine(), 10);
        QVERIFY(editor.isFolded(6));
        QTest::keyClick(editor.textEdit(), Qt::Key_Up);
        QCOMPARE(editor.cursorLine(), 6);
        QVERIFY(editor.isFolded(6));

        // Moving the cursor into folded text unfolds it.
        editor.goToLine(8, 5);
        QVERIFY(!editor.isFolded(6));
        QVERIFY(doc->findBlockByNumber(7).isVisible());
        editor.goToLine(23, 8);
        QTest::keyClick(editor.textEdit(), Qt::Key_Right); // into line 24
        QCOMPARE(editor.cursorLine(), 24);
        QVERIFY(!editor.isFolded(23));

        // Typing at the end of a folded line unfolds before it edits.
        editor.fold(14);
        editor.goToLine(14, 11);
        QTest::keyClick(editor.textEdit(), Qt::Key_Return);
        QVERIFY(!editor.isFolded(14));
        QCOMPARE(editor.text().section(QLatin1Char('\n'), 13, 15),
                 QStringLiteral("  workers:\n    \n    replicas: 3"));
        editor.textEdit()->undo();
        editor.fold(14);
        editor.goToLine(14, 4);
        QTest::keyClick(editor.textEdit(), Qt::Key_Return);
        QVERIFY(!editor.isFolded(14));
        QVERIFY(!editor.isFolded(15));
        QCOMPARE(editor.text().section(QLatin1Char('\n'), 13, 15),
                 QStringLiteral("  w\n  orkers:\n    replicas: 3"));

        // A top-level key in every document; an unknown path folds nothing.
        editor.setText(claimYaml() + QStringLiteral("---\nstatus:\n  phase: x\n"));
        QCOMPARE(editor.foldTopLevelKeys({QStringLiteral("status")}), 2);
        QCOMPARE(editor.foldPaths({QStringLiteral("spec.nothing")}), 0);
        editor.unfoldAll();
        QVERIFY(!editor.isFolded(23));
        // A block scalar's content is not a key path.
        editor.setText(QStringLiteral("data:\n  script: |\n    status:\n      x: 1\n"));
        QCOMPARE(editor.foldPaths({QStringLiteral("status")}), 0);
    }

    void shouldHighlightYaml_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("kind");
        using K = YamlHighlighter::Kind;
        QTest::newRow("key") << 1 << 0 << int(K::Key);
        QTest::newRow("nested key") << 4 << 2 << int(K::Key);
        QTest::newRow("key after a dash") << 7 << 4 << int(K::Key);
        QTest::newRow("dash") << 7 << 2 << int(K::Indicator);
        QTest::newRow("double-quoted string") << 10 << 20 << int(K::String);
        QTest::newRow("comment") << 12 << 20 << int(K::Comment);
        QTest::newRow("boolean") << 13 << 10 << int(K::Literal);
        QTest::newRow("number") << 15 << 14 << int(K::Number);
        QTest::newRow("block scalar indicator") << 16 << 10 << int(K::BlockScalar);
        QTest::newRow("block scalar content, not a key") << 17 << 6 << int(K::BlockScalar);
        QTest::newRow("block scalar after a blank line") << 19 << 5 << int(K::BlockScalar);
        QTest::newRow("anchor") << 20 << 11 << int(K::Anchor);
        QTest::newRow("flow key") << 20 << 20 << int(K::Key);
        QTest::newRow("flow number") << 20 << 36 << int(K::Number);
        QTest::newRow("alias") << 21 << 9 << int(K::Anchor);
        QTest::newRow("tag") << 22 << 10 << int(K::Tag);
        QTest::newRow("number after a tag") << 22 << 16 << int(K::Number);
        QTest::newRow("key after the block scalar") << 23 << 0 << int(K::Key);
        QTest::newRow("document marker") << 28 << 1 << int(K::DocumentMarker);
        QTest::newRow("single-quoted with '' and a colon") << 31 << 14 << int(K::String);
        QTest::newRow("comment after a single-quoted string") << 31 << 24 << int(K::Comment);
        QTest::newRow("null") << 32 << 8 << int(K::Literal);
        QTest::newRow("tilde") << 33 << 9 << int(K::Literal);
        QTest::newRow("hex number") << 34 << 8 << int(K::Number);
        QTest::newRow("float with exponent") << 35 << 11 << int(K::Number);
        QTest::newRow("block scalar in a sequence") << 38 << 4 << int(K::BlockScalar);
        QTest::newRow("quoted item after it") << 39 << 6 << int(K::String);
    }

    void shouldHighlightYaml()
    {
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(int, kind);
        QTextDocument document(claimYaml());
        YamlHighlighter highlighter(&document);
        highlighter.rehighlight(); // else on the next event loop turn
        const QColor expected =
            highlighter.format(YamlHighlighter::Kind(kind)).foreground().color();
        QCOMPARE(colourAt(&document, line, column), expected);
    }

    void shouldLeavePlainScalarsPlain()
    {
        QTextDocument document(
            QStringLiteral("name: editor-demo\nversion: 1.33.0\nurl: http://x:8080\nflag: yes\n"));
        YamlHighlighter highlighter(&document);
        highlighter.rehighlight();
        QCOMPARE(colourAt(&document, 1, 8), QColor());
        QCOMPARE(colourAt(&document, 2, 10), QColor()); // not a number
        QCOMPARE(colourAt(&document, 3, 6), QColor()); // "http:" is not a key
        QCOMPARE(colourAt(&document, 4, 7), QColor()); // YAML 1.1's yes stays a string
    }

    void shouldFollowAKeystrokeInTheHighlighting()
    {
        YamlEditor editor;
        auto *highlighter = qobject_cast<YamlHighlighter *>(editor.highlighter());
        if (!highlighter)
            QSKIP("built with KSyntaxHighlighting");
        editor.setText(QStringLiteral("a: |\n  text: x\nb: 1\n"));
        QTextDocument *doc = editor.textEdit()->document();
        const QColor key = highlighter->format(YamlHighlighter::Kind::Key).foreground().color();
        QVERIFY(colourAt(doc, 2, 3) != key);
        // Removing the block scalar header makes line 2 a key again.
        editor.goToLine(1, 4);
        QTest::keyClick(editor.textEdit(), Qt::Key_Backspace);
        QCOMPARE(colourAt(doc, 2, 3), key);
    }

    // A large text is highlighted where the view shows it at once and the rest in idle slices;
    // edits made meanwhile (above and below where the slices are) end up highlighted exactly as
    // if the whole final text had been highlighted at once.
    void shouldHighlightALargeTextGraduallyAndFollowEditsMeanwhile()
    {
        YamlEditor editor;
        auto *highlighter = qobject_cast<YamlHighlighter *>(editor.highlighter());
        if (!highlighter)
            QSKIP("built with KSyntaxHighlighting");
        editor.resize(640, 420);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QString text;
        for (int i = 0; i < 3000; ++i) // 18,000 lines, each item with a block scalar
            text += QStringLiteral("item%1:\n  script: |\n    echo: %1\n    more: text\n"
                                   "  value: %1\n  name: \"n%1\" # c\n")
                        .arg(i);
        QTextDocument *doc = editor.textEdit()->document();
        const QColor key = highlighter->format(YamlHighlighter::Kind::Key).foreground().color();
        const QColor scalar =
            highlighter->format(YamlHighlighter::Kind::BlockScalar).foreground().color();
        QSignalSpy finished(highlighter, &YamlHighlighter::finished);

        editor.setText(text);
        // The top at once, the end not yet.
        QVERIFY(highlighter->isPending());
        QCOMPARE(colourAt(doc, 1, 0), key);
        QCOMPARE(colourAt(doc, 3, 5), scalar);
        QVERIFY(doc->findBlockByNumber(17990).layout()->formats().isEmpty());

        // Below the slices: item 2500's block scalar header loses its `|`, so its lines are
        // keys from now on; shown at once (goToLine scrolls there), the slices redo them.
        const int header = 2500 * 6 + 2; // 1-based line of "  script: |"
        editor.goToLine(header, 12);
        QTest::keyClick(editor.textEdit(), Qt::Key_Backspace);
        QCOMPARE(colourAt(doc, header + 1, 4), key);
        QCOMPARE(colourAt(doc, header + 7, 5), scalar); // the next item's scalar
        // A new line far down, typed before the slices got there.
        editor.goToLine(17000, 1);
        QTest::keyClicks(editor.textEdit(), QStringLiteral("zz: 1"));
        QTest::keyClick(editor.textEdit(), Qt::Key_Return);
        QCOMPARE(colourAt(doc, 17000, 0), key);
        // Above the slices: the first item becomes a block scalar, its lines the content.
        editor.goToLine(1, 7);
        QTest::keyClicks(editor.textEdit(), QStringLiteral(" |"));
        QCOMPARE(colourAt(doc, 2, 4), scalar);
        QCOMPARE(colourAt(doc, 7, 0), key); // item1: again
        QVERIFY(highlighter->isPending());

        QVERIFY(finished.wait(10000));
        QVERIFY(!highlighter->isPending());
        // Exactly what highlighting the final text at once gives, block by block.
        QTextDocument reference(editor.text());
        YamlHighlighter all(&reference);
        all.rehighlight();
        QCOMPARE(doc->blockCount(), reference.blockCount());
        QTextBlock b = doc->firstBlock();
        for (QTextBlock r = reference.firstBlock(); r.isValid(); r = r.next(), b = b.next()) {
            QVERIFY2(b.layout()->formats() == r.layout()->formats()
                         && b.userState() == r.userState(),
                     qPrintable(QStringLiteral("line %1: %2")
                                    .arg(r.blockNumber() + 1)
                                    .arg(r.text())));
        }
        QCOMPARE(finished.size(), 1);
    }

    // A text of BackgroundLoadChars and more is built off the GUI thread: the first screenful
    // shows at once, read-only, with a note; text() is the whole text from the start; keys
    // typed meanwhile change nothing; what was asked meanwhile (folds, diagnostics, modified)
    // applies to the complete text, which is then identical, editable and undoable.
    void shouldLoadALargeTextOffTheGuiThreadCompleteAndEditable()
    {
        if (YamlEditor::usesKSyntaxHighlighting())
            QSKIP("built with KSyntaxHighlighting: always loaded at once");
        YamlEditor editor;
        editor.resize(640, 420);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const QString text = largeObject();
        QVERIFY(text.size() >= YamlEditor::BackgroundLoadChars);
        const int lines = int(text.count(u'\n')) + 1;
        QSignalSpy loaded(&editor, &YamlEditor::loaded);

        editor.setText(text);
        QVERIFY(editor.isLoading());
        QCOMPARE(editor.text(), text);
        QVERIFY(editor.textEdit()->isReadOnly());
        QVERIFY(!editor.isReadOnly()); // as asked: editable once complete
        auto *note = editor.findChild<QLabel *>(QStringLiteral("yamlEditorLoading"));
        QVERIFY(note && note->isVisible());
        QVERIFY(note->text().contains(QLocale().toString(lines)));
        // The first screenful is there and highlighted.
        QTextDocument *preview = editor.textEdit()->document();
        QVERIFY(preview->blockCount() >= 20 && preview->blockCount() < lines);
        QVERIFY(!preview->firstBlock().layout()->formats().isEmpty());
        scs::test::saveScreenshot(&editor, QStringLiteral("yamleditor-loading"));
        // Typing meanwhile changes nothing.
        QTest::keyClicks(editor.textEdit(), QStringLiteral("lost"));
        QTest::keyClick(editor.textEdit(), Qt::Key_Return);
        QCOMPARE(editor.text(), text);
        // Asked meanwhile, applied to the whole text.
        QCOMPARE(editor.foldPaths({QStringLiteral("status")}), 0);
        editor.setDiagnostics({{lines - 1, 3, QStringLiteral("near the end"),
                                YamlEditor::Severity::Warning}});
        QSignalSpy textChanged(&editor, &YamlEditor::textChanged);

        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.size(), 1);
        QVERIFY(!editor.isLoading());
        QVERIFY(!note->isVisible());
        QCOMPARE(textChanged.size(), 0); // the text did not change for listeners
        QCOMPARE(editor.textEdit()->toPlainText(), text);
        QCOMPARE(editor.text(), text);
        QCOMPARE(editor.textEdit()->document()->blockCount(), lines);
        QVERIFY(!editor.isModified());
        QVERIFY(!editor.textEdit()->isReadOnly());
        QVERIFY(!editor.textEdit()->document()->isUndoAvailable());
        const int status = int(text.left(text.indexOf(QStringLiteral("\nstatus:"))).count(u'\n'))
            + 2;
        QVERIFY(editor.isFolded(status));
        QCOMPARE(editor.diagnostics().size(), 1);
        QCOMPARE(editor.diagnostics().constFirst().line, lines - 1);
        QVERIFY(!editor.textEdit()->document()->firstBlock().layout()->formats().isEmpty());
        // The find bar counts in the whole text.
        editor.showFindBar(QStringLiteral("SECRET_"));
        QCOMPARE(editor.findMatchCount(), int(text.count(QStringLiteral("SECRET_"))));
        editor.hideFindBar();
        // Editable, with undo.
        editor.goToLine(3, 1);
        QTest::keyClicks(editor.textEdit(), QStringLiteral("z"));
        QVERIFY(editor.isModified());
        QCOMPARE(editor.text().size(), text.size() + 1);
        editor.textEdit()->undo();
        QCOMPARE(editor.text(), text);
        QVERIFY(!editor.isModified());
        // Highlighting reaches the end.
        auto *highlighter = qobject_cast<YamlHighlighter *>(editor.highlighter());
        QVERIFY(highlighter);
        QTRY_VERIFY_WITH_TIMEOUT(!highlighter->isPending(), 10000);
        QVERIFY(!editor.textEdit()->document()->lastBlock().previous().layout()
                     ->formats().isEmpty());
    }

    // A newer setText() replaces a text still loading; states asked meanwhile carry over.
    void shouldDropALoadThatANewerTextReplaced()
    {
        if (YamlEditor::usesKSyntaxHighlighting())
            QSKIP("built with KSyntaxHighlighting: always loaded at once");
        YamlEditor editor;
        editor.resize(640, 420);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const QString first = largeObject();
        const QString second = largeObject(QStringLiteral("second"));
        QSignalSpy loaded(&editor, &YamlEditor::loaded);
        editor.setText(first);
        editor.setText(second);
        editor.setReadOnly(true);
        editor.setModified(true);
        QCOMPARE(editor.text(), second);
        QVERIFY(loaded.wait(10000));
        QTest::qWait(50); // the first worker's end, if it came later, must change nothing
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(editor.textEdit()->toPlainText(), second);
        QVERIFY(editor.textEdit()->isReadOnly());
        QVERIFY(editor.isModified());

        // A small text replaces a load at once, and editable again.
        editor.setReadOnly(false);
        editor.setText(first);
        QVERIFY(editor.isLoading());
        editor.setText(QStringLiteral("a: 1\n"));
        QVERIFY(!editor.isLoading());
        QVERIFY(!editor.textEdit()->isReadOnly());
        QTest::qWait(300);
        QCOMPARE(editor.text(), QStringLiteral("a: 1\n"));
        QCOMPARE(loaded.size(), 1);

        // Closing an editor while it loads leaves nothing behind (ASan, UBSan builds).
        auto *closing = new YamlEditor;
        closing->setText(first);
        QVERIFY(closing->isLoading());
        delete closing;
        QTest::qWait(50);
    }

    void shouldKeepEveryHighlightReadable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << QApplication::style()->standardPalette();
        QTest::newRow("dark") << darkPalette();
        QTest::newRow("high contrast dark") << highContrastPalette(true);
        QTest::newRow("high contrast light") << highContrastPalette(false);
        QTest::newRow("dark window, light base") << darkWindowLightBasePalette();
    }

    // Every colour the highlighter gives text reaches the WCAG AA ratio (4.5:1) against the
    // editor's base colour, in light, dark and high-contrast palettes.
    void shouldKeepEveryHighlightReadable()
    {
        QFETCH(QPalette, palette);
        YamlEditor editor;
        editor.setPalette(palette);
        editor.setText(claimYaml());
        const QColor base = editor.textEdit()->palette().color(QPalette::Base);
        QCOMPARE(base, palette.color(QPalette::Base));
        auto *highlighter = qobject_cast<YamlHighlighter *>(editor.highlighter());
        if (!highlighter)
            QSKIP("KSyntaxHighlighting brings its own themes");
        QVERIFY(highlighter);
        for (int k = 0; k < int(YamlHighlighter::Kind::Count); ++k) {
            const QColor colour =
                highlighter->format(YamlHighlighter::Kind(k)).foreground().color();
            const double ratio = scs::test::contrastRatio(colour, base);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("kind %1: %2 on %3 is %4:1")
                                                  .arg(k)
                                                  .arg(colour.name(), base.name())
                                                  .arg(ratio, 0, 'f', 2)));
        }
        editor.resize(640, 420);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QString tag = QString::fromLatin1(QTest::currentDataTag());
        tag.replace(QLatin1Char(' '), QLatin1Char('-')).remove(QLatin1Char(','));
        scs::test::saveScreenshot(&editor, QStringLiteral("yamleditor-palette-") + tag);
    }

    void findBarShouldNameEveryControl()
    {
        YamlEditor editor;
        editor.resize(640, 420);
        editor.setText(claimYaml());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.showFindBar(QStringLiteral("name"));
        QVERIFY(editor.isFindBarVisible());
        const QStringList nameless = scs::test::namelessControls(&editor);
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
        const QStringList order = scs::test::tabOrderProblems(editor.findBar());
        QVERIFY2(order.isEmpty(), qPrintable(order.join(QLatin1Char('\n'))));
    }

    void shouldUseDarkColoursOnADarkPalette()
    {
        YamlEditor editor;
        editor.resize(640, 420);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setText(claimYaml());
        QVERIFY(!editor.isDark());
        QTextDocument *doc = editor.textEdit()->document();
        const QColor lightKey = colourAt(doc, 1, 0);
        editor.setPalette(darkPalette());
        QVERIFY(editor.isDark());
        const QColor darkKey = colourAt(doc, 1, 0);
        QVERIFY(darkKey.isValid());
        QVERIFY(darkKey != lightKey);
        QVERIFY2(darkKey.lightness() > 128, qPrintable(darkKey.name()));
        editor.setDiagnostics({{12, 12, QStringLiteral("must be a string"),
                                YamlEditor::Severity::Error}});
        editor.foldPaths({QStringLiteral("metadata.managedFields")});
        editor.goToLine(13, 1);
        editor.textEdit()->verticalScrollBar()->setValue(0);
        scs::test::saveScreenshot(&editor, QStringLiteral("yamleditor-dark"));
        editor.setPalette(QApplication::style()->standardPalette());
        QVERIFY(!editor.isDark());
        QCOMPARE(colourAt(doc, 1, 0), lightKey);
    }
};

QTEST_MAIN(TestYamlEditor)
#include "tst_yamleditor.moc"
