#pragma once

#include <QString>

namespace shegong::core {

//! "330104************": the region kept, birth date, sequence and check digit hidden.
QString maskIdNumber(const QString& idNumber);
//! "138****5678".
QString maskPhone(const QString& phone);

} // namespace shegong::core
