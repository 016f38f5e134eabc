#pragma once

#include <QDateTime>
#include <functional>

namespace shegong::core {

//! Where services read the time, so lockouts and idle locks can be tested without waiting.
using Clock = std::function<QDateTime()>;

inline QDateTime systemTime()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace shegong::core
