#pragma once

#include <QString>

class QCoreApplication;

namespace shegong::i18n {

/*! Installs shegong's and Qt's translations for `language` ("zh_CN", the default, or "en" for the
    English source strings) in place of any installed before. Returns false when a requested
    translation could not be loaded. */
bool installTranslations(QCoreApplication& app, const QString& language = QStringLiteral("zh_CN"));

} // namespace shegong::i18n
