// Fuzz target: the field parsers every door shares (ID number, mobile phone, date, name, free text).
// The first byte picks the parser, the rest is the text (UTF-8, as typed or read from a file). Beyond
// not crashing, what a parser accepts must hold its promise: an ID number's check character and birth
// date, 11 bare digits of a phone, a date not after the bound, no control characters in a name.
#include "shegong/core/base/idnumber.h"
#include "shegong/core/base/validation.h"

#include <cstdlib>

namespace {

void require(bool promise)
{
    if (!promise)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace shegong::core;
    if (size < 1)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const QDate today(2026, 11, 1);
    switch (data[0] % 5) {
    case 0:
        if (const auto id = parseIdNumber(text, today)) {
            require(id->number.size() == 18);
            require(idCheckCharacter(QStringView(id->number).left(17)) == id->number.back());
            require(id->birthDate.isValid() && id->birthDate <= today);
            require(parseIdNumber(id->number, today).ok()); // what it gives back parses again
        }
        break;
    case 1:
        if (const auto phone = parseMobilePhone(text)) {
            require(phone->size() == 11 && phone->front() == QLatin1Char('1'));
            for (const QChar c : *phone)
                require(c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        }
        break;
    case 2:
        if (const auto day = parseDate(text, QStringLiteral("day"), today))
            require(day->isValid() && *day <= today);
        break;
    case 3:
        if (const auto name = parsePersonName(text)) {
            require(!name->isEmpty() && name->size() <= 40);
            for (const QChar c : *name)
                require(c.category() != QChar::Other_Control);
        }
        break;
    default:
        if (const auto free = parseFreeText(text, QStringLiteral("note"), QStringLiteral("Note"), 500))
            require(free->size() <= 500);
    }
    return 0;
}
