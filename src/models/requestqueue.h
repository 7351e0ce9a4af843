#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <deque>
#include <functional>

namespace scs::models {

// Starts requests a few at a time: at most maxInFlight() are running, the rest wait in three
// lanes, most urgent first (Urgent: what the person clicked, newest first; Visible: what the
// view shows now; Background: the rest). A key is queued once: asking again with a more urgent
// priority moves it up, a running or waiting key is not started twice. The visible lane follows
// the view (retainVisible drops what scrolled away; the owner asks again when it comes back).
//
// A request is a function that starts it and calls `done` exactly once when answered. If its
// answer is dropped (the owner's context went away), delete the queue with it: a lost `done`
// keeps a slot busy. GUI thread only; counters are for tests and the benchmark.
class RequestQueue : public QObject
{
    Q_OBJECT

public:
    enum class Priority { Urgent, Visible, Background };
    Q_ENUM(Priority)
    using Done = std::function<void()>;
    using Start = std::function<void(Done done)>;

    explicit RequestQueue(int maxInFlight, QObject *parent = nullptr);
    ~RequestQueue() override;

    void enqueue(const QString &key, Priority priority, Start start);
    // Drops waiting Visible-lane keys that are not in `keys`.
    void retainVisible(const QSet<QString> &keys);
    // Waiting or running.
    [[nodiscard]] bool contains(const QString &key) const;
    [[nodiscard]] bool isIdle() const { return m_running.isEmpty() && waiting() == 0; }

    [[nodiscard]] int maxInFlight() const { return m_maxInFlight; }
    [[nodiscard]] int inFlight() const { return int(m_running.size()); }
    [[nodiscard]] int waiting() const;
    [[nodiscard]] int started() const { return m_started; }
    [[nodiscard]] int peakInFlight() const { return m_peak; }

Q_SIGNALS:
    // Nothing waiting and nothing running any more.
    void idle();

private:
    struct Entry
    {
        QString key;
        Start start;
    };
    void pump();
    std::deque<Entry> &lane(Priority priority);

    int m_maxInFlight;
    std::deque<Entry> m_lanes[3];
    QSet<QString> m_running;
    int m_started = 0;
    int m_peak = 0;
    bool m_pumping = false;
};

} // namespace scs::models
