#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace scs::palette {

// Fuzzy subsequence matching as VS Code's and fzf's quick pickers do it: every character of the
// query must appear in the text in order (case-insensitively); the score rewards matches at the
// start of the text, at word boundaries ("/", "-", "_", ".", " ", ":" and camelCase humps) and
// runs of consecutive characters, and charges for gaps. Of all ways to match, the best-scoring
// one counts (dynamic programming over query × text). Pure functions, any thread.
struct FuzzyMatch
{
    int score = 0;
    QList<int> positions; // of the matched characters in the text, ascending (when asked for)
};

// `lowerQuery` and `lowerText` are the lower-cased query and text (the caller lower-cases once
// and keeps it); `text` is the original, for camelCase humps (may be the lower-cased one too).
// nullopt when the query is not a subsequence of the text. An empty query matches with score 0.
[[nodiscard]] std::optional<FuzzyMatch> fuzzyMatch(QStringView lowerQuery, QStringView lowerText,
                                                   QStringView text, bool wantPositions = false);

// The same, lower-casing both.
[[nodiscard]] std::optional<FuzzyMatch> fuzzyMatch(const QString &query, const QString &text,
                                                   bool wantPositions = false);

// The same with the text's per-character bonuses computed beforehand (bonuses(), one per
// character of the text): what an index that matches the same texts on every keystroke uses.
[[nodiscard]] std::optional<FuzzyMatch> fuzzyMatch(QStringView lowerQuery, QStringView lowerText,
                                                   const QByteArray &bonuses,
                                                   bool wantPositions = false);
// A quick score (fzf's "v1": one short window, characters taken greedily), linear in the text,
// never above fuzzyMatch()'s: for ranking many candidates before the best are scored in full.
[[nodiscard]] std::optional<FuzzyMatch> quickMatch(QStringView lowerQuery, QStringView lowerText,
                                                   const QByteArray &bonuses);
// The bonus of matching at each character of `text` (start, word boundary, camelCase hump).
[[nodiscard]] QByteArray bonuses(QStringView text);

// Whether `lowerQuery` is a subsequence of `lowerText` (the cheap test before scoring).
[[nodiscard]] bool isSubsequence(QStringView lowerQuery, QStringView lowerText);

} // namespace scs::palette
