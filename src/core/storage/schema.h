#pragma once

namespace shegong::core {

class Database;

//! The schema version a fresh database reaches (PRAGMA user_version).
int latestSchemaVersion();

//! Applies every migration above the current version up to `target`, each in its own transaction.
void migrateSchema(const Database& db, int target);

} // namespace shegong::core
