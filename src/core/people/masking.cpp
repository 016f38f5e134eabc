#include "shegong/core/people/masking.h"

namespace shegong::core {

QString maskIdNumber(const QString& idNumber)
{
    if (idNumber.size() < 10)
        return QString(idNumber.size(), u'*');
    return idNumber.left(6) + QString(idNumber.size() - 10, u'*') + idNumber.right(4);
}

QString maskPhone(const QString& phone)
{
    if (phone.size() < 7)
        return QString(phone.size(), u'*');
    return phone.left(3) + QString(phone.size() - 7, u'*') + phone.right(4);
}

} // namespace shegong::core
