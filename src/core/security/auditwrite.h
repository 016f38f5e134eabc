#pragma once

// A service's audit row for a write it made: who, what, which record, and a JSON of before/after values that
// never holds an ID number or a phone.
#include "shegong/core/security/access.h"
#include "shegong/core/security/auditlog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace shegong::core {

inline void auditWrite(const Access& access, const QString& action, const QString& object,
                       const QJsonObject& details)
{
    const Session& s = access.session();
    AuditLog(access.database())
        .append({s.worker.account, s.workstation, action, object, QStringLiteral("ok"),
                 QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
}

inline QString isoDate(const std::optional<QDate>& day)
{
    return day ? day->toString(Qt::ISODate) : QString();
}

} // namespace shegong::core
