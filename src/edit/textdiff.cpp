#include "edit/textdiff.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace scs::edit {

namespace {

// Myers' diff in linear space (the "middle snake" refinement), on lines mapped to integers.
// Marks which lines of `a` were removed and which of `b` were added; everything else is common.
class Myers
{
public:
    Myers(const std::vector<int> &a, const std::vector<int> &b)
        : m_a(a)
        , m_b(b)
        , removed(a.size(), false)
        , added(b.size(), false)
    {
    }

    void run() { compare(0, int(m_a.size()), 0, int(m_b.size())); }

private:
    const std::vector<int> &m_a;
    const std::vector<int> &m_b;

public:
    std::vector<bool> removed;
    std::vector<bool> added;

private:
    struct Point
    {
        int x;
        int y;
    };

    void compare(int left, int right, int top, int bottom)
    {
        // Common prefix and suffix are no part of any edit script's choices.
        while (left < right && top < bottom && m_a[left] == m_b[top]) {
            ++left;
            ++top;
        }
        while (left < right && top < bottom && m_a[right - 1] == m_b[bottom - 1]) {
            --right;
            --bottom;
        }
        if (left == right) {
            for (int y = top; y < bottom; ++y)
                added[y] = true;
            return;
        }
        if (top == bottom) {
            for (int x = left; x < right; ++x)
                removed[x] = true;
            return;
        }
        Point start{};
        Point finish{};
        midpoint(left, right, top, bottom, start, finish);
        compare(left, start.x, top, start.y);
        walkSnake(start, finish);
        compare(finish.x, right, finish.y, bottom);
    }

    // A snake holds at most one edit plus diagonals (before or after it).
    void walkSnake(Point s, Point f)
    {
        auto diagonal = [&] {
            while (s.x < f.x && s.y < f.y && m_a[s.x] == m_b[s.y]) {
                ++s.x;
                ++s.y;
            }
        };
        diagonal();
        if (f.x - s.x > f.y - s.y) {
            removed[s.x] = true;
            ++s.x;
        } else if (f.y - s.y > f.x - s.x) {
            added[s.y] = true;
            ++s.y;
        }
        diagonal();
    }

    void midpoint(int left, int right, int top, int bottom, Point &start, Point &finish)
    {
        const int width = right - left;
        const int height = bottom - top;
        const int size = width + height;
        const int delta = width - height;
        const int max = (size + 1) / 2;
        const int offset = max + 1;
        std::vector<int> vf(size_t(2 * max + 3), 0);
        std::vector<int> vb(size_t(2 * max + 3), 0);
        vf[size_t(offset + 1)] = left;
        vb[size_t(offset + 1)] = bottom;
        auto F = [&](int k) -> int & { return vf[size_t(k + offset)]; };
        auto B = [&](int k) -> int & { return vb[size_t(k + offset)]; };

        for (int d = 0; d <= max; ++d) {
            // forwards
            for (int k = d; k >= -d; k -= 2) {
                const int c = k - delta;
                int x = 0;
                int px = 0;
                if (k == -d || (k != d && F(k - 1) < F(k + 1))) {
                    px = x = F(k + 1);
                } else {
                    px = F(k - 1);
                    x = px + 1;
                }
                int y = top + (x - left) - k;
                const int py = (d == 0 || x != px) ? y : y - 1;
                while (x < right && y < bottom && m_a[x] == m_b[y]) {
                    ++x;
                    ++y;
                }
                F(k) = x;
                if ((delta & 1) != 0 && c >= -(d - 1) && c <= d - 1 && y >= B(c)) {
                    start = {px, py};
                    finish = {x, y};
                    return;
                }
            }
            // backwards
            for (int c = d; c >= -d; c -= 2) {
                const int k = c + delta;
                int y = 0;
                int py = 0;
                if (c == -d || (c != d && B(c - 1) > B(c + 1))) {
                    py = y = B(c + 1);
                } else {
                    py = B(c - 1);
                    y = py - 1;
                }
                int x = left + (y - top) + k;
                const int px = (d == 0 || y != py) ? x : x + 1;
                while (x > left && y > top && m_a[x - 1] == m_b[y - 1]) {
                    --x;
                    --y;
                }
                B(c) = y;
                if ((delta & 1) == 0 && k >= -d && k <= d && x <= F(k)) {
                    start = {x, y};
                    finish = {px, py};
                    return;
                }
            }
        }
        // Not reached for non-empty boxes; fall back to "replace everything".
        start = {left, top};
        finish = {left, top};
    }
};

// A change against base, in 0-based line indices: base [baseStart, baseEnd) became
// other [otherStart, otherEnd).
struct Change
{
    int baseStart;
    int baseEnd;
    int otherStart;
    int otherEnd;
};

QList<Change> changesOf(const QList<DiffLine> &diff)
{
    QList<Change> changes;
    int oldPos = 0;
    int newPos = 0;
    for (qsizetype i = 0; i < diff.size();) {
        if (diff[i].kind == DiffLine::Kind::Same) {
            ++oldPos;
            ++newPos;
            ++i;
            continue;
        }
        Change c{oldPos, oldPos, newPos, newPos};
        while (i < diff.size() && diff[i].kind != DiffLine::Kind::Same) {
            if (diff[i].kind == DiffLine::Kind::Removed)
                ++c.baseEnd;
            else
                ++c.otherEnd;
            ++i;
        }
        oldPos = c.baseEnd;
        newPos = c.otherEnd;
        changes.append(c);
    }
    return changes;
}

// What one side has for base lines [from, to), given its changes inside that range.
QStringList sideLines(const QStringList &base, const QStringList &other,
                      const QList<Change> &changes, int from, int to)
{
    QStringList out;
    int pos = from;
    for (const Change &c : changes) {
        for (int i = pos; i < c.baseStart; ++i)
            out.append(base[i]);
        for (int i = c.otherStart; i < c.otherEnd; ++i)
            out.append(other[i]);
        pos = c.baseEnd;
    }
    for (int i = pos; i < to; ++i)
        out.append(base[i]);
    return out;
}

} // namespace

