#include "models/requestqueue.h"

#include <QPointer>

#include <algorithm>

namespace scs::models {

RequestQueue::RequestQueue(int maxInFlight, QObject *parent)
    : QObject(parent)
    , m_maxInFlight(std::max(1, maxInFlight))
{
}

RequestQueue::~RequestQueue() = default;

std::deque<RequestQueue::Entry> &RequestQueue::lane(Priority priority)
{
    return m_lanes[int(priority)];
}

int RequestQueue::waiting() const
{
    return int(m_lanes[0].size() + m_lanes[1].size() + m_lanes[2].size());
}

bool RequestQueue::contains(const QString &key) const
{
    if (m_running.contains(key))
        return true;
    for (const auto &l : m_lanes) {
        if (std::any_of(l.cbegin(), l.cend(), [&key](const Entry &e) { return e.key == key; }))
            return true;
    }
    return false;
}

void RequestQueue::enqueue(const QString &key, Priority priority, Start start)
{
    if (m_running.contains(key))
        return;
    for (int p = 0; p < 3; ++p) {
        auto &l = m_lanes[p];
        const auto it
            = std::find_if(l.begin(), l.end(), [&key](const Entry &e) { return e.key == key; });
        if (it == l.end())
            continue;
        if (p <= int(priority))
            return; // already as urgent: it keeps its place
        l.erase(it); // moves up below
        break;
    }
    if (priority == Priority::Urgent)
        lane(priority).push_front({key, std::move(start)});
    else
        lane(priority).push_back({key, std::move(start)});
    pump();
}

void RequestQueue::retainVisible(const QSet<QString> &keys)
{
    auto &l = lane(Priority::Visible);
    l.erase(std::remove_if(l.begin(), l.end(),
                           [&keys](const Entry &e) { return !keys.contains(e.key); }),
            l.end());
}

void RequestQueue::pump()
{
    if (m_pumping)
        return;
    m_pumping = true;
    while (int(m_running.size()) < m_maxInFlight) {
        std::deque<Entry> *next = nullptr;
        for (auto &l : m_lanes) {
            if (!l.empty()) {
                next = &l;
                break;
            }
        }
        if (!next)
            break;
        Entry entry = std::move(next->front());
        next->pop_front();
        m_running.insert(entry.key);
        ++m_started;
        m_peak = std::max(m_peak, int(m_running.size()));
        QPointer<RequestQueue> self(this);
        const QString key = entry.key;
        entry.start([self, key] {
            if (!self || !self->m_running.remove(key))
                return;
            self->pump();
            if (self->isIdle())
                Q_EMIT self->idle();
        });
        if (!self)
            return;
    }
    m_pumping = false;
}

} // namespace scs::models
