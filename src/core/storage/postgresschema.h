#pragma once

#include <QString>
#include <string>

namespace shegong::core {

/*! A migration's body for PostgreSQL. Most migrations are written once, in SQLite's dialect, and
    translated here (STRICT and WITHOUT ROWID dropped, an `id` or `seq` INTEGER PRIMARY KEY becomes an
    identity column, INTEGER BIGINT, REAL DOUBLE PRECISION, BLOB BYTEA); a migration that needs more
    (triggers, expressions) has its own `NNNN-name.pg.sql` beside it, which is used whole instead. */
std::string postgresBody(const QString& sqliteBody);
/*! Every TEXT column compares byte by byte (COLLATE "C"), as SQLite's BINARY does, whatever locale the
    office's database was created with: name prefixes, pinyin order and ISO dates sort the same on
    both engines. Applied to translated bodies and to the `.pg.sql` ones. */
QString textInByteOrder(QString body);

} // namespace shegong::core
