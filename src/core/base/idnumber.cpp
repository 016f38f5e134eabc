#include "shegong/core/base/idnumber.h"

#include <QCoreApplication>
#include <array>

namespace shegong::core {
namespace {

struct IdNumberText {
    Q_DECLARE_TR_FUNCTIONS(IdNumber)
};

constexpr std::array<int, 17> kWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheckCharacters[] = "10X98765432";
const QString kField = QStringLiteral("id_number");

Error idError(const QString& message)
{
    return Error{kField, IdNumberText::tr("ID number: %1").arg(message)};
}

bool allDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

bool isKnownProvinceCode(int province)
{
    // GB/T 2260 provincial-level codes, plus 83 (Hong Kong, Macao and Taiwan residence permits).
    static constexpr std::array<int, 35> codes{11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34,
                                               35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
                                               53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83};
    return std::find(codes.begin(), codes.end(), province) != codes.end();
}

QChar idCheckCharacter(QStringView first17)
{
    Q_ASSERT(first17.size() == 17);
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * kWeights[i];
    return QLatin1Char(kCheckCharacters[sum % 11]);
}

Result<IdNumber> parseIdNumber(const QString& text, QDate today)
{
    QString number = text.trimmed().toUpper();
    bool upgraded = false;
    if (number.isEmpty())
        return idError(IdNumberText::tr("is empty"));

    if (number.size() == 15) {
        if (!allDigits(number))
            return idError(IdNumberText::tr("a 15-digit number may contain digits only"));
        // Legacy numbers (before 1999) carry a 2-digit year in the 20th century and no check digit.
        number = number.left(6) + QStringLiteral("19") + number.mid(6);
        number += idCheckCharacter(number);
        upgraded = true;
    }
    if (number.size() != 18)
        return idError(
            IdNumberText::tr("must have 18 characters (or 15 digits), not %1").arg(text.trimmed().size()));
    if (!allDigits(QStringView(number).left(17)))
        return idError(IdNumberText::tr("the first 17 characters must be digits"));
    const QChar last = number.at(17);
    if (!(last.isDigit() || last == u'X'))
        return idError(IdNumberText::tr("the last character must be a digit or X"));

    const int province = number.left(2).toInt();
    if (!isKnownProvinceCode(province))
        return idError(IdNumberText::tr("%1 is not a province code").arg(number.left(2)));

    const QDate birth = QDate::fromString(number.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || birth.year() < 1850)
        return idError(IdNumberText::tr("%1 is not a valid birth date").arg(number.mid(6, 8)));
    if (today.isValid() && birth > today)
        return idError(
            IdNumberText::tr("the birth date %1 is in the future").arg(birth.toString(Qt::ISODate)));

    const QChar expected = idCheckCharacter(QStringView(number).left(17));
    if (!upgraded && last != expected)
        return idError(IdNumberText::tr("the check digit is wrong (expected %1)").arg(expected));

    const int sequence = number.at(16).unicode() - u'0';
    return IdNumber{number, number.left(6), birth, sequence % 2 ? Gender::Male : Gender::Female, upgraded};
}

} // namespace shegong::core
