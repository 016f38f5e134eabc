#include "shegong/core/people/masking.h"

namespace shegong::core {

QString maskIdNumber(const QString& idNumber)
{
    // The region only: birth date, sequence and check digit stay hidden. With the shown age and gender
    // about 365,000 numbers remain and nothing to test a guess against (docs/security.md).
    if (idNumber.size() < 10)
        return QString(idNumber.size(), u'*');
    return idNumber.left(6) + QString(idNumber.size() - 6, u'*');
}

QString maskPhone(const QString& phone)
{
    if (phone.size() < 7)
        return QString(phone.size(), u'*');
    return phone.left(3) + QString(phone.size() - 7, u'*') + phone.right(4);
}

} // namespace shegong::core
