#include "layout.h"

#include "random.h"

#include <QStringList>
#include <algorithm>
#include <cmath>

namespace shegong::core::demo {
namespace {

struct CommunitySpec {
    const char* name;
    CommunityKind kind;
};

// Fifteen synthetic communities; index 6 is the old town, index 14 the urban village.
constexpr CommunitySpec kCommunities[15] = {
    {"景和", CommunityKind::Residential},  {"明月", CommunityKind::Residential},
    {"春晖", CommunityKind::Residential},  {"安乐", CommunityKind::Residential},
    {"清泰", CommunityKind::Residential},  {"和睦", CommunityKind::Residential},
    {"河坊", CommunityKind::OldTown},      {"长庆", CommunityKind::Residential},
    {"翠苑", CommunityKind::Residential},  {"丰乐", CommunityKind::Residential},
    {"永宁", CommunityKind::Residential},  {"钱湖", CommunityKind::Residential},
    {"杨柳", CommunityKind::Residential},  {"锦绣", CommunityKind::Residential},
    {"三堡", CommunityKind::UrbanVillage},
};
constexpr int kAreas = 108;
constexpr int kBuildings = 609;
constexpr int kUrbanVillageHouses = 140;
constexpr int kOldTownHouses = 70;
constexpr int kUrbanVillageLanes = 30;
constexpr int kOldTownLanes = 15;

const QStringList kEstateSuffixes = QStringLiteral("苑 花园 新村 家园 公寓 小区 雅苑 嘉园").split(u' ');
const QStringList kNumerals = QStringLiteral("一 二 三 四 五 六 七 八 九 十").split(u' ');
const QStringList kLaneStems = QStringLiteral("青石 柳条 井头 石板 竹竿 桑园 茶亭 杨家 沈家 李家 太平 永安 "
                                              "仁和 新河 庙前 东升 西园 南星 北斗 长生 福寿 "
                                              "兴隆 同心 花园 小河 水井 古桥 槐树 梧桐 红星 和平 光明 幸福 "
                                              "吉祥 大井 塘边 渡口 堰头 横街 直街 潮鸣 白马 "
                                              "金鱼 观音 丁桥")
                                   .split(u' ');

constexpr double kStreet = 40;                     // between community blocks
constexpr double kMargin = 10;                     // inside an area cell
constexpr double kSlotX = 80, kSlotY = 46;         // apartment slots
constexpr double kHousePitch = 15, kLanePair = 37; // private houses: two rows facing a lane

int scaled(int count, double scale)
{
    return std::max(1, int(std::lround(count * scale)));
}

//! Splits `total` into `parts` near-equal shares, the larger ones first.
std::vector<int> share(int total, int parts)
{
    std::vector<int> shares(size_t(parts), total / parts);
    for (int i = 0; i < total % parts; ++i)
        ++shares[size_t(i)];
    return shares;
}

Ring rectangle(double x, double y, double w, double h)
{
    return {{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}};
}

void translate(Polygon& polygon, double dx, double dy)
{
    for (auto& ring : polygon) {
        for (auto& p : ring) {
            p.x = std::round((p.x + dx) * 100) / 100;
            p.y = std::round((p.y + dy) * 100) / 100;
        }
    }
}

struct Cell {
    double width = 0;
    double height = 0;
};

// Apartment blocks: slabs of 6 or 11 floors, 18-floor towers, some L-shaped, a few around a courtyard.
PlannedBuilding apartment(Random& random, double x, double y)
{
    PlannedBuilding planned;
    Building& b = planned.building;
    b.kind = BuildingKind::Apartment;
    const int type = random.weighted({34, 40, 26});
    double width = 0, depth = 12;
    if (random.chance(0.04)) {
        // Courtyard block (回字形): a polygon with a hole.
        b.floors = 6;
        planned.stairwells = 4;
        planned.unitsPerFloor = 2;
        b.footprint = {rectangle(x, y + 2, 44, 34), rectangle(x + 10, y + 12, 24, 14)};
        std::reverse(b.footprint[1].begin(), b.footprint[1].end()); // holes run clockwise
    } else {
        if (type == 2) {
            b.floors = 18;
            planned.stairwells = 2;
            planned.unitsPerFloor = 4;
            width = 36;
            depth = 18;
        } else {
            b.floors = type == 0 ? 6 : 11;
            planned.stairwells = type == 0 ? 3 : random.between(2, 3);
            planned.unitsPerFloor = 2;
            width = planned.stairwells * 18;
        }
        const double x0 = x + random.below(int(kSlotX - width - 8) + 1);
        const double y0 = y + 4;
        if (random.chance(0.15)) {
            // L-shaped: a wing to the north at the east end makes the footprint concave.
            b.footprint = {{{x0, y0},
                            {x0 + width, y0},
                            {x0 + width, y0 + depth + 14},
                            {x0 + width - 14, y0 + depth + 14},
                            {x0 + width - 14, y0 + depth},
                            {x0, y0 + depth}}};
        } else {
            b.footprint = {rectangle(x0, y0, width, depth)};
        }
    }
    b.height = b.floors * 2.9;
    return planned;
}

struct AreaDraft {
    PlannedArea planned;
    Cell cell;
    std::vector<std::pair<int, double>> laneRows; // lane index, y inside the cell
};

AreaDraft draftApartmentArea(Random& random, int count)
{
    AreaDraft draft;
    const int cols = std::max(2, int(std::ceil(std::sqrt(count * kSlotY / kSlotX))));
    const int rows = (count + cols - 1) / cols;
    draft.cell = {cols * kSlotX + 2 * kMargin, rows * kSlotY + 2 * kMargin};
    for (int i = 0; i < count; ++i)
        draft.planned.buildings.push_back(
            apartment(random, kMargin + (i % cols) * kSlotX, kMargin + (i / cols) * kSlotY));
    return draft;
}

AreaDraft draftLaneArea(Random& random, int count, int lanes, bool urbanVillage, int firstLane)
{
    AreaDraft draft;
    const int perRow = (count + 2 * lanes - 1) / (2 * lanes);
    draft.cell = {perRow * kHousePitch + 2 * kMargin, lanes * kLanePair + 2 * kMargin};
    for (int l = 0; l < lanes; ++l)
        draft.laneRows.push_back({firstLane + l, kMargin + l * kLanePair + 16});
    for (int i = 0; i < count; ++i) {
        const int row = i / perRow, lane = row / 2, side = row % 2;
        PlannedBuilding planned;
        Building& b = planned.building;
        b.kind = BuildingKind::PrivateHouse;
        b.floors = urbanVillage ? random.between(5, 6) : random.between(2, 3);
        b.height = b.floors * 3.2;
        const double w = urbanVillage ? 12 : 10, d = urbanVillage ? 13 : 11;
        const double x = kMargin + (i % perRow) * kHousePitch;
        const double y = kMargin + lane * kLanePair + (side ? 13 + 6 : 13 - d);
        b.footprint = {rectangle(x, y, w, d)};
        planned.laneIndex = firstLane + lane;
        planned.building.address =
            QString::number((i % perRow) * 2 + 1 + side); // door number, prefixed later
        draft.planned.buildings.push_back(std::move(planned));
    }
    return draft;
}

QString laneName(int index)
{
    const int stems = int(kLaneStems.size());
    QString name = kLaneStems.at(index % stems) + (index % 2 ? QStringLiteral("弄") : QStringLiteral("巷"));
    if (index >= stems)
        name += QString::number(index / stems + 1);
    return name;
}

} // namespace

std::vector<PlannedCommunity> planDistrict(Random& random, double scale)
{
    const int villageHouses = scaled(kUrbanVillageHouses, scale);
    const int oldTownHouses = scaled(kOldTownHouses, scale);
    const int villageLanes = scaled(kUrbanVillageLanes, scale);
    const int oldTownLanes = scaled(kOldTownLanes, scale);
    const std::vector<int> areasPer = share(kAreas, 15);
    const int ordinaryAreas = kAreas - areasPer[6] - areasPer[14];
    const std::vector<int> apartmentsPer = share(
        std::max(ordinaryAreas, scaled(kBuildings, scale) - villageHouses - oldTownHouses), ordinaryAreas);
    const std::vector<int> roomsPerHouse = share(scaled(kUrbanVillageRooms, scale), villageHouses);

    std::vector<PlannedCommunity> communities;
    std::vector<std::vector<Cell>> cells;
    std::vector<std::vector<std::vector<std::pair<int, double>>>> laneRows;
    int ordinaryIndex = 0, villageHouse = 0, laneNameIndex = 0;
    for (int c = 0; c < 15; ++c) {
        PlannedCommunity community;
        const CommunitySpec& spec = kCommunities[c];
        const QString shortName = QString::fromUtf8(spec.name);
        community.community.code = QStringLiteral("C%1").arg(c + 1, 2, 10, QLatin1Char('0'));
        community.community.name = shortName + QStringLiteral("社区");
        community.community.kind = spec.kind;
        const bool village = spec.kind == CommunityKind::UrbanVillage;
        const bool lanesHere = spec.kind != CommunityKind::Residential;
        const int areaCount = areasPer[size_t(c)];
        // Every lane area keeps at least one lane and one house, whatever the scale.
        const std::vector<int> housesPer =
            share(std::max(areaCount, village ? villageHouses : oldTownHouses), areaCount);
        const std::vector<int> lanesPer =
            share(std::max(areaCount, village ? villageLanes : oldTownLanes), areaCount);

        std::vector<Cell> communityCells;
        std::vector<std::vector<std::pair<int, double>>> communityLaneRows;
        for (int a = 0; a < areaCount; ++a) {
            AreaDraft draft;
            if (lanesHere) {
                const int firstLane = int(community.lanes.size());
                draft = draftLaneArea(random, housesPer[size_t(a)], lanesPer[size_t(a)], village, firstLane);
                for (int l = 0; l < lanesPer[size_t(a)]; ++l)
                    community.lanes.push_back({0, 0, laneName(laneNameIndex++), {}});
            } else {
                draft = draftApartmentArea(random, apartmentsPer[size_t(ordinaryIndex++)]);
            }
            Area& area = draft.planned.area;
            area.code = QStringLiteral("%1-A%2").arg(community.community.code).arg(a + 1);
            area.name = shortName + QStringLiteral("第%1片区").arg(kNumerals.at(a % 10));
            const QString estate = shortName + kEstateSuffixes.at(a % kEstateSuffixes.size());
            int number = 1;
            for (PlannedBuilding& planned : draft.planned.buildings) {
                Building& b = planned.building;
                b.code = QStringLiteral("%1-B%2").arg(area.code).arg(number, 2, 10, QLatin1Char('0'));
                if (b.kind == BuildingKind::Apartment) {
                    b.address = estate + QStringLiteral("%1幢").arg(number);
                } else {
                    b.address =
                        community.lanes[size_t(planned.laneIndex)].name + b.address + QStringLiteral("号");
                    if (village)
                        planned.rentalRooms = roomsPerHouse[size_t(villageHouse++)];
                }
                ++number;
            }
            community.areas.push_back(std::move(draft.planned));
            communityCells.push_back(draft.cell);
            communityLaneRows.push_back(std::move(draft.laneRows));
        }
        communities.push_back(std::move(community));
        cells.push_back(std::move(communityCells));
        laneRows.push_back(std::move(communityLaneRows));
    }

    // Arrange: areas in two rows inside each community block, blocks in a 5 x 3 grid.
    struct Block {
        double width = 0, height = 0;
        std::vector<std::pair<double, double>> offsets; // cell origin inside the block
        std::vector<Cell> stretched;
    };
    std::vector<Block> blocks(15);
    for (int c = 0; c < 15; ++c) {
        const auto& cs = cells[size_t(c)];
        const int n = int(cs.size()), top = (n + 1) / 2;
        const auto rowExtent = [&](int from, int to) {
            double w = 0, h = 0;
            for (int i = from; i < to; ++i) {
                w += cs[size_t(i)].width;
                h = std::max(h, cs[size_t(i)].height);
            }
            return std::pair{w, h};
        };
        const auto [bottomW, bottomH] = rowExtent(top, n);
        const auto [topW, topH] = rowExtent(0, top);
        Block& block = blocks[size_t(c)];
        block.width = std::max(topW, bottomW);
        block.height = bottomH + topH;
        block.offsets.resize(size_t(n));
        block.stretched.resize(size_t(n));
        const auto place = [&](int from, int to, double rowW, double y, double h) {
            const double extra = (block.width - rowW) / (to - from);
            double x = 0;
            for (int i = from; i < to; ++i) {
                block.stretched[size_t(i)] = {cs[size_t(i)].width + extra, h};
                block.offsets[size_t(i)] = {x, y};
                x += cs[size_t(i)].width + extra;
            }
        };
        place(top, n, bottomW, 0, bottomH);
        place(0, top, topW, bottomH, topH);
    }
    double colWidth[5] = {}, rowHeight[3] = {};
    for (int c = 0; c < 15; ++c) {
        colWidth[c % 5] = std::max(colWidth[c % 5], blocks[size_t(c)].width);
        rowHeight[c / 5] = std::max(rowHeight[c / 5], blocks[size_t(c)].height);
    }
    for (int c = 0; c < 15; ++c) {
        double bx = 0, by = 0;
        for (int i = 0; i < c % 5; ++i)
            bx += colWidth[i] + kStreet;
        for (int i = 0; i < c / 5; ++i)
            by += rowHeight[i] + kStreet;
        PlannedCommunity& community = communities[size_t(c)];
        const Block& block = blocks[size_t(c)];
        community.community.outline = {rectangle(0, 0, block.width, block.height)};
        translate(community.community.outline, bx, by);
        for (size_t a = 0; a < community.areas.size(); ++a) {
            PlannedArea& area = community.areas[a];
            const auto [ox, oy] = block.offsets[a];
            const Cell& cell = block.stretched[a];
            const Cell& natural = cells[size_t(c)][a];
            area.area.outline = {rectangle(0, 0, cell.width, cell.height)};
            translate(area.area.outline, bx + ox, by + oy);
            const double cx = bx + ox + (cell.width - natural.width) / 2;
            for (PlannedBuilding& planned : area.buildings) {
                translate(planned.building.footprint, cx, by + oy);
            }
            for (const auto& [laneIndex, laneY] : laneRows[size_t(c)][a]) {
                // The lane runs along the gap between the two rows of houses that face it.
                Polygon line{{{bx + ox + 4, by + oy + laneY}, {bx + ox + cell.width - 4, by + oy + laneY}}};
                translate(line, 0, 0);
                community.lanes[size_t(laneIndex)].path = line[0];
            }
        }
    }
    return communities;
}

} // namespace shegong::core::demo
