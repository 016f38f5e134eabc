#pragma once

// SQL on a Database: private to core (a CTest check keeps ui, cli and app away from it).
#include "core/storage/statement.h"

#include <string_view>

namespace shegong::core {

Statement prepare(const Database& db, std::string_view sql);
//! A prepared statement kept for reuse (hot paths). Do not lease the same SQL twice at once.
CachedStatement cached(const Database& db, std::string_view sql);
//! Runs one or more statements without results. Throws DatabaseError.
void execute(const Database& db, std::string_view sql);
sqlite3* handle(const Database& db);

} // namespace shegong::core
