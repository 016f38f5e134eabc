#pragma once

#include "shegong/core/geography/geometry.h"

#include <QString>
#include <cstdint>
#include <optional>

namespace shegong::core {

using Id = std::int64_t;

enum class CommunityKind { Residential, OldTown, UrbanVillage };
enum class BuildingKind { Apartment, PrivateHouse };
enum class DwellingUse { Residence, RentalRoom };

struct Community {
    Id id = 0;
    QString code;
    QString name;
    CommunityKind kind = CommunityKind::Residential;
    Polygon outline;
};

//! A responsibility area (责任片区): the unit one social worker answers for.
struct Area {
    Id id = 0;
    Id communityId = 0;
    QString code;
    QString name;
    Polygon outline;
};

//! A lane (巷弄) along which private houses stand.
struct Lane {
    Id id = 0;
    Id communityId = 0;
    QString name;
    Polyline path;
};

struct Building {
    Id id = 0;
    Id areaId = 0;
    std::optional<Id> laneId;
    QString code;    //!< unique across the subdistrict, e.g. "C03-A2-B05"
    QString address; //!< as residents write it, e.g. "景和苑5幢" or "兴隆巷12号"
    BuildingKind kind = BuildingKind::Apartment;
    int floors = 1;
    double height = 3; //!< metres
    Polygon footprint; //!< local metres
};

//! A dwelling (户室): a flat, or a rental room in a private house.
struct Dwelling {
    Id id = 0;
    Id buildingId = 0;
    int stairwell = 1; //!< 单元
    int floor = 1;
    QString number; //!< door number, e.g. "301"
    DwellingUse use = DwellingUse::Residence;
};

QString toString(CommunityKind kind);
QString toString(BuildingKind kind);
QString toString(DwellingUse use);
CommunityKind communityKindFrom(const QString& text);
BuildingKind buildingKindFrom(const QString& text);
DwellingUse dwellingUseFrom(const QString& text);

} // namespace shegong::core
