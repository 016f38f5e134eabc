#include "shegong/core/mediation/mediationstats.h"

#include "core/mediation/numbertrail.h"
#include "core/storage/sql.h"
#include "shegong/core/storage/database.h"

#include <QCoreApplication>

namespace shegong::core {
namespace {

struct StatsText {
    Q_DECLARE_TR_FUNCTIONS(MediationStatistics)
};

//! The places a scope covers: the place and every place below it, or a community's committees.
QString placesOf(const Database& db, const MediationScope& scope)
{
    if (!scope.placeId && !scope.communityId)
        return QStringLiteral("SELECT id FROM mediation_places");
    if (scope.communityId)
        return QStringLiteral("SELECT id FROM mediation_places WHERE community_id = %1")
            .arg(*scope.communityId);
    auto q = prepare(
        db, "WITH RECURSIVE below(id) AS (SELECT ? UNION ALL SELECT p.id FROM mediation_places p"
            " JOIN below b ON p.parent_id = b.id) SELECT string_agg(CAST(id AS TEXT), ',') FROM below");
    q.bind(*scope.placeId);
    q.next();
    return QStringLiteral("SELECT id FROM mediation_places WHERE id IN (%1)").arg(q.text(0));
}

} // namespace

Result<MediationStatistics> mediationStatistics(const Access& access, const MediationScope& scope)
{
    if (!access.may(Permission::ManageMediation))
        return Error{QStringLiteral("role"), StatsText::tr("Your role does not see the mediation figures")};
    if (!scope.from.isValid() || !scope.to.isValid() || scope.to < scope.from)
        return Error{QStringLiteral("period"), StatsText::tr("Period: a start and an end not before it")};
    if (access.reach(Permission::ManageMediation) != Reach::Subdistrict &&
        scope.communityId != access.session().worker.communityId)
        return Error{QStringLiteral("scope"), StatsText::tr("Your figures are those of your community")};
    const Database& db = access.database();
    const QString places = placesOf(db, scope);
    const QString from = scope.from.toString(Qt::ISODate), to = scope.to.toString(Qt::ISODate);
    MediationStatistics s;

    auto consultations =
        prepare(db, "SELECT count(*) FROM consultations WHERE day BETWEEN ? AND ? AND place_id IN (" +
                        places.toStdString() + ")");
    consultations.bind(from, to);
    consultations.next();
    s.consultations = int(consultations.integer(0));

    // Each case taken in the period where it was first numbered (its intake place) within the scope.
    const std::string cases =
        std::string(
            "SELECT c.id, c.category, c.state, c.intake_day, p.level,"
            " (SELECT count(*) FROM mediation_sessions s WHERE s.case_id = c.id),"
            " (SELECT a.signed_on FROM mediation_agreements a WHERE a.case_id = c.id),"
            " (SELECT count(*) FROM mediation_steps st WHERE st.case_id = c.id AND st.step = 'escalate')"
            " FROM mediation_cases c JOIN mediation_places p ON p.id = c.place_id"
            " WHERE c.intake_day BETWEEN ? AND ? AND (SELECT n.place_id FROM mediation_case_numbers n WHERE"
            " n.case_id = c.id ORDER BY " MEDIATION_TRAIL_ORDER " LIMIT 1) IN (") +
        places.toStdString() + ")";
    auto q = prepare(db, cases);
    q.bind(from, to);
    int ended = 0, sessions = 0;
    qint64 days = 0;
    while (q.next()) {
        const DisputeCategory category = disputeCategoryFrom(q.text(1));
        const CaseState state = caseStateFrom(q.text(2));
        const bool success = state == CaseState::Agreed || state == CaseState::Closed;
        ++s.received;
        ++s.byCategory[category].received;
        ++s.byLevel[mediationLevelFrom(q.text(4))].received;
        s.escalations += int(q.integer(7));
        s.litigations += state == CaseState::Litigation;
        s.withdrawals += state == CaseState::Withdrawn;
        ended += success || state == CaseState::Litigation || state == CaseState::Withdrawn;
        if (success) {
            ++s.successes;
            ++s.byCategory[category].successes;
            ++s.byLevel[mediationLevelFrom(q.text(4))].successes;
            sessions += int(q.integer(5));
            days +=
                QDate::fromString(q.text(3), Qt::ISODate).daysTo(QDate::fromString(q.text(6), Qt::ISODate));
        }
    }
    s.successRate = ended ? double(s.successes) / ended : 0;
    s.averageSessions = s.successes ? double(sessions) / s.successes : 0;
    s.averageDaysToAgreement = s.successes ? double(days) / s.successes : 0;
    return s;
}

} // namespace shegong::core
