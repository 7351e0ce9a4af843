#pragma once

#include <QColor>
#include <QIcon>

class QLabel;
class QWidget;

namespace scs::ui {

// The colours every view gives a status (table rows, the clusters' phases, form errors, the
// wizard's verdicts), so that "failed" is the same red everywhere; readable on light and dark
// backgrounds.
namespace statuscolor {
inline const QColor good{0x1b, 0x7f, 0x3b};
inline const QColor progressing{0xb2, 0x6a, 0x00};
inline const QColor error{0xc6, 0x28, 0x28};
inline const QColor inactive{0x75, 0x75, 0x75}; // going away (deleting)
} // namespace statuscolor

// A hidden, word-wrapped line in the error colour, to go under a field (object name
// "fieldError"); show it with the field's problem.
[[nodiscard]] QLabel *fieldErrorLabel(QWidget *parent);

// A small filled circle of `color` for a status cell's decoration (12x12, antialiased). Made
// once per colour and kept; GUI thread only.
[[nodiscard]] QIcon statusDot(const QColor &color);

} // namespace scs::ui
