#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>
#include <QColor>
#include <QList>
#include <QPoint>
#include <QString>

#include <deque>

struct VTerm;
struct VTermScreen;

namespace scs::ui {

// A terminal on libvterm (which parses what the program writes and keeps the screen): this
// widget feeds it output (write()), draws its cells with QPainter in a monospace font, turns key
// presses into the bytes a terminal sends (input()), and reports its size in character cells
// (sizeChanged()) so that the program on the other end can be told. Lines scrolled off the top
// are kept up to scrollbackLimit() and reached with the scroll bar, the wheel or
// Shift+PageUp/PageDown. Select with the mouse; Ctrl+Shift+C copies, Ctrl+Shift+V pastes (as a
// bracketed paste when the program asked for one). Tab and Shift+Tab go to the program, not to
// the next widget; Ctrl+Tab and Ctrl+Shift+Tab move the focus on. Mouse reporting to the
// program is not offered. GUI thread only.
class TerminalWidget : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit TerminalWidget(QWidget *parent = nullptr);
    ~TerminalWidget() override;

    // What the program wrote (any split: libvterm keeps partial sequences and UTF-8).
    void write(const QByteArray &bytes);

    [[nodiscard]] int columns() const { return m_columns; }
    [[nodiscard]] int rows() const { return m_rows; }
    // The visible screen (not the scrollback), one line per row, trailing blanks removed.
    [[nodiscard]] QString screenText() const;
    // Scrollback and screen, as above.
    [[nodiscard]] QString allText() const;
    [[nodiscard]] QString selectedText() const;
    [[nodiscard]] QString title() const { return m_title; }

    [[nodiscard]] int scrollbackLimit() const { return m_scrollbackLimit; }
    void setScrollbackLimit(int lines);
    [[nodiscard]] int scrollbackLines() const { return int(m_scrollback.size()); }

    // Read-only: keys and pastes are ignored (the session ended); selecting and copying work.
    void setReadOnly(bool readOnly);
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }

    void copy();
    void paste();

    QSize sizeHint() const override;

Q_SIGNALS:
    // Bytes for the program (keys, pastes, answers to its queries).
    void input(const QByteArray &data);
    void sizeChanged(int columns, int rows);
    void titleChanged(const QString &title);
    void bell();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void changeEvent(QEvent *event) override;

private:
    // A cell as drawn: what libvterm holds, colours resolved.
    struct Cell
    {
        QString text; // empty for a blank and for the right half of a wide character
        QRgb fg = 0;
        QRgb bg = 0;
        bool defaultBg = true;
        bool bold = false;
        bool italic = false;
        bool underline = false;
        bool strike = false;
        int width = 1;
    };
    using Line = QList<Cell>;

    friend struct TerminalCallbacks;

    [[nodiscard]] Cell cellAt(int row, int col) const; // screen rows only
    [[nodiscard]] Line lineAt(int absoluteRow) const; // scrollback rows, then the screen's
    [[nodiscard]] QString lineText(const Line &line, int from = 0, int to = -1) const;
    [[nodiscard]] int totalLines() const { return int(m_scrollback.size()) + m_rows; }
    [[nodiscard]] int firstVisibleLine() const;
    [[nodiscard]] QPoint cellAtPixel(const QPoint &pos) const; // (column, absolute row)
    [[nodiscard]] bool isSelected(int absoluteRow, int col) const;
    void applyFont();
    void updateGridSize();
    void updateScrollBar(bool followBottom);
    void scrollToBottom();
    void sendKey(QKeyEvent *event);

    VTerm *m_vt = nullptr;
    VTermScreen *m_screen = nullptr;
    int m_columns = 80;
    int m_rows = 24;
    int m_cellWidth = 8;
    int m_cellHeight = 16;
    int m_ascent = 12;
    QPoint m_cursor; // (column, row) on the screen
    bool m_cursorVisible = true;
    bool m_readOnly = false;
    QString m_title;
    QByteArray m_pendingUtf8; // the start of a UTF-8 sequence cut by the last write()
    std::deque<Line> m_scrollback;
    int m_scrollbackLimit = 5000;
    // Selection in (column, absolute row); m_selecting while the button is down.
    QPoint m_selectionAnchor{-1, -1};
    QPoint m_selectionEnd{-1, -1};
    bool m_selecting = false;
};

} // namespace scs::ui
