#pragma once

// What people look at: the wall table of grades, the vacancy board, a round's statistics, and the
// grades of the buildings for the map. Reads only, each within the session's ViewRentals scope.

#include "shegong/core/rental/assessments.h"
#include "shegong/core/rental/rentalhouses.h"

#include <unordered_map>

namespace shegong::core {

/*! The grades in force in a community: each house's grade of the last closed round of the latest
    year (up to `year`) that has a closed round; `year` is set to the year they come from. */
std::map<Id, YearGrade> gradesInForce(const Access& access, Id communityId, int& year);

struct WallTableRow {
    Id houseId = 0;
    QString address;
    QString landlord; //!< masked: the surname, then * for each further character
    int rooms = 0;
    double score = 0;
    Grade grade = Grade::None;
    int round = 0;
};
//! Every graded house of a community for a year (its last closed round's grade), by address.
Result<std::vector<WallTableRow>> wallTable(const Access& access, Id communityId, int year);

//! The graded houses of one round (its current inspections with a grade), by address: its plaques.
Result<std::vector<WallTableRow>> gradedInRound(const Access& access, Id roundId);

struct VacancyQuery {
    Id communityId = 0;
    std::optional<int> rentMin, rentMax;
    std::optional<double> areaMin;
    std::optional<int> floorMin, floorMax;
    Grade gradeAtLeast = Grade::None;
    int year = 0; //!< the grades in force up to this year
};
struct VacantRoom {
    Id roomId = 0, houseId = 0, buildingId = 0;
    QString address; //!< house and room: 杨家弄3号201室
    int floor = 1;
    double areaM2 = 0;
    int rentYuan = 0;
    int maxOccupants = 1;
    QString facilities;
    Grade grade = Grade::None;
    double score = 0;
};
//! Vacant rooms for rent, best grade first, then higher score, then lower rent.
Result<std::vector<VacantRoom>> vacancies(const Access& access, const VacancyQuery& query);

//! A house's rooms on the room board (floor by floor, like a hotel's).
struct BoardRoom {
    Id roomId = 0;
    QString number;
    int floor = 1;
    RoomState state = RoomState::Vacant;
};
struct BoardHouse {
    Id houseId = 0;
    QString address;
    Grade grade = Grade::None;
    std::vector<BoardRoom> rooms;
};
Result<std::vector<BoardHouse>> roomBoard(const Access& access, Id communityId, int year);

struct RoundStatistics {
    AssessmentRound round;
    int inspected = 0;
    std::array<int, 4> perGrade{}; //!< by Grade: none, A, AA, AAA
    double averageScore = 0;
    std::vector<std::pair<QString, int>> mostDeducted; //!< item title and how many houses, most first
    int movedUp = 0, movedDown = 0;                    //!< against the round before (same community)
    std::optional<Id> previousRoundId;
};
Result<RoundStatistics> roundStatistics(const Access& access, Id roundId);

//! Best and worst grade in force of the rental houses of each building (the map's "rental grade").
struct BuildingGrades {
    Grade best = Grade::None, worst = Grade::None;
};
std::unordered_map<Id, BuildingGrades> buildingGrades(const Access& access, int year);

//! A building's rental houses with the grade in force of each (empty without ViewRentals there).
struct GradedHouse {
    HouseView house;
    Grade grade = Grade::None;
    bool graded = false; //!< false: never graded in a closed round
};
std::vector<GradedHouse> rentalHousesOf(const Access& access, Id buildingId);

//! When each current tenant of a building moved in, by resident (for the household panel).
std::unordered_map<Id, QDate> tenantsOfBuilding(const Access& access, Id buildingId);

//! A landlord's name as a public table shows it: 王** for 王建国.
QString maskedName(const QString& name);

} // namespace shegong::core
