#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace shegong::cli {

//! `shegong-cli rental wall-table|plaques|vacancies|stats`: the rental module's documents and figures.
int runRental(const QCommandLineParser& args, const QStringList& positional);

//! The usage lines of the rental commands, for the CLI's help.
extern const char* const kRentalUsage;

} // namespace shegong::cli
