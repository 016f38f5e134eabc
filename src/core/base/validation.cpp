#include "shegong/core/base/validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace shegong::core {
namespace {
struct ValidationText {
    Q_DECLARE_TR_FUNCTIONS(Validation)
};
} // namespace

Result<QString> parseMobilePhone(const QString& text, const QString& field)
{
    QString digits = text;
    digits.remove(QRegularExpression(QStringLiteral("[\\s\\-()]")));
    if (digits.startsWith(QLatin1String("+86")))
        digits.remove(0, 3);
    else if (digits.startsWith(QLatin1String("0086")))
        digits.remove(0, 4);
    static const QRegularExpression mobile(QStringLiteral("^1[3-9][0-9]{9}$"));
    if (!mobile.match(digits).hasMatch())
        return Error{field, ValidationText::tr("Phone: %1 is not an 11-digit mobile number starting 13-19")
                                .arg(text.trimmed())};
    return digits;
}

Result<QDate> parseDate(const QString& text, const QString& field, QDate notAfter)
{
    // Qt's ISODate parser also takes "2023/01/01"; the boundary accepts exactly YYYY-MM-DD.
    static const QRegularExpression iso(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QDate date = QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
    if (!iso.match(text.trimmed()).hasMatch() || !date.isValid())
        return Error{field,
                     ValidationText::tr("Date: %1 is not a date of the form YYYY-MM-DD").arg(text.trimmed())};
    if (notAfter.isValid() && date > notAfter)
        return Error{field, ValidationText::tr("Date: %1 is later than %2")
                                .arg(date.toString(Qt::ISODate), notAfter.toString(Qt::ISODate))};
    return date;
}

Result<QString> parsePersonName(const QString& text, const QString& field)
{
    const QString name = text.trimmed();
    if (name.isEmpty())
        return Error{field, ValidationText::tr("Name: must not be empty")};
    if (name.size() > 40)
        return Error{field, ValidationText::tr("Name: at most 40 characters")};
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return Error{field, ValidationText::tr("Name: contains a control character")};
        // Bidirectional overrides and other invisible format characters make a name display
        // differently from what is stored (and searched): no real name needs them.
        if (c.category() == QChar::Other_Format)
            return Error{field, ValidationText::tr("Name: contains an invisible formatting character")};
    }
    return name;
}

Result<QString> parseFreeText(const QString& text, const QString& field, const QString& label, int maxLength)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() > maxLength)
        return Error{field, ValidationText::tr("%1: at most %2 characters").arg(label).arg(maxLength)};
    for (QChar c : trimmed) {
        const bool lineBreakOrTab = c == u'\n' || c == u'\r' || c == u'\t';
        if ((c.category() == QChar::Other_Control && !lineBreakOrTab) ||
            (c.unicode() >= 0x202A && c.unicode() <= 0x202E) ||
            (c.unicode() >= 0x2066 && c.unicode() <= 0x2069))
            return Error{field,
                         ValidationText::tr("%1: contains a control or text-direction character").arg(label)};
    }
    return trimmed;
}

} // namespace shegong::core

namespace shegong::core {

int ageOn(QDate birth, QDate day)
{
    if (!birth.isValid() || !day.isValid() || day < birth)
        return 0;
    const bool beforeBirthday =
        day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day());
    return day.year() - birth.year() - (beforeBirthday ? 1 : 0);
}

} // namespace shegong::core
