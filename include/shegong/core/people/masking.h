#pragma once

#include <QString>

namespace shegong::core {

//! "330104********1234": region and last four kept, birth date hidden.
QString maskIdNumber(const QString& idNumber);
//! "138****5678".
QString maskPhone(const QString& phone);

} // namespace shegong::core
