#pragma once

#include "shegong/core/demo/demogenerator.h"

namespace shegong::core {

/*! The demo district as a new database file at `path`, passwords set: built under a temporary name
    beside it and renamed once complete, so a build stopped half-way (killed, power cut, disk full)
    never leaves a file at `path` that looks like a finished demo, and the next build starts afresh.
    Refuses a `path` that exists. */
Result<DistrictStats> createDemoFile(const QString& path, const DemoOptions& options = {});

} // namespace shegong::core