QStringList splitLines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.last().isEmpty())
        lines.removeLast();
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    return lines;
}

QList<DiffLine> diffLines(const QStringList &oldLines, const QStringList &newLines)
{
    QHash<QString, int> ids;
    auto idOf = [&ids](const QString &line) {
        auto it = ids.constFind(line);
        if (it != ids.constEnd())
            return *it;
        const int id = int(ids.size());
        ids.insert(line, id);
        return id;
    };
    std::vector<int> a;
    std::vector<int> b;
    a.reserve(size_t(oldLines.size()));
    b.reserve(size_t(newLines.size()));
    for (const QString &line : oldLines)
        a.push_back(idOf(line));
    for (const QString &line : newLines)
        b.push_back(idOf(line));

    Myers myers(a, b);
    myers.run();

    QList<DiffLine> out;
    out.reserve(std::max(oldLines.size(), newLines.size()));
    size_t i = 0;
    size_t j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && myers.removed[i]) {
            out.append({DiffLine::Kind::Removed, oldLines[qsizetype(i)], int(i) + 1, 0});
            ++i;
        } else if (j < b.size() && myers.added[j]) {
            out.append({DiffLine::Kind::Added, newLines[qsizetype(j)], 0, int(j) + 1});
            ++j;
        } else {
            out.append({DiffLine::Kind::Same, oldLines[qsizetype(i)], int(i) + 1, int(j) + 1});
            ++i;
            ++j;
        }
    }
    return out;
}

QList<DiffLine> diffText(const QString &oldText, const QString &newText)
{
    return diffLines(splitLines(oldText), splitLines(newText));
}

bool hasChanges(const QList<DiffLine> &diff)
{
    return std::any_of(diff.cbegin(), diff.cend(),
                       [](const DiffLine &l) { return l.kind != DiffLine::Kind::Same; });
}

QString DiffHunk::header() const
{
    auto range = [](int start, int count) {
        return count == 1 ? QString::number(start)
                          : QStringLiteral("%1,%2").arg(start).arg(count);
    };
    return QStringLiteral("@@ -%1 +%2 @@")
        .arg(range(oldStart, oldCount), range(newStart, newCount));
}

QList<DiffHunk> diffHunks(const QList<DiffLine> &diff, int context)
{
    context = std::max(0, context);
    QList<DiffHunk> hunks;
    const qsizetype n = diff.size();
    qsizetype i = 0;
    while (i < n) {
        // The next change.
        while (i < n && diff[i].kind == DiffLine::Kind::Same)
            ++i;
        if (i >= n)
            break;
        qsizetype begin = std::max<qsizetype>(0, i - context);
        if (!hunks.isEmpty()) {
            // Never re-use lines the previous hunk already shows.
            const DiffLine &last = hunks.last().lines.last();
            while (begin < i && diff[begin].oldLine <= last.oldLine
                   && diff[begin].newLine <= last.newLine)
                ++begin;
        }
        // Extend over changes separated by at most 2·context unchanged lines.
        qsizetype end = i;
        while (true) {
            while (end < n && diff[end].kind != DiffLine::Kind::Same)
                ++end;
            qsizetype same = end;
            while (same < n && diff[same].kind == DiffLine::Kind::Same)
                ++same;
            if (same < n && same - end <= 2 * context) {
                end = same;
                continue;
            }
            end = std::min(n, end + context);
            break;
        }
        DiffHunk hunk;
        hunk.lines = diff.mid(begin, end - begin);
        int oldBefore = 0;
        int newBefore = 0;
        for (qsizetype k = 0; k < begin; ++k) {
            if (diff[k].kind != DiffLine::Kind::Added)
                ++oldBefore;
            if (diff[k].kind != DiffLine::Kind::Removed)
                ++newBefore;
        }
        for (const DiffLine &l : std::as_const(hunk.lines)) {
            if (l.kind != DiffLine::Kind::Added)
                ++hunk.oldCount;
            if (l.kind != DiffLine::Kind::Removed)
                ++hunk.newCount;
        }
        hunk.oldStart = hunk.oldCount > 0 ? oldBefore + 1 : oldBefore;
        hunk.newStart = hunk.newCount > 0 ? newBefore + 1 : newBefore;
        hunks.append(hunk);
        i = end;
    }
    return hunks;
}

