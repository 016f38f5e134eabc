#include "shegong/core/rental/assessments.h"

#include "core/security/auditwrite.h"
#include "core/storage/sql.h"
#include "shegong/core/base/validation.h"
#include "shegong/core/storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace shegong::core {
namespace {

struct AssessmentText {
    Q_DECLARE_TR_FUNCTIONS(AssessmentService)
};

QString teamJson(const std::vector<TeamMember>& team)
{
    QJsonArray members;
    for (const TeamMember& m : team)
        members.append(
            QJsonObject{{QStringLiteral("name"), m.name}, {QStringLiteral("organisation"), m.organisation}});
    return QString::fromUtf8(QJsonDocument(members).toJson(QJsonDocument::Compact));
}

std::vector<TeamMember> teamFrom(const QString& json)
{
    std::vector<TeamMember> team;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array())
        team.push_back({v[QStringLiteral("name")].toString(), v[QStringLiteral("organisation")].toString()});
    return team;
}

bool isPicture(const QByteArray& bytes)
{
    return bytes.startsWith("\xFF\xD8\xFF") || bytes.startsWith("\x89PNG\r\n\x1A\n");
}

std::optional<double> capOf(const Statement& q, int column)
{
    return q.isNull(column) ? std::nullopt : std::optional<double>(q.real(column));
}

} // namespace

Result<void> AssessmentService::checkRuleSet(const RuleSet& rules) const
{
    if (m_access.reach(Permission::ManageRentalRounds) != Reach::Subdistrict)
        return refusedWrite(
            m_access, QStringLiteral("write"), QStringLiteral("rental_rule_set:%1").arg(rules.id),
            Error{QStringLiteral("role"),
                  AssessmentText::tr("Only the subdistrict administrator sets the grading rules")});
    if (rules.name.trimmed().isEmpty() || rules.year < 2000 || rules.year > 2100)
        return Error{QStringLiteral("name"), AssessmentText::tr("A rule set has a name and a year")};
    const GradeThresholds& t = rules.thresholds;
    if (!(t.aaa <= 100 && t.aaa > t.aa && t.aa > t.a && t.a >= 0))
        return Error{QStringLiteral("thresholds"),
                     AssessmentText::tr("Grade thresholds: 100 ≥ AAA > AA > A ≥ 0")};
    for (const auto& cap : rules.caps)
        if (cap && (*cap <= 0 || *cap > 100))
            return Error{QStringLiteral("cap"),
                         AssessmentText::tr("A group's cap: more than 0, at most 100 points")};
    if (rules.items.empty())
        return Error{QStringLiteral("items"), AssessmentText::tr("A rule set has at least one item")};
    QStringList codes;
    for (const RuleItem& item : rules.items) {
        if (item.code.trimmed().isEmpty() || codes.contains(item.code) || item.title.trimmed().isEmpty())
            return Error{QStringLiteral("items"),
                         AssessmentText::tr("Item %1: a code of its own and a title").arg(item.code)};
        codes << item.code;
        if (!(item.pointsMin > 0 && item.pointsMax >= item.pointsMin && item.pointsMax <= 100) ||
            (item.kind != DeductionKind::Range && item.pointsMax != item.pointsMin))
            return Error{
                QStringLiteral("points"),
                AssessmentText::tr("Item %1: points more than 0; a range from low to high").arg(item.code)};
    }
    return {};
}

