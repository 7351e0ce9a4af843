#include "palette/paletteindex.h"

#include "palette/fuzzymatch.h"

#include <algorithm>

namespace scs::palette {

namespace {

constexpr int kExactBonus = 1000;
// Up to this many candidates every one is scored in full (dynamic programming); beyond, a quick
// linear score picks the best few hundred first.
constexpr size_t kFullScoringLimit = 5000;

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
    m_bonuses.clear();
    m_lastValid = false;
}

void PaletteIndex::reserve(qsizetype n)
{
    m_items.reserve(size_t(n));
    m_lower.reserve(size_t(n));
    m_bonuses.reserve(size_t(n));
}

int PaletteIndex::add(PaletteItem item)
{
    m_lower.push_back(item.text.toLower());
    m_bonuses.push_back(bonuses(item.text));
    m_items.push_back(std::move(item));
    m_lastValid = false;
    return int(m_items.size() - 1);
}

QList<PaletteIndex::Result> PaletteIndex::search(const QString &query, int cap) const
{
    QList<Result> results;
    if (cap <= 0)
        return results;
    // Words apart match apart ("1942 inst": each word somewhere in the text, in any order), as
    // fzf and VS Code's quick open take them; one word is one subsequence as before.
    const QString q = query.simplified().toLower();
    const QStringList terms = q.split(QLatin1Char(' '), Qt::SkipEmptyParts);
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

    // The sort keys side by side (items are large; ties are many for short queries).
    struct Scored
    {
        int item;
        int score;
        int rank;
        int length;
    };
    const auto better = [](const Scored &a, const Scored &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.rank != b.rank)
            return a.rank > b.rank;
        if (a.length != b.length)
            return a.length < b.length;
        return a.item < b.item;
    };
    const auto matchesAll = [&terms](const QString &lower) {
        return std::all_of(terms.cbegin(), terms.cend(),
                           [&lower](const QString &term) { return isSubsequence(term, lower); });
    };
    // Each word's best match, added up; the positions of all words, for highlighting.
    const auto scoreOf = [&terms, this](int i, bool wantPositions,
                                        bool quick) -> std::optional<FuzzyMatch> {
        const QString &lower = m_lower[size_t(i)];
        const QByteArray &bonus = m_bonuses[size_t(i)];
        FuzzyMatch sum;
        for (const QString &term : terms) {
            const auto m = quick ? quickMatch(term, lower, bonus)
                                 : fuzzyMatch(term, lower, bonus, wantPositions);
            if (!m)
                return std::nullopt;
            sum.score += m->score;
            sum.positions += m->positions;
        }
        if (terms.size() > 1 && wantPositions) {
            std::sort(sum.positions.begin(), sum.positions.end());
            sum.positions.erase(std::unique(sum.positions.begin(), sum.positions.end()),
                                sum.positions.end());
        }
        return sum;
    };
    // Whatever the previous query matched holds every match of one that extends it (a word
    // grown or a word added).
    std::vector<int> matches;
    if (m_lastValid && q.startsWith(m_lastQuery)) {
        matches.reserve(m_lastMatches.size());
        for (int i : m_lastMatches) {
            if (matchesAll(m_lower[size_t(i)]))
                matches.push_back(i);
        }
    } else {
        matches.reserve(m_items.size());
        for (size_t i = 0; i < m_items.size(); ++i) {
            if (matchesAll(m_lower[size_t(i)]))
                matches.push_back(int(i));
        }
    }
    m_lastQuery = q;
    m_lastValid = true;

    const auto full = [&](int i) {
        const QString &lower = m_lower[size_t(i)];
        const auto m = scoreOf(i, false, false);
        // What was typed in full is what was meant, before anything pinned or recent.
        return Scored{i, (m ? m->score : 0) + (lower == q ? kExactBonus : 0),
                      originRank(m_items[size_t(i)].origin), int(lower.size())};
    };
    std::vector<Scored> scored;
    if (matches.size() <= kFullScoringLimit) {
        scored.reserve(matches.size());
        for (int i : matches)
            scored.push_back(full(i));
    } else {
        // Many candidates (a short query over 50,000 names): a quick score for all, the full
        // one for the best of them.
        std::vector<Scored> quick;
        quick.reserve(matches.size());
        for (int i : matches) {
            const QString &lower = m_lower[size_t(i)];
            const auto m = scoreOf(i, false, true);
            quick.push_back({i, (m ? m->score : 0) + (lower == q ? kExactBonus : 0),
                             originRank(m_items[size_t(i)].origin), int(lower.size())});
        }
        const size_t keep = std::min(quick.size(), size_t(std::max(cap * 4, 200)));
        std::partial_sort(quick.begin(), quick.begin() + qsizetype(keep), quick.end(), better);
        scored.reserve(keep);
        for (size_t k = 0; k < keep; ++k)
            scored.push_back(full(quick[k].item));
    }
    m_lastMatches = std::move(matches);

    const size_t n = std::min(scored.size(), size_t(cap));
    std::partial_sort(scored.begin(), scored.begin() + qsizetype(n), scored.end(), better);
    results.reserve(qsizetype(n));
    for (size_t k = 0; k < n; ++k) {
        const int i = scored[k].item;
        auto m = scoreOf(i, true, false);
        results.append(Result{i, scored[k].score, m ? m->positions : QList<int>{}});
    }
    return results;
}

} // namespace scs::palette
