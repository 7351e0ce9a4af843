#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace scs::edit {

// Line-based text diff and three-way merge, for the review diff and the conflict view.
// Pure functions, no Qt event loop, safe from any thread.
//
// Lines are compared exactly (whitespace counts: indentation is meaning in YAML). A text is split
// at '\n'; a trailing newline does not make an extra empty line ("a\nb\n" and "a\nb" are both
// {"a", "b"}), so texts that differ only in the final newline compare equal.

[[nodiscard]] QStringList splitLines(const QString &text);

struct DiffLine
{
    enum class Kind { Same, Added, Removed };
    Kind kind = Kind::Same;
    QString text;
    int oldLine = 0; // 1-based line in the old text; 0 for Added
    int newLine = 0; // 1-based line in the new text; 0 for Removed

    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

// The whole diff, every line of both texts in order (Same lines included). Within a change,
// removed lines come before added ones. Myers' O((N+M)·D) algorithm after trimming the common
// prefix and suffix: a few thousand lines with a few changes take well under a millisecond.
[[nodiscard]] QList<DiffLine> diffLines(const QStringList &oldLines, const QStringList &newLines);
[[nodiscard]] QList<DiffLine> diffText(const QString &oldText, const QString &newText);

// True when the diff has at least one Added or Removed line.
[[nodiscard]] bool hasChanges(const QList<DiffLine> &diff);

// A group of changes with up to `context` unchanged lines around them, for display (like a
// unified diff's "@@ -oldStart,oldCount +newStart,newCount @@" hunk). Changes closer than
// 2·context lines share one hunk.
struct DiffHunk
{
    int oldStart = 0; // 1-based; for an empty side the line before the hunk (0 at the top)
    int oldCount = 0;
    int newStart = 0;
    int newCount = 0;
    QList<DiffLine> lines;

    [[nodiscard]] QString header() const; // "@@ -3,7 +3,8 @@"
};

[[nodiscard]] QList<DiffHunk> diffHunks(const QList<DiffLine> &diff, int context = 3);

// A unified diff (without file headers) of two texts; empty when they are equal.
[[nodiscard]] QString unifiedDiff(const QString &oldText, const QString &newText,
                                  int context = 3);

// One region where mine and theirs changed the same base lines differently.
struct MergeConflict
{
    int line = 0; // 1-based line of the "<<<<<<<" marker in MergeResult::text
    int lineCount = 0; // lines of the whole region in MergeResult::text, markers included
    int baseLine = 0; // 1-based first base line of the region (the line before it when empty)
    QStringList base;
    QStringList mine;
    QStringList theirs;
};

struct MergeResult
{
    // The merged text, ending with '\n' unless empty. Conflicting regions are written in
    // diff3 style:
    //   <<<<<<< <mine label>
    //   mine's lines
    //   ||||||| <base label>
    //   base's lines
    //   =======
    //   theirs' lines
    //   >>>>>>> <theirs label>
    QString text;
    QList<MergeConflict> conflicts;

    [[nodiscard]] bool isClean() const { return conflicts.isEmpty(); }
};

struct MergeLabels
{
    QString mine = QStringLiteral("yours");
    QString base = QStringLiteral("base");
    QString theirs = QStringLiteral("live");
};

// diff3: changes of mine and of theirs against base are taken where only one side changed a
// region, or where both made the same change; regions both changed differently (overlapping or
// touching base ranges, or insertions at the same place) become conflicts. Mine's text is never
// lost: it is either in the merged text or inside a conflict region.
[[nodiscard]] MergeResult merge3(const QString &base, const QString &mine, const QString &theirs,
                                 const MergeLabels &labels = {});

// True when `text` still contains a conflict marker line written by merge3 ("<<<<<<< ",
// "=======" , ">>>>>>> " at the start of a line, all three in order).
[[nodiscard]] bool hasConflictMarkers(const QString &text);

} // namespace scs::edit
