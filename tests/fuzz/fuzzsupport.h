#pragma once

// What the fuzz targets share: the input as a file of a given kind, and an empty district to plan
// imports against (created once per process).

#include "shegong/core/security/access.h"

#include <QString>
#include <cstddef>
#include <cstdint>

namespace shegong::fuzz {

//! Writes the input to a scratch file named `name` (its suffix picks the reader) and returns the path.
QString asFile(const uint8_t* data, size_t size, const QString& name);
//! A session of the subdistrict's administrator on an empty database.
const core::Access& administrator();

} // namespace shegong::fuzz
