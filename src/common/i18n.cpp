#include "common/i18n.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace scs {

QLocale installTranslations(QCoreApplication &app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return QLocale(QLocale::English);

    auto *own = new QTranslator(&app);
    if (!own->load(locale, QStringLiteral("scs_console"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        qCInfo(lcI18n) << "no translation for" << locale.name() << "- using English";
        delete own;
        QLocale::setDefault(QLocale(QLocale::English));
        return QLocale(QLocale::English);
    }
    QCoreApplication::installTranslator(own);

    // Qt's own strings (standard buttons, context menus); missing ones are not an error.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    qCDebug(lcI18n) << "translations installed for" << locale.name();
    return locale;
}

QLocale localeFromLanguageOption(const QString &value)
{
    if (value.isEmpty())
        return QLocale::system();
    const QLocale locale(value);
    // QLocale falls back to C for names it does not know.
    if (locale.language() == QLocale::C)
        return QLocale::c();
    return locale;
}

} // namespace scs
