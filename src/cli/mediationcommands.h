#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace shegong::cli {

//! `shegong-cli mediation stats|agreement`: the mediation figures and the agreement document.
int runMediation(const QCommandLineParser& args, const QStringList& positional);

extern const char* const kMediationUsage;

} // namespace shegong::cli
