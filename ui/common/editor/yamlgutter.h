#pragma once

#include "ui/common/editor/yamleditor.h"

#include <QColor>
#include <QRect>
#include <QTextBlock>
#include <QWidget>

class QMouseEvent;
class QPaintEvent;
class QPainter;
class QWheelEvent;

namespace scs::ui::detail {

class YamlTextEdit;

// The colour of a diagnostic of `severity` (markers, underlines), for a light or dark palette.
[[nodiscard]] QColor severityColour(YamlEditor::Severity severity, bool dark);

// The left margin: diagnostic markers, line numbers, fold triangles.
class YamlGutter final : public QWidget
{
public:
    static constexpr int MarkerWidth = 16;
    static constexpr int FoldWidth = 14;

    explicit YamlGutter(YamlEditor *owner, YamlTextEdit *edit);
    // For `lines` lines; -1: the document's.
    int preferredWidth(int lines = -1) const;
    QTextBlock blockAt(int y) const;
    QRect lineRect(const QTextBlock &block) const;
    QRect markerRect(const QTextBlock &block) const;
    QRect foldRect(const QTextBlock &block) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    static void paintMarker(QPainter &painter, const QRect &rect, YamlEditor::Severity severity,
                            bool dark);

    static void paintFoldTriangle(QPainter &painter, const QRect &rect, bool folded,
                                  const QColor &colour);

    YamlEditor *m_owner;
    YamlTextEdit *m_edit;
};

} // namespace scs::ui::detail