QString unifiedDiff(const QString &oldText, const QString &newText, int context)
{
    QString out;
    const auto hunks = diffHunks(diffText(oldText, newText), context);
    for (const DiffHunk &hunk : hunks) {
        out += hunk.header() + QLatin1Char('\n');
        for (const DiffLine &l : hunk.lines) {
            const QChar sign = l.kind == DiffLine::Kind::Same
                ? QLatin1Char(' ')
                : (l.kind == DiffLine::Kind::Added ? QLatin1Char('+') : QLatin1Char('-'));
            out += sign + l.text + QLatin1Char('\n');
        }
    }
    return out;
}

MergeResult merge3(const QString &baseText, const QString &mineText, const QString &theirsText,
                   const MergeLabels &labels)
{
    const QStringList base = splitLines(baseText);
    const QStringList mine = splitLines(mineText);
    const QStringList theirs = splitLines(theirsText);
    const QList<Change> a = changesOf(diffLines(base, mine));
    const QList<Change> b = changesOf(diffLines(base, theirs));

    MergeResult result;
    QStringList out;
    int basePos = 0;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() || j < b.size()) {
        // Start a region with the earlier change, then take in every change of either side
        // that overlaps or touches it.
        const bool takeA = j >= b.size() || (i < a.size() && a[i].baseStart <= b[j].baseStart);
        const int regionStart = takeA ? a[i].baseStart : b[j].baseStart;
        int regionEnd = takeA ? a[i].baseEnd : b[j].baseEnd;
        QList<Change> mineChanges;
        QList<Change> theirChanges;
        if (takeA)
            mineChanges.append(a[i++]);
        else
            theirChanges.append(b[j++]);
        bool grew = true;
        while (grew) {
            grew = false;
            if (i < a.size() && a[i].baseStart <= regionEnd) {
                regionEnd = std::max(regionEnd, a[i].baseEnd);
                mineChanges.append(a[i++]);
                grew = true;
            }
            if (j < b.size() && b[j].baseStart <= regionEnd) {
                regionEnd = std::max(regionEnd, b[j].baseEnd);
                theirChanges.append(b[j++]);
                grew = true;
            }
        }
        for (int k = basePos; k < regionStart; ++k)
            out.append(base[k]);
        const QStringList mineSide = sideLines(base, mine, mineChanges, regionStart, regionEnd);
        const QStringList theirSide = sideLines(base, theirs, theirChanges, regionStart,
                                                regionEnd);
        if (theirChanges.isEmpty()) {
            out += mineSide;
        } else if (mineChanges.isEmpty()) {
            out += theirSide;
        } else if (mineSide == theirSide) {
            out += mineSide; // both made the same change
        } else {
            MergeConflict conflict;
            conflict.line = int(out.size()) + 1;
            conflict.baseLine = regionEnd > regionStart ? regionStart + 1 : regionStart;
            conflict.base = base.mid(regionStart, regionEnd - regionStart);
            conflict.mine = mineSide;
            conflict.theirs = theirSide;
            out.append(QStringLiteral("<<<<<<< ") + labels.mine);
            out += mineSide;
            out.append(QStringLiteral("||||||| ") + labels.base);
            out += conflict.base;
            out.append(QStringLiteral("======="));
            out += theirSide;
            out.append(QStringLiteral(">>>>>>> ") + labels.theirs);
            conflict.lineCount = int(out.size()) + 1 - conflict.line;
            result.conflicts.append(conflict);
        }
        basePos = regionEnd;
    }
    for (int k = basePos; k < base.size(); ++k)
        out.append(base[k]);
    if (!out.isEmpty())
        result.text = out.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return result;
}

bool hasConflictMarkers(const QString &text)
{
    const QStringList lines = splitLines(text);
    int state = 0;
    for (const QString &line : lines) {
        if (state == 0 && line.startsWith(QLatin1String("<<<<<<< ")))
            state = 1;
        else if (state == 1 && line == QLatin1String("======="))
            state = 2;
        else if (state == 2 && line.startsWith(QLatin1String(">>>>>>> ")))
            return true;
    }
    return false;
}

} // namespace scs::edit
