#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>

class QLabel;
class QWidget;

namespace scs::ui {

// The colours every view gives a status (table rows, the clusters' phases, form errors, the
// wizard's verdicts), so that "failed" is the same red everywhere. These are the hues for a
// light background; text takes them through readableOn / readableStatusColor / setTextColor.
namespace statuscolor {
inline const QColor good{0x1b, 0x7f, 0x3b};
inline const QColor progressing{0xb2, 0x6a, 0x00};
inline const QColor error{0xc6, 0x28, 0x28};
inline const QColor inactive{0x75, 0x75, 0x75}; // going away (deleting)
} // namespace statuscolor

// A state as a status cell shows it: its icon has a shape of its own (a check, a half-filled
// ring, a cross, a hollow ring), so that colour is never the only signal.
enum class StatusKind { Good, Progressing, Error, Inactive };

[[nodiscard]] QColor statusColor(StatusKind kind);

// `color`, lightened or darkened until it reaches the WCAG AA ratio (4.5:1) against
// `background`: the status colours stay readable on a dark or high-contrast palette.
[[nodiscard]] QColor readableOn(const QColor &color, const QColor &background);
// readableOn against the application palette's Base (where table cells draw).
[[nodiscard]] QColor readableStatusColor(const QColor &color);

// Gives `label` the text colour `color`, made readable on the label's window colour (in place
// of a style sheet with a fixed colour, which a dark palette would make unreadable).
void setTextColor(QWidget *label, const QColor &color);

// A verdict line (a wizard page's, a dialog's): `text` in `color`, made readable on the parent's
// window colour; in the parent's own text colour when `color` is invalid.
void setStatusText(QLabel *label, const QString &text, const QColor &color = {});

// The palette of a message banner (info, warning, error, ready) tinted with `tint`, a light
// pastel: on a light `palette` the tint with dark text; on a dark or high-contrast one a dark
// shade of the tint with the palette's own text, so the banner follows the system's palette.
[[nodiscard]] QPalette bannerPalette(const QPalette &palette, const QColor &tint);

// A hidden, word-wrapped line in the error colour, to go under a field (object name
// "fieldError"); show it with the field's problem.
[[nodiscard]] QLabel *fieldErrorLabel(QWidget *parent);

// The icon of `kind` for a status cell's decoration (12x12, antialiased): its colour and a
// shape of its own. Made once per kind and kept; GUI thread only.
[[nodiscard]] QIcon statusIcon(StatusKind kind);

} // namespace scs::ui
