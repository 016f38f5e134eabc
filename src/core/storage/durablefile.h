#pragma once

#include <QString>

// Private to core: what writing a database file safely next to its final name needs.
namespace shegong::core {

//! Flushes a file (or a folder, so that a rename in it survives a power cut) to the disk.
bool syncToDisk(const QString& path);

//! Removes a database file with its -wal, -shm and -journal companions.
void removeWithSidecars(const QString& path);

} // namespace shegong::core
