#pragma once

#include "common/error.h"
#include "logs/logoptions.h"
#include "logs/logring.h"
#include "logs/logsource.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;
class QToolButton;

namespace scs::ui {

class LogHighlighter;

// A log as it comes: the lines of a logs::LogSource (one container, or a workload's pods with
// a per-pod prefix) in a read-only text view, with a tool bar for what to read (container,
// follow, previous instance, how far back) and how to show it (timestamps, wrap), find with
// every match marked, pause, and save to a file.
//
// Lines are kept in a logs::LogRing (ringCapacity() lines; the view holds as many blocks) and
// reach the text in batches every 50 ms, never one by one, so that a source writing thousands
// of lines a second leaves the window responsive (bench/log-follow). While paused, lines are
// still taken into the ring and counted; Resume shows what came meanwhile. Changing what to
// read emits optionsChanged(): the owner makes a new source for options() and hands it over
// with setSource(). GUI thread only.
class LogsView : public QWidget
{
    Q_OBJECT

public:
    explicit LogsView(QWidget *parent = nullptr);
    ~LogsView() override;

    // The containers to choose from; `allLabel` non-empty adds an entry for all of them (a
    // workload's logs) as the first. Does not emit optionsChanged().
    void setContainers(const QStringList &containers, const QString &allLabel = {});
    [[nodiscard]] logs::LogOptions options() const;
    // What to read at first (the tool bar shows it); does not emit optionsChanged().
    void setOptions(const logs::LogOptions &options);

    // Takes `source` (owned from now on; the previous one is deleted), clears what is shown
    // and starts it.
    void setSource(logs::LogSource *source);
    [[nodiscard]] logs::LogSource *source() const { return m_source; }

    void setRingCapacity(qsizetype lines);
    [[nodiscard]] qsizetype ringCapacity() const { return m_ring.capacity(); }
    [[nodiscard]] const logs::LogRing &ring() const { return m_ring; }
    [[nodiscard]] QPlainTextEdit *textView() const { return m_text; }
    [[nodiscard]] QString countText() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] bool isPaused() const;
    void setPaused(bool paused);
    void setTimestampsShown(bool shown);
    void setWrapped(bool wrapped);
    // Finds `text` (and marks every match); returns the number of lines that contain it.
    int find(const QString &text);
    bool findNext(bool backward = false);

    // Writes the lines kept, as shown (with timestamps and prefixes when shown), to `path`
    // atomically.
    [[nodiscard]] Result<void> saveTo(const QString &path) const;
    // Takes what arrived into the ring and the text now rather than at the next tick (tests).
    void flushNow();

Q_SIGNALS:
    void optionsChanged();

private:
    void onLines(const QList<logs::LogLine> &lines);
    void appendToText(const QList<logs::LogLine> &lines);
    void rerender();
    void updateCount();
    void askSave();
    [[nodiscard]] QString render(const logs::LogLine &line) const;

    logs::LogRing m_ring;
    QPointer<logs::LogSource> m_source;
    QList<logs::LogLine> m_pending; // arrived since the last tick
    qint64 m_unseen = 0; // taken while paused, not in the text yet
    QTimer *m_flush;
    QComboBox *m_container;
    QCheckBox *m_follow;
    QCheckBox *m_previous;
    QComboBox *m_range;
    QCheckBox *m_timestamps;
    QCheckBox *m_wrap;
    QToolButton *m_pause;
    QToolButton *m_save;
    QLineEdit *m_find;
    QToolButton *m_findPrevious;
    QToolButton *m_findNext;
    QLabel *m_matches;
    QPlainTextEdit *m_text;
    LogHighlighter *m_highlighter;
    QLabel *m_count;
    QLabel *m_status;
    QString m_ended;
    bool m_hasAll = false;
};

} // namespace scs::ui
