#include "palette/fuzzymatch.h"

#include <QVarLengthArray>

#include <algorithm>
#include <limits>
#include <vector>

namespace scs::palette {

namespace {

// fzf's weights, roughly: a matched character is worth 16; a match at the very start or after
// a separator earns a boundary bonus (the first query character's bonus counts double, as it is
// what people aim at); consecutive matches keep earning; a gap costs 3 to open and 1 a character.
constexpr int kMatch = 16;
constexpr int kBonusStart = 10;
constexpr int kBonusBoundary = 8;
constexpr int kBonusCamel = 7;
constexpr int kBonusConsecutive = 5;
constexpr int kGapStart = 3;
constexpr int kGapExtension = 1;
constexpr int kLeadingGapMax = 12; // characters before the first match cost up to this
constexpr int kNone = std::numeric_limits<int>::min() / 4;
// Texts longer than this are matched greedily (no text in the palette gets near it).
constexpr qsizetype kMaxDynamic = 512;

bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case '/': case '-': case '_': case '.': case ' ': case ':': case '(': case '[': case '>':
    case 0x203a: // "›" between menu and command
        return true;
    default:
        return false;
    }
}

int bonusAt(QStringView text, qsizetype j)
{
    if (j == 0)
        return kBonusStart;
    const QChar before = text.at(j - 1);
    if (isSeparator(before))
        return kBonusBoundary;
    const QChar here = text.at(j);
    if (before.isLower() && here.isUpper())
        return kBonusCamel;
    if (!before.isDigit() && here.isDigit())
        return kBonusCamel / 2;
    return 0;
}

int scoreOf(QStringView q, const QByteArray &bonus, const QVarLengthArray<qsizetype, 64> &at)
{
    int score = 0;
    for (qsizetype i = 0; i < q.size(); ++i) {
        const qsizetype j = at[i];
        const int b = bonus.at(j);
        if (i == 0)
            score += kMatch + 2 * b - int(std::min<qsizetype>(j, kLeadingGapMax));
        else if (at[i - 1] == j - 1)
            score += kMatch + b + kBonusConsecutive;
        else
            score += kMatch + b - kGapStart - kGapExtension * int(j - at[i - 1] - 2);
    }
    return score;
}

// Two linear ways to match, the better one counts; both are real matches, so the score never
// exceeds the full search's (which picks the best of all):
// - fzf's "v1": the first occurrence of the query from the left gives the end of a match; from
//   there back to the right-most start gives a short window, taken greedily;
// - word starts: each character goes right after the previous one if it can, else to the next
//   word start (bonus) from which the rest of the query still fits, else to its next occurrence.
std::optional<FuzzyMatch> greedy(QStringView q, QStringView lt, const QByteArray &bonus, bool want)
{
    const qsizetype m = q.size();
    const qsizetype n = lt.size();
    // latest[i]: the last position where q[i] can go with q[i + 1..] still fitting after it.
    QVarLengthArray<qsizetype, 64> latest(m);
    qsizetype j = n - 1;
    for (qsizetype i = m - 1; i >= 0; --i, --j) {
        while (j >= 0 && lt.at(j) != q.at(i))
            --j;
        if (j < 0)
            return std::nullopt;
        latest[i] = j;
    }
    QVarLengthArray<qsizetype, 64> boundary(m);
    j = 0;
    for (qsizetype i = 0; i < m; ++i) {
        if (i > 0 && boundary[i - 1] + 1 <= latest[i] && lt.at(boundary[i - 1] + 1) == q.at(i)) {
            boundary[i] = boundary[i - 1] + 1;
        } else {
            qsizetype first = -1;
            qsizetype word = -1;
            for (qsizetype k = j; k <= latest[i]; ++k) {
                if (lt.at(k) != q.at(i))
                    continue;
                if (first < 0)
                    first = k;
                if (bonus.at(k) > 0) {
                    word = k;
                    break;
                }
            }
            boundary[i] = word >= 0 ? word : first;
        }
        j = boundary[i] + 1;
    }
    // v1: forward to the end of the first match, back to its right-most start, then forward.
    QVarLengthArray<qsizetype, 64> window(m);
    j = 0;
    for (qsizetype i = 0; i < m; ++i, ++j) {
        while (lt.at(j) != q.at(i))
            ++j;
    }
    qsizetype start = j - 1;
    for (qsizetype i = m - 1; i >= 0; --i, --start) {
        while (lt.at(start) != q.at(i))
            --start;
    }
    j = start + 1;
    for (qsizetype i = 0; i < m; ++i, ++j) {
        while (lt.at(j) != q.at(i))
            ++j;
        window[i] = j;
    }
    const int a = scoreOf(q, bonus, boundary);
    const int b = scoreOf(q, bonus, window);
    FuzzyMatch result;
    result.score = std::max(a, b);
    if (want) {
        const auto &best = a >= b ? boundary : window;
        for (qsizetype i = 0; i < m; ++i)
            result.positions.append(int(best[i]));
    }
    return result;
}

} // namespace

bool isSubsequence(QStringView lowerQuery, QStringView lowerText)
{
    qsizetype j = 0;
    const qsizetype n = lowerText.size();
    for (const QChar c : lowerQuery) {
        while (j < n && lowerText.at(j) != c)
            ++j;
        if (j == n)
            return false;
        ++j;
    }
    return true;
}

QByteArray bonuses(QStringView text)
{
    QByteArray b(text.size(), Qt::Uninitialized);
    for (qsizetype j = 0; j < text.size(); ++j)
        b[j] = char(bonusAt(text, j));
    return b;
}