namespace {

void writeItems(const Database& db, Id ruleSetId, const RuleSet& rules)
{
    Statement add =
        prepare(db, "INSERT INTO rental_rule_items(rule_set_id, grp, code, title, kind, points_min,"
                    " points_max, withholds_grade, position) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    int position = 0;
    for (const RuleItem& item : rules.items)
        add.bind(ruleSetId, toString(item.group), item.code.trimmed(), item.title.trimmed(),
                 toString(item.kind), item.pointsMin, item.pointsMax, int(item.withholdsGrade), position++)
            .run();
}

} // namespace

Id storeRuleSet(const Database& db, const RuleSet& rules, const QDateTime& createdAt)
{
    const Id id =
        prepare(
            db,
            "INSERT INTO rental_rule_sets(name, year, aaa_min, aa_min, a_min, facilities_cap, management_cap,"
            " service_cap, based_on, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(rules.name.trimmed(), rules.year, rules.thresholds.aaa, rules.thresholds.aa,
                  rules.thresholds.a, rules.caps[0], rules.caps[1], rules.caps[2],
                  rules.id ? std::optional<std::int64_t>(rules.id) : std::nullopt,
                  createdAt.toUTC().toString(Qt::ISODate))
            .insert();
    writeItems(db, id, rules);
    return id;
}

std::optional<RuleSet> loadRuleSet(const Database& db, Id ruleSetId)
{
    auto q = prepare(
        db, "SELECT id, name, year, aaa_min, aa_min, a_min, facilities_cap, management_cap, service_cap"
            " FROM rental_rule_sets WHERE id = ?");
    q.bind(ruleSetId);
    if (!q.next())
        return std::nullopt;
    RuleSet rules;
    rules.id = q.integer(0);
    rules.name = q.text(1);
    rules.year = int(q.integer(2));
    rules.thresholds = {q.real(3), q.real(4), q.real(5)};
    rules.caps = {capOf(q, 6), capOf(q, 7), capOf(q, 8)};
    auto items = prepare(db, "SELECT id, grp, code, title, kind, points_min, points_max, withholds_grade"
                             " FROM rental_rule_items WHERE rule_set_id = ? ORDER BY position");
    items.bind(ruleSetId);
    while (items.next())
        rules.items.push_back(RuleItem{items.integer(0), ruleGroupFrom(items.text(1)), items.text(2),
                                       items.text(3), deductionKindFrom(items.text(4)), items.real(5),
                                       items.real(6), items.integer(7) != 0});
    return rules;
}

Result<Id> AssessmentService::saveRuleSet(const RuleSet& rules) const
{
    if (auto ok = checkRuleSet(rules); !ok)
        return ok.error();
    const Database& db = m_access.database();
    WriteTransaction transaction(db);
    const Id id = storeRuleSet(db, rules, m_clock());
    auditWrite(m_access, QStringLiteral("create"), QStringLiteral("rental_rule_set:%1").arg(id),
               {{QStringLiteral("year"), rules.year},
                {QStringLiteral("based_on"), qint64(rules.id)},
                {QStringLiteral("items"), int(rules.items.size())}});
    transaction.commit();
    return id;
}

Result<void> AssessmentService::updateRuleSet(const RuleSet& rules) const
{
    if (auto ok = checkRuleSet(rules); !ok)
        return ok.error();
    const Database& db = m_access.database();
    auto used = prepare(db, "SELECT count(*) FROM inspections i JOIN assessment_rounds r ON r.id = i.round_id"
                            " WHERE r.rule_set_id = ?");
    used.bind(rules.id);
    used.next();
    if (const int n = int(used.integer(0)); n > 0)
        return Error{
            QStringLiteral("rule_set"),
            AssessmentText::tr("%n inspection(s) were scored by this version: make a new version instead",
                               nullptr, n)};
    used.reset();
    WriteTransaction transaction(db);
    prepare(db, "UPDATE rental_rule_sets SET name = ?, year = ?, aaa_min = ?, aa_min = ?, a_min = ?,"
                " facilities_cap = ?, management_cap = ?, service_cap = ? WHERE id = ?")
        .bind(rules.name.trimmed(), rules.year, rules.thresholds.aaa, rules.thresholds.aa, rules.thresholds.a,
              rules.caps[0], rules.caps[1], rules.caps[2], rules.id)
        .run();
    prepare(db, "DELETE FROM rental_rule_items WHERE rule_set_id = ?").bind(rules.id).run();
    writeItems(db, rules.id, rules);
    auditWrite(m_access, QStringLiteral("update"), QStringLiteral("rental_rule_set:%1").arg(rules.id),
               {{QStringLiteral("items"), int(rules.items.size())}});
    transaction.commit();
    return {};
}

Result<RuleSet> AssessmentService::ruleSet(Id ruleSetId) const
{
    auto rules = loadRuleSet(m_access.database(), ruleSetId);
    if (!rules)
        return Error{QStringLiteral("rule_set"),
                     AssessmentText::tr("Rule set %1 does not exist").arg(ruleSetId)};
    return std::move(*rules);
}

std::optional<Id> AssessmentService::ruleSetFor(int year) const
{
    auto q = cached(m_access.database(),
                    "SELECT id FROM rental_rule_sets WHERE year <= ? ORDER BY year DESC, id DESC"
                    " LIMIT 1");
    q->bind(year);
    return q->next() ? std::optional<Id>(q->integer(0)) : std::nullopt;
}

Result<Id> AssessmentService::openRound(const AssessmentRound& round) const
{
    const QString object =
        QStringLiteral("assessment_round:%1-%2-%3").arg(round.communityId).arg(round.year).arg(round.number);
    if (!m_access.mayInCommunity(Permission::ManageRentalRounds, round.communityId))
        return refusedWrite(m_access, QStringLiteral("open"), object,
                            Error{QStringLiteral("role"),
                                  AssessmentText::tr("Rounds are opened by the community's director")});
    if (round.number < 1 || round.number > 12)
        return Error{QStringLiteral("number"), AssessmentText::tr("Round: 1 to 12 in a year")};
    if (!round.starts.isValid() || !round.ends.isValid() || round.ends < round.starts ||
        round.starts.year() != round.year || round.ends.year() != round.year)
        return Error{
            QStringLiteral("dates"),
            AssessmentText::tr("Dates: the round starts and ends within %1, the end not before the start")
                .arg(round.year)};
    if (round.team.empty())
        return Error{QStringLiteral("team"), AssessmentText::tr("Team: name the assessors")};
    for (const TeamMember& m : round.team)
        if (auto name = parsePersonName(m.name, QStringLiteral("team")); !name)
            return name.error();
    if (auto rules = ruleSet(round.ruleSetId); !rules)
        return rules.error();
    const Database& db = m_access.database();
    auto same =
        prepare(db, "SELECT 1 FROM assessment_rounds WHERE community_id = ? AND year = ? AND number = ?");
    same.bind(round.communityId, round.year, round.number);
    if (same.next())
        return Error{QStringLiteral("number"),
                     AssessmentText::tr("Round %1 of %2 already exists").arg(round.number).arg(round.year)};
    same.reset();
    WriteTransaction transaction(db);
    const Id id =
        prepare(db, "INSERT INTO assessment_rounds(community_id, year, number, starts, ends, rule_set_id,"
                    " team) VALUES(?, ?, ?, ?, ?, ?, ?)")
            .bind(round.communityId, round.year, round.number, round.starts.toString(Qt::ISODate),
                  round.ends.toString(Qt::ISODate), round.ruleSetId, teamJson(round.team))
            .insert();
    auditWrite(m_access, QStringLiteral("open"), QStringLiteral("assessment_round:%1").arg(id),
               {{QStringLiteral("year"), round.year},
                {QStringLiteral("number"), round.number},
                {QStringLiteral("rule_set"), qint64(round.ruleSetId)}});
    transaction.changed({ChangeKind::AssessmentRound, id});
    transaction.commit();
    return id;
}

Result<AssessmentRound> AssessmentService::round(Id roundId) const
{
    auto q =
        prepare(m_access.database(), "SELECT id, community_id, year, number, starts, ends, rule_set_id, team,"
                                     " closed_at, closed_by FROM assessment_rounds WHERE id = ?");
    q.bind(roundId);
    if (!q.next())
        return Error{QStringLiteral("round"), AssessmentText::tr("Round %1 does not exist").arg(roundId)};
    AssessmentRound r;
    r.id = q.integer(0);
    r.communityId = q.integer(1);
    r.year = int(q.integer(2));
    r.number = int(q.integer(3));
    r.starts = QDate::fromString(q.text(4), Qt::ISODate);
    r.ends = QDate::fromString(q.text(5), Qt::ISODate);
    r.ruleSetId = q.integer(6);
    r.team = teamFrom(q.text(7));
    if (!q.isNull(8))
        r.closedAt = QDateTime::fromString(q.text(8), Qt::ISODate);
    r.closedBy = q.text(9);
    return r;
}

std::vector<AssessmentRound> AssessmentService::rounds(Id communityId, std::optional<int> year) const
{
    std::vector<AssessmentRound> list;
    if (!m_access.mayInCommunity(Permission::ViewRentals, communityId))
        return list;
    auto q = prepare(m_access.database(), "SELECT id FROM assessment_rounds WHERE community_id = ?1"
                                          " AND year = coalesce(?2, year) ORDER BY year, number");
    q.bind(communityId, year);
    std::vector<Id> ids;
    while (q.next())
        ids.push_back(q.integer(0));
    for (Id id : ids)
        list.push_back(round(id).value());
    return list;
}

Result<void> AssessmentService::closeRound(Id roundId) const
{
    const auto r = round(roundId);
    if (!r)
        return r.error();
    if (!m_access.mayInCommunity(Permission::ManageRentalRounds, r->communityId))
        return refusedWrite(m_access, QStringLiteral("close"),
                            QStringLiteral("assessment_round:%1").arg(roundId),
                            Error{QStringLiteral("role"),
                                  AssessmentText::tr("Rounds are closed by the community's director")});
    if (r->closed())
        return Error{QStringLiteral("round"), AssessmentText::tr("The round is already closed")};
    const Database& db = m_access.database();
    WriteTransaction transaction(db);
    prepare(db, "UPDATE assessment_rounds SET closed_at = ?, closed_by = ? WHERE id = ?")
        .bind(m_clock().toUTC().toString(Qt::ISODate), m_access.session().worker.account, roundId)
        .run();
    auditWrite(m_access, QStringLiteral("close"), QStringLiteral("assessment_round:%1").arg(roundId), {});
    transaction.changed({ChangeKind::AssessmentRound, roundId});
    transaction.commit();
    return {};
}

Result<Id> AssessmentService::inspect(const NewInspection& in) const
{
    const QString object = QStringLiteral("rental_house:%1").arg(in.houseId);
    if (auto allowed = m_access.check(Permission::GradeRentals, Record{RecordKind::RentalHouse, in.houseId});
        !allowed)
        return refusedWrite(m_access, QStringLiteral("score"), object, allowed.error());
    const auto r = round(in.roundId);
    if (!r)
        return r.error();
    if (r->closed())
        return refusedWrite(m_access, QStringLiteral("score"), object,
                            Error{QStringLiteral("round"),
                                  AssessmentText::tr("Round %1 of %2 is closed: its scores are final")
                                      .arg(r->number)
                                      .arg(r->year)});
    const Database& db = m_access.database();
    auto place = prepare(db, "SELECT a.community_id, h.deregistered_on FROM rental_houses h"
                             " JOIN buildings b ON b.id = h.building_id JOIN areas a ON a.id = b.area_id"
                             " WHERE h.id = ?");
    place.bind(in.houseId);
    place.next();
    if (place.integer(0) != r->communityId)
        return Error{QStringLiteral("house"),
                     AssessmentText::tr("The house is not in the round's community")};
    if (!place.isNull(1))
        return Error{QStringLiteral("house"), AssessmentText::tr("The house is deregistered")};
    place.reset();
    if (!in.day.isValid() || in.day < r->starts || in.day > r->ends)
        return Error{QStringLiteral("day"),
                     AssessmentText::tr("Inspection date: within the round, %1 to %2")
                         .arg(r->starts.toString(Qt::ISODate), r->ends.toString(Qt::ISODate))};
    if (in.day > m_clock().toLocalTime().date())
        return Error{QStringLiteral("day"), AssessmentText::tr("Inspection date: not after today")};
    const auto rules = ruleSet(r->ruleSetId);
    if (!rules)
        return rules.error();
    const auto scored = assess(rules.value(), in.ticks);
    if (!scored)
        return scored.error();
    const auto note = parseFreeText(in.note, QStringLiteral("note"), AssessmentText::tr("Note"), 1000);
    if (!note)
        return note.error();
    for (const Photo& photo : in.photos) {
        if (photo.bytes.size() > kMaxPhotoBytes)
            return Error{QStringLiteral("photos"),
                         AssessmentText::tr("Photo %1: at most 5 MB").arg(photo.fileName)};
        if (!isPicture(photo.bytes))
            return Error{QStringLiteral("photos"),
                         AssessmentText::tr("Photo %1: a JPEG or PNG picture").arg(photo.fileName)};
    }
    const std::optional<Inspection> before = currentInspection(in.roundId, in.houseId);
    QString reason;
    if (before) {
        const auto why = parseFreeText(in.supersedeReason, QStringLiteral("supersede_reason"),
                                       AssessmentText::tr("Reason"), 200);
        if (!why || why->size() < 2)
            return Error{
                QStringLiteral("supersede_reason"),
                AssessmentText::tr("Already inspected on %1 (%2 points): say why this inspection replaces it")
                    .arg(before->day.toString(Qt::ISODate))
                    .arg(before->score)};
        reason = why.value();
    }

    WriteTransaction transaction(db);
    if (before)
        prepare(db, "UPDATE inspections SET superseded = 1 WHERE id = ?").bind(before->id).run();
    const Id id =
        prepare(db,
                "INSERT INTO inspections(round_id, house_id, inspected_on, assessor, score, grade, withheld,"
                " note, supersedes, supersede_reason, recorded_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(in.roundId, in.houseId, in.day.toString(Qt::ISODate), m_access.session().worker.account,
                  scored->score, toString(scored->grade), int(!scored->withholding.isEmpty()), note.value(),
                  before ? std::optional<std::int64_t>(before->id) : std::nullopt,
                  reason.isEmpty() ? std::nullopt : std::optional<QString>(reason),
                  m_clock().toUTC().toString(Qt::ISODate))
            .insert();
    Statement deduction =
        prepare(db, "INSERT INTO inspection_deductions(inspection_id, item_id, occurrences, points)"
                    " VALUES(?, ?, ?, ?)");
    for (size_t i = 0; i < in.ticks.size(); ++i)
        deduction.bind(id, in.ticks[i].itemId, in.ticks[i].occurrences, scored->pointsOfTicks[i]).run();
    Statement photo = prepare(db, "INSERT INTO attachments(owner, file_name, bytes, added_by, added_at)"
                                  " VALUES(?, ?, ?, ?, ?)");
    for (const Photo& p : in.photos) {
        photo
            .bind(QStringLiteral("inspection:%1").arg(id), p.fileName, p.bytes,
                  m_access.session().worker.account, m_clock().toUTC().toString(Qt::ISODate))
            .run();
    }
    QJsonObject details{
        {QStringLiteral("round"), qint64(in.roundId)},
        {QStringLiteral("inspection"), qint64(id)},
        {QStringLiteral("after"), QJsonObject{{QStringLiteral("score"), scored->score},
                                              {QStringLiteral("grade"), toString(scored->grade)}}}};
    if (before)
        details.insert(QStringLiteral("before"),
                       QJsonObject{{QStringLiteral("score"), before->score},
                                   {QStringLiteral("grade"), toString(before->grade)},
                                   {QStringLiteral("inspection"), qint64(before->id)}});
    auditWrite(m_access, before ? QStringLiteral("rescore") : QStringLiteral("score"), object, details);
    transaction.changed({ChangeKind::Inspection, id});
    transaction.commit();
    return id;
}

std::optional<Inspection> AssessmentService::currentInspection(Id roundId, Id houseId) const
{
    auto q = prepare(m_access.database(), "SELECT id FROM inspections WHERE round_id = ? AND house_id = ?"
                                          " AND superseded = 0");
    q.bind(roundId, houseId);
    if (!q.next())
        return std::nullopt;
    const Id id = q.integer(0);
    q.reset();
    auto all = inspectionsOf(houseId);
    if (!all)
        return std::nullopt;
    for (Inspection& i : all.value())
        if (i.id == id)
            return std::move(i);
    return std::nullopt;
}

Result<std::vector<Inspection>> AssessmentService::inspectionsOf(Id houseId) const
{
    if (auto allowed = m_access.check(Permission::ViewRentals, Record{RecordKind::RentalHouse, houseId});
        !allowed)
        return allowed.error();
    const Database& db = m_access.database();
    auto q = prepare(db, "SELECT i.id, i.round_id, i.house_id, i.inspected_on, i.assessor, i.score, i.grade,"
                         " i.withheld, i.note, i.superseded, i.supersedes, i.supersede_reason,"
                         " (SELECT count(*) FROM attachments a WHERE a.owner = 'inspection:' || i.id)"
                         " FROM inspections i WHERE i.house_id = ? ORDER BY i.inspected_on DESC, i.id DESC");
    q.bind(houseId);
    std::vector<Inspection> list;
    auto ticks =
        prepare(db, "SELECT item_id, occurrences, points FROM inspection_deductions WHERE inspection_id = ?");
    while (q.next()) {
        Inspection i;
        i.id = q.integer(0);
        i.roundId = q.integer(1);
        i.houseId = q.integer(2);
        i.day = QDate::fromString(q.text(3), Qt::ISODate);
        i.assessor = q.text(4);
        i.score = q.real(5);
        i.grade = gradeFrom(q.text(6));
        i.withheld = q.integer(7) != 0;
        i.note = q.text(8);
        i.superseded = q.integer(9) != 0;
        if (!q.isNull(10))
            i.supersedes = q.integer(10);
        i.supersedeReason = q.text(11);
        i.photos = int(q.integer(12));
        ticks.bind(i.id);
        while (ticks.next())
            i.ticks.push_back(Tick{ticks.integer(0), int(ticks.integer(1)), ticks.real(2)});
        list.push_back(std::move(i));
    }
    return list;
}

std::map<Id, YearGrade> AssessmentService::yearGrades(Id communityId, int year) const
{
    std::map<Id, YearGrade> grades;
    if (!m_access.mayInCommunity(Permission::ViewRentals, communityId))
        return grades;
    auto q = cached(m_access.database(),
                    "SELECT i.house_id, i.grade, i.score, r.number FROM inspections i"
                    " JOIN assessment_rounds r ON r.id = i.round_id WHERE r.community_id = ? AND r.year = ?"
                    " AND r.closed_at IS NOT NULL AND i.superseded = 0 ORDER BY r.number");
    q->bind(communityId, year);
    while (q->next()) // later rounds overwrite earlier ones
        grades[q->integer(0)] = YearGrade{gradeFrom(q->text(1)), q->real(2), int(q->integer(3))};
    return grades;
}

} // namespace shegong::core
