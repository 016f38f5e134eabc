// Fuzz target: shegong-cli's command line. The input's lines are the arguments; a database that
// cannot exist is appended (--db given twice: the last wins), so every command parses its options,
// numbers and dates and then stops at the door without touching a file. Must never crash or hang.
#include "commandline.h"

#include <QGuiApplication>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (!QCoreApplication::instance()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char name[] = "shegong-cli";
        static char* argv[] = {name, nullptr};
        new QGuiApplication(argc, argv); // lives as long as the fuzzing process
    }
    QStringList arguments{QStringLiteral("shegong-cli")};
    arguments += QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size)).split(u'\n');
    arguments << QStringLiteral("--db") << QStringLiteral("/nonexistent-shegong-fuzz/district.db");
    (void)shegong::cli::runCommandLine(arguments);
    return 0;
}
