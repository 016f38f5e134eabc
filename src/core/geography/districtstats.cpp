#include "shegong/core/geography/districtstats.h"

#include "core/storage/sql.h"
#include "shegong/core/storage/database.h"

namespace shegong::core {

QJsonObject DistrictStats::toJson() const
{
    return QJsonObject{
        {QStringLiteral("communities"), qint64(communities)},
        {QStringLiteral("areas"), qint64(areas)},
        {QStringLiteral("lanes"), qint64(lanes)},
        {QStringLiteral("buildings"), qint64(buildings)},
        {QStringLiteral("dwellings"), qint64(dwellings)},
        {QStringLiteral("households"), qint64(households)},
        {QStringLiteral("residents"), qint64(residents)},
        {QStringLiteral("floating_residents"), qint64(floatingResidents)},
        {QStringLiteral("workers"), qint64(workers)},
    };
}

DistrictStats districtStats(const Database& db)
{
    Statement query =
        prepare(db, "SELECT (SELECT count(*) FROM communities), (SELECT count(*) FROM areas), (SELECT "
                    "count(*) FROM lanes),"
                    " (SELECT count(*) FROM buildings), (SELECT count(*) FROM dwellings),"
                    " (SELECT count(*) FROM households WHERE moved_out IS NULL),"
                    " (SELECT count(*) FROM residents WHERE moved_out IS NULL),"
                    " (SELECT count(*) FROM residents WHERE moved_out IS NULL AND registration = 'floating'),"
                    " (SELECT count(*) FROM workers WHERE active = 1)");
    query.next();
    DistrictStats s;
    s.communities = query.integer(0);
    s.areas = query.integer(1);
    s.lanes = query.integer(2);
    s.buildings = query.integer(3);
    s.dwellings = query.integer(4);
    s.households = query.integer(5);
    s.residents = query.integer(6);
    s.floatingResidents = query.integer(7);
    s.workers = query.integer(8);
    return s;
}

} // namespace shegong::core
