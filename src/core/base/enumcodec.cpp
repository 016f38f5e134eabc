#include "shegong/core/base/enumcodec.h"

#include "shegong/core/storage/database.h"

namespace shegong::core {

void reportUnknownCode(const char* enumeration, QStringView code)
{
    // SQLITE_CORRUPT (11): the row holds what no version of this schema writes.
    throw DatabaseError(11, std::string("unknown ") + enumeration + " code '" +
                                code.toString().toStdString() +
                                "' (a damaged database, or one written by a newer shegong)");
}

} // namespace shegong::core
