#pragma once

#include <QStringList>

namespace shegong::cli {

/*! Runs one shegong-cli command line (arguments()[0] is the program's name) in the running
    application and returns the exit code. Apart from main(), so the argument handling can be fuzzed. */
int runCommandLine(const QStringList& arguments);

} // namespace shegong::cli
