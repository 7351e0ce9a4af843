#pragma once

#include "palette/paletteitem.h"

#include <QList>
#include <QString>

#include <vector>

namespace scs::palette {

// The palette's items and the search over them. Items are added once when the palette opens
// (tenants, kinds, commands, favourites, recents, the names in loaded tables); search() runs
// on every keystroke: fuzzy subsequence matching (fuzzymatch.h) of each word of the query on
// each item's text, ranked by score (a text typed in full first), then favourites before
// recents before the rest, then the shorter text, then the order of adding (so equal results
// keep a stable order), and capped.
//
// A query that extends the previous one only searches the previous matches (typing narrows),
// which keeps a keystroke cheap at 50,000 items. Not thread-safe; any thread.
class PaletteIndex
{
public:
    struct Result
    {
        int item = -1; // index into item()
        int score = 0;
        QList<int> positions; // matched characters in the item's text, for highlighting
    };

    static constexpr int kDefaultCap = 50;

    void clear();
    void reserve(qsizetype n);
    // Returns the new item's index.
    int add(PaletteItem item);
    [[nodiscard]] qsizetype size() const { return qsizetype(m_items.size()); }
    [[nodiscard]] const PaletteItem &item(int index) const { return m_items.at(size_t(index)); }

    // The best `cap` items for `query` (whitespace around it ignored), best first. Words
    // separated by blanks match each on its own, in any order, their scores added up. An empty
    // query lists favourites, then recents, then the other items, in the order added.
    [[nodiscard]] QList<Result> search(const QString &query, int cap = kDefaultCap) const;

private:
    std::vector<PaletteItem> m_items;
    std::vector<QString> m_lower; // each item's text, lower-cased once
    std::vector<QByteArray> m_bonuses; // and its match bonuses (fuzzymatch.h), computed once
    // The previous query (lower-cased) and all items it matched, for narrowing.
    mutable QString m_lastQuery;
    mutable std::vector<int> m_lastMatches;
    mutable bool m_lastValid = false;
};

} // namespace scs::palette
