#include "shegong/i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace shegong::i18n {

bool installTranslations(QCoreApplication& app, const QString& language)
{
    if (language.startsWith(QLatin1String("en")))
        return true; // the source strings are English
    const QLocale locale(language);
    QLocale::setDefault(locale);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/shegong_%1.qm").arg(language)))
        return false;
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace shegong::i18n
