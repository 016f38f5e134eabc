#pragma once

// SQL on a Database: private to core (a CTest check keeps ui, cli and app away from it).
#include "core/storage/statement.h"

#include <string_view>

namespace shegong::core {

Statement prepare(const Database& db, std::string_view sql);
/*! A statement whose best plan depends on its values (a search text matching 1,800 rows or 3):
    PostgreSQL plans it for every run's values instead of settling on one generic plan. */
Statement prepareForValues(const Database& db, std::string_view sql);
//! A prepared statement kept for reuse (hot paths). Do not lease the same SQL twice at once.
CachedStatement cached(const Database& db, std::string_view sql);
//! Runs one or more statements without results. Throws DatabaseError.
void execute(const Database& db, std::string_view sql);
Engine& engineOf(const Database& db);
/*! After a bulk write inside a transaction (the demo district, an import): PostgreSQL's planner learns
    the tables' new sizes (ANALYZE sees the transaction's own rows), or it plans for empty tables. */
void refreshPlannerStatistics(const Database& db);
inline Dialect dialect(const Database& db)
{
    return engineOf(db).dialect();
}
/*! The text of a query that the engines spell differently, both spellings side by side at the one
    place the query is made: `prepare(db, spelled(db, "…julianday…", "…::date…"))`. */
inline std::string_view spelled(const Database& db, std::string_view sqlite, std::string_view postgresql)
{
    return dialect(db) == Dialect::SQLite ? sqlite : postgresql;
}

} // namespace shegong::core
