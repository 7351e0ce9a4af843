#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace scs {

// Installs the console's own translation (embedded under :/i18n) and Qt's for `locale` on the
// running application. English is the source language, so it needs no catalogue. Returns the
// locale that is now in effect (English when nothing matched). Call from the GUI thread once,
// before any window or help text is built.
QLocale installTranslations(QCoreApplication &app, const QLocale &locale);

// Parses a `--lang` value ("de", "de_DE", "en"); an empty value means the system locale.
// Returns an invalid (C) locale for a value that names no language.
QLocale localeFromLanguageOption(const QString &value);

} // namespace scs
