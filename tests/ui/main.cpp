// GoogleTest main for widget tests: a QApplication (offscreen platform) and the zh_CN translation.
#include "shegong/i18n/translations.h"

#include <QApplication>
#include <gtest/gtest.h>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    shegong::i18n::installTranslations(app, QStringLiteral("zh_CN"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
