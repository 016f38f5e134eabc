#include "shegong/i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace shegong::i18n {

bool installTranslations(QCoreApplication& app, const QString& language)
{
    // A switch: the translations of an earlier language go first (widgets made from now on use the new).
    for (QTranslator* earlier : app.findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(earlier);
        delete earlier;
    }
    if (language.startsWith(QLatin1String("en"))) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return true; // the source strings are English
    }
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
