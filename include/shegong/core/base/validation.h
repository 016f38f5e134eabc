#pragma once

#include "shegong/core/base/result.h"

#include <QDate>
#include <QString>

namespace shegong::core {

/*! Validates a mainland mobile number (11 digits, 1[3-9]...); spaces, dashes and a +86 / 0086 prefix
    are removed. Returns the bare 11 digits. */
Result<QString> parseMobilePhone(const QString& text, const QString& field = QStringLiteral("phone"));

/*! Parses an ISO date (YYYY-MM-DD) that must exist and, when `notAfter` is valid, not be later. */
Result<QDate> parseDate(const QString& text, const QString& field, QDate notAfter = QDate());

//! A display name: trimmed, 1-40 characters, no control characters.
Result<QString> parsePersonName(const QString& text, const QString& field = QStringLiteral("name"));
/*! Free text (notes, descriptions, reasons), trimmed: at most `maxLength` characters, no control
    characters but line breaks and tabs, no bidirectional overrides (they make text read differently
    from what is stored). `label` names the field in the message. */
Result<QString> parseFreeText(const QString& text, const QString& field, const QString& label, int maxLength);

//! Whole years from `birth` to `day` (a birthday counts on the day itself).
int ageOn(QDate birth, QDate day);

} // namespace shegong::core