std::optional<FuzzyMatch> quickMatch(QStringView lowerQuery, QStringView lowerText,
                                     const QByteArray &bonuses)
{
    if (lowerQuery.isEmpty())
        return FuzzyMatch{};
    return greedy(lowerQuery, lowerText, bonuses, false);
}

std::optional<FuzzyMatch> fuzzyMatch(QStringView q, QStringView lt, QStringView text,
                                     bool wantPositions)
{
    return fuzzyMatch(q, lt, bonuses(text), wantPositions);
}

std::optional<FuzzyMatch> fuzzyMatch(QStringView q, QStringView lt, const QByteArray &textBonus,
                                     bool wantPositions)
{
    const qsizetype m = q.size();
    const qsizetype n = lt.size();
    if (m == 0)
        return FuzzyMatch{};
    if (m > n)
        return std::nullopt;
    if (n > kMaxDynamic || m > 64)
        return greedy(q, lt, textBonus, wantPositions);

    // The window where a match can lie: from the first query character's first occurrence to
    // the last character's last occurrence (fzf's trick); outside it nothing can match.
    qsizetype first = lt.indexOf(q.at(0));
    if (first < 0)
        return std::nullopt;
    qsizetype lastEnd = lt.lastIndexOf(q.at(m - 1));
    if (lastEnd < first)
        return std::nullopt;
    const qsizetype w = lastEnd - first + 1;

    // score[i][k]: the best score of query[0..i] with query[i] matched at text[first + k];
    // run[i][k]: whether that best path matched query[i - 1] right before it.
    thread_local std::vector<int> score;
    thread_local std::vector<unsigned char> fromConsecutive;
    thread_local std::vector<int> bonus;
    score.assign(size_t(m * w), kNone);
    if (wantPositions)
        fromConsecutive.assign(size_t(m * w), 0);
    bonus.resize(size_t(w));
    for (qsizetype k = 0; k < w; ++k)
        bonus[size_t(k)] = textBonus.at(first + k);

    if (m == 1 && !wantPositions) { // one character: the best single position
        int best = kNone;
        for (qsizetype k = 0; k < w; ++k) {
            if (lt.at(first + k) == q.at(0)) {
                const int leading = int(std::min<qsizetype>(first + k, kLeadingGapMax));
                best = std::max(best, kMatch + 2 * bonus[size_t(k)] - leading);
            }
        }
        return FuzzyMatch{best, {}};
    }

    for (qsizetype k = 0; k < w; ++k) {
        if (lt.at(first + k) != q.at(0))
            continue;
        const int leading = int(std::min<qsizetype>(first + k, kLeadingGapMax));
        score[size_t(k)] = kMatch + 2 * bonus[size_t(k)] - leading;
    }
    for (qsizetype i = 1; i < m; ++i) {
        const int *prev = score.data() + (i - 1) * w;
        int *row = score.data() + i * w;
        const QChar c = q.at(i);
        int carry = kNone; // best prev[k'] - extension * (k - k' - 2) over k' <= k - 2
        for (qsizetype k = 1; k < w; ++k) {
            if (k >= 2) {
                const int candidate = prev[k - 2];
                carry = std::max(carry == kNone ? kNone : carry - kGapExtension, candidate);
            }
            if (lt.at(first + k) != c)
                continue;
            int best = kNone;
            bool consecutive = false;
            if (prev[k - 1] != kNone) {
                best = prev[k - 1] + kBonusConsecutive;
                consecutive = true;
            }
            if (carry != kNone && carry - kGapStart > best) {
                best = carry - kGapStart;
                consecutive = false;
            }
            if (best == kNone)
                continue;
            row[k] = best + kMatch + bonus[size_t(k)];
            if (wantPositions)
                fromConsecutive[size_t(i * w + k)] = consecutive ? 1 : 0;
        }
    }
    const int *lastRow = score.data() + (m - 1) * w;
    qsizetype bestK = -1;
    for (qsizetype k = 0; k < w; ++k) {
        if (lastRow[k] != kNone && (bestK < 0 || lastRow[k] > lastRow[bestK]))
            bestK = k;
    }
    if (bestK < 0)
        return std::nullopt;
    FuzzyMatch result;
    result.score = lastRow[bestK];
    if (!wantPositions)
        return result;
    // Back through the table: a consecutive step goes to k - 1, a gap to the best k' <= k - 2
    // that yields this cell's score.
    result.positions.resize(m);
    qsizetype k = bestK;
    for (qsizetype i = m - 1; i >= 0; --i) {
        result.positions[i] = int(first + k);
        if (i == 0)
            break;
        const int cell = score[size_t(i * w + k)] - kMatch - bonus[size_t(k)];
        if (fromConsecutive[size_t(i * w + k)]) {
            --k;
            continue;
        }
        const int *prev = score.data() + (i - 1) * w;
        qsizetype found = -1;
        for (qsizetype kk = k - 2; kk >= 0; --kk) {
            if (prev[kk] != kNone
                && prev[kk] - kGapStart - kGapExtension * int(k - kk - 2) == cell) {
                found = kk;
                break;
            }
        }
        if (found < 0) // cannot happen; stay consistent anyway
            found = k - 1;
        k = found;
    }
    return result;
}

std::optional<FuzzyMatch> fuzzyMatch(const QString &query, const QString &text, bool want)
{
    const QString lq = query.toLower();
    const QString lt = text.toLower();
    return fuzzyMatch(lq, lt, text, want);
}

} // namespace scs::palette
