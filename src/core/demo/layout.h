#pragma once

#include "shegong/core/geography/geography.h"

#include <vector>

namespace shegong::core::demo {

class Random;

struct PlannedBuilding {
    Building building;  //!< ids unset; footprint in district coordinates
    int laneIndex = -1; //!< index into the community's lanes
    int stairwells = 1;
    int unitsPerFloor = 1; //!< apartments: flats per stairwell and floor
    int rentalRooms = 0;   //!< urban-village houses: rooms let to tenants above the landlord's floor
};

struct PlannedArea {
    Area area;
    std::vector<PlannedBuilding> buildings;
};

struct PlannedCommunity {
    Community community;
    std::vector<PlannedArea> areas;
    std::vector<Lane> lanes;
};

/*! Lays out the demo subdistrict: 15 communities in a 5 x 3 grid of blocks separated by streets,
    108 responsibility areas, 609 buildings (slabs, towers, L-shaped and courtyard blocks, private
    houses along 45 lanes) and an urban village with 7,947 rental rooms, all times `scale`. */
std::vector<PlannedCommunity> planDistrict(Random& random, double scale);

inline constexpr int kUrbanVillageRooms = 7947;

} // namespace shegong::core::demo
