#pragma once

#include "shegong/core/work/worker.h"

#include <vector>

namespace shegong::core {

class Database;

//! Workers, their dated area assignments (handover history) and the areas' three leaders.
class WorkerRepository {
public:
    explicit WorkerRepository(const Database& db) : m_db(db) {}

    std::vector<Worker> workers() const;
    std::optional<Worker> worker(Id workerId) const;
    std::optional<Worker> workerByAccount(const QString& account) const;
    //! The worker answering for the area on `day`, if any.
    std::optional<Worker> workerOfArea(Id areaId, QDate day) const;
    //! Every assignment of the area, oldest first: the handover history.
    std::vector<AreaAssignment> assignmentsOf(Id areaId) const;
    std::vector<AreaLeader> leadersOf(Id areaId) const;

    // Writes: the caller owns the transaction.
    Id add(const Worker& worker) const;
    Id add(const AreaAssignment& assignment) const;
    Id add(const AreaLeader& leader) const;

private:
    const Database& m_db;
};

} // namespace shegong::core
