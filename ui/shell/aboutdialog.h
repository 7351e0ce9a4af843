#pragma once

#include <QDialog>

namespace scs::ui {

// Help > About: what this build is and which libraries it runs with (for bug reports).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // "Qt 6.4.2", "QtKeychain 0.13.2", ...: one line each, also used by the About test.
    [[nodiscard]] static QStringList libraryVersions();
};

} // namespace scs::ui
