#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace shegong::cli {

//! `shegong-cli import residents FILE`: residents from a spreadsheet, a dry run unless --commit.
int runImport(const QCommandLineParser& args, const QStringList& positional);

extern const char* const kImportUsage;

} // namespace shegong::cli
