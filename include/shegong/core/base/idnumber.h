#pragma once

#include "shegong/core/base/result.h"

#include <QDate>
#include <QString>

namespace shegong::core {

enum class Gender { Male, Female };

//! A citizen identity number checked against GB 11643-1999.
struct IdNumber {
    QString number;                  //!< 18 characters, check digit upper-case
    QString region;                  //!< the 6-digit administrative division code
    QDate birthDate;                 //!< from digits 7-14
    Gender gender;                   //!< from the parity of digit 17
    bool upgradedFromLegacy = false; //!< given as a 15-digit number and upgraded
};

//! The ISO 7064 MOD 11-2 check character for the first 17 digits ('0'-'9' or 'X').
QChar idCheckCharacter(QStringView first17);

/*! Parses and validates an identity number. Accepts 18 characters (a lower-case 'x' is normalised)
    or a 15-digit legacy number, which is upgraded (century 19, check digit added). `today` bounds the
    birth date. Errors name the field "id_number". */
Result<IdNumber> parseIdNumber(const QString& text, QDate today = QDate::currentDate());

//! True when the 2-digit province prefix is one GB/T 2260 assigns.
bool isKnownProvinceCode(int province);

} // namespace shegong::core
