#include "palette/paletteindex.h"

#include "palette/fuzzymatch.h"

#include <algorithm>

namespace scs::palette {

namespace {

constexpr int kExactBonus = 1000;

int originRank(PaletteItem::Origin origin)
{
    switch (origin) {
    case PaletteItem::Origin::Favourite:
        return 2;
    case PaletteItem::Origin::Recent:
        return 1;
    case PaletteItem::Origin::Normal:
        break;
    }
    return 0;
}

} // namespace

void PaletteIndex::clear()
{
    m_items.clear();
    m_lower.clear();
    m_lastValid = false;
}

void PaletteIndex::reserve(qsizetype n)
{
    m_items.reserve(size_t(n));
    m_lower.reserve(size_t(n));
}

int PaletteIndex::add(PaletteItem item)
{
    m_lower.push_back(item.text.toLower());
    m_items.push_back(std::move(item));
    m_lastValid = false;
    return int(m_items.size() - 1);
}

QList<PaletteIndex::Result> PaletteIndex::search(const QString &query, int cap) const
{
    QList<Result> results;
    if (cap <= 0)
        return results;
    const QString q = query.trimmed().toLower();
    if (q.isEmpty()) {
        m_lastValid = false;
        std::vector<int> order(m_items.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = int(i);
        std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
            return originRank(m_items[size_t(a)].origin) > originRank(m_items[size_t(b)].origin);
        });
        for (int i : order) {
            if (results.size() >= cap)
                break;
            results.append(Result{i, 0, {}});
        }
        return results;
    }

    struct Scored
    {
        int item;
        int score;
    };
    std::vector<Scored> scored;
    std::vector<int> matches;
    const auto consider = [&](int i) {
        const QString &lower = m_lower[size_t(i)];
        if (!isSubsequence(q, lower))
            return;
        matches.push_back(i);
        const auto m = fuzzyMatch(q, lower, m_items[size_t(i)].text, false);
        // What was typed in full is what was meant, before anything pinned or recent.
        if (m)
            scored.push_back({i, m->score + (lower.size() == q.size() ? kExactBonus : 0)});
    };
    if (m_lastValid && q.startsWith(m_lastQuery)) {
        matches.reserve(m_lastMatches.size());
        for (int i : m_lastMatches)
            consider(i);
    } else {
        for (size_t i = 0; i < m_items.size(); ++i)
            consider(int(i));
    }
    m_lastQuery = q;
    m_lastMatches = std::move(matches);
    m_lastValid = true;

    const auto better = [this](const Scored &a, const Scored &b) {
        if (a.score != b.score)
            return a.score > b.score;
        const PaletteItem &ia = m_items[size_t(a.item)];
        const PaletteItem &ib = m_items[size_t(b.item)];
        if (originRank(ia.origin) != originRank(ib.origin))
            return originRank(ia.origin) > originRank(ib.origin);
        if (ia.text.size() != ib.text.size())
            return ia.text.size() < ib.text.size();
        return a.item < b.item;
    };
    const size_t n = std::min(scored.size(), size_t(cap));
    std::partial_sort(scored.begin(), scored.begin() + qsizetype(n), scored.end(), better);
    results.reserve(qsizetype(n));
    for (size_t k = 0; k < n; ++k) {
        const int i = scored[k].item;
        auto m = fuzzyMatch(q, m_lower[size_t(i)], m_items[size_t(i)].text, true);
        results.append(Result{i, scored[k].score, m ? m->positions : QList<int>{}});
    }
    return results;
}

} // namespace scs::palette
