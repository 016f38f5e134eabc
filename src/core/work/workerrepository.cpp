#include "shegong/core/work/workerrepository.h"

#include "core/storage/sql.h"
#include "shegong/core/base/enumcodec.h"
#include "shegong/core/storage/database.h"

namespace shegong::core {

namespace {
constexpr EnumCodec<Role, 6> kRoles{"role",
                                    {{{Role::SocialWorker, "social_worker"},
                                      {Role::CommunityDirector, "community_director"},
                                      {Role::SubdistrictAdmin, "subdistrict_admin"},
                                      {Role::RentalAssessor, "rental_assessor"},
                                      {Role::Mediator, "mediator"},
                                      {Role::Auditor, "auditor"}}}};
constexpr EnumCodec<LeaderRole, 3> kLeaderRoles{"leader role",
                                                {{{LeaderRole::PartyGroup, "party_group"},
                                                  {LeaderRole::Building, "building"},
                                                  {LeaderRole::Retiree, "retiree"}}}};
} // namespace
namespace {

constexpr const char* kWorkerColumns =
    "SELECT w.id, w.account, w.name, w.role, w.community_id, w.phone, w.active"
    " FROM workers w ";

Worker workerFrom(const Statement& row)
{
    Worker w;
    w.id = row.integer(0);
    w.account = row.text(1);
    w.name = row.text(2);
    w.role = kRoles.stored(row.text(3));
    if (!row.isNull(4))
        w.communityId = row.integer(4);
    w.phone = row.optionalText(5);
    w.active = row.integer(6) != 0;
    return w;
}

std::optional<Worker> firstWorker(Statement& query)
{
    if (!query.next())
        return std::nullopt;
    return workerFrom(query);
}

} // namespace

QString toString(Role role)
{
    return kRoles.code(role);
}

std::optional<Role> roleFrom(const QString& text)
{
    return kRoles.parse(text);
}

QString toString(LeaderRole role)
{
    return kLeaderRoles.code(role);
}

LeaderRole leaderRoleFrom(const QString& text)
{
    return kLeaderRoles.stored(text);
}

std::vector<Worker> WorkerRepository::workers() const
{
    auto query = cached(m_db, std::string(kWorkerColumns) + "ORDER BY w.account");
    std::vector<Worker> result;
    while (query->next())
        result.push_back(workerFrom(*query));
    return result;
}

std::optional<Worker> WorkerRepository::worker(Id workerId) const
{
    auto query = cached(m_db, std::string(kWorkerColumns) + "WHERE w.id = ?");
    query->bind(workerId);
    return firstWorker(*query);
}

std::optional<Worker> WorkerRepository::workerByAccount(const QString& account) const
{
    auto query = cached(m_db, std::string(kWorkerColumns) + "WHERE w.account = ?");
    query->bind(account);
    return firstWorker(*query);
}

std::optional<Worker> WorkerRepository::workerOfArea(Id areaId, QDate day) const
{
    auto query =
        cached(m_db, std::string(kWorkerColumns) +
                         "JOIN area_assignments a ON a.worker_id = w.id"
                         " WHERE a.area_id = ?1 AND a.starts <= ?2 AND (a.ends IS NULL OR a.ends >= ?2)"
                         " ORDER BY a.starts DESC LIMIT 1");
    query->bind(areaId, day.toString(Qt::ISODate));
    return firstWorker(*query);
}

std::vector<AreaAssignment> WorkerRepository::assignmentsOf(Id areaId) const
{
    auto query = cached(m_db, "SELECT id, area_id, worker_id, starts, ends, assigned_by FROM area_assignments"
                              " WHERE area_id = ? ORDER BY starts, id");
    query->bind(areaId);
    std::vector<AreaAssignment> result;
    while (query->next()) {
        AreaAssignment a{query->integer(0), query->integer(1),
                         query->integer(2), QDate::fromString(query->text(3), Qt::ISODate),
                         std::nullopt,      std::nullopt};
        if (!query->isNull(4))
            a.ends = QDate::fromString(query->text(4), Qt::ISODate);
        if (!query->isNull(5))
            a.assignedBy = query->integer(5);
        result.push_back(a);
    }
    return result;
}

std::vector<AreaLeader> WorkerRepository::leadersOf(Id areaId) const
{
    auto query = cached(m_db, "SELECT id, area_id, role, name, phone, building_id FROM area_leaders"
                              " WHERE area_id = ? ORDER BY id");
    query->bind(areaId);
    std::vector<AreaLeader> result;
    while (query->next()) {
        AreaLeader l{query->integer(0), query->integer(1),      leaderRoleFrom(query->text(2)),
                     query->text(3),    query->optionalText(4), std::nullopt};
        if (!query->isNull(5))
            l.buildingId = query->integer(5);
        result.push_back(l);
    }
    return result;
}

Id WorkerRepository::add(const Worker& w) const
{
    auto insert = cached(
        m_db,
        "INSERT INTO workers(account, name, role, community_id, phone, active) VALUES(?, ?, ?, ?, ?, ?)");
    return insert->bind(w.account, w.name, toString(w.role), w.communityId, w.phone, w.active ? 1 : 0)
        .insert();
}

Id WorkerRepository::add(const AreaAssignment& a) const
{
    auto insert = cached(
        m_db,
        "INSERT INTO area_assignments(area_id, worker_id, starts, ends, assigned_by) VALUES(?, ?, ?, ?, ?)");
    std::optional<QString> ends;
    if (a.ends)
        ends = a.ends->toString(Qt::ISODate);
    return insert->bind(a.areaId, a.workerId, a.starts.toString(Qt::ISODate), ends, a.assignedBy).insert();
}

Id WorkerRepository::add(const AreaLeader& l) const
{
    auto insert = cached(
        m_db, "INSERT INTO area_leaders(area_id, role, name, phone, building_id) VALUES(?, ?, ?, ?, ?)");
    return insert->bind(l.areaId, toString(l.role), l.name, l.phone, l.buildingId).insert();
}

} // namespace shegong::core
