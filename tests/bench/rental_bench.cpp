// Rental grading figures (issue 12): the vacancy search over the urban village's 7,947 rooms, the
// wall table and a round's plaques to PDF, the score recomputed on each tick of the form, and the map
// switched to "rental grade" until the next frame shows it.
#include "benchdistrict.h"
#include "core/storage/sql.h"
#include "shegong/core/geography/districtrepository.h"
#include "shegong/core/rental/rentalviews.h"
#include "shegong/map/colour/areacolourmode.h"
#include "shegong/map/colour/rentalgrademode.h"
#include "shegong/map/districtscene.h"
#include "shegong/report/rentaldocuments.h"
#include "shegong/ui/map/mapwidget.h"
#include "shegong/ui/rental/checklistmodel.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace shegong;

namespace {

core::Id village(const core::Database& db)
{
    core::Statement q = prepare(db, "SELECT id FROM communities WHERE kind = 'urban_village'");
    q.next();
    return q.integer(0);
}

void BM_VacancySearch(benchmark::State& state)
{
    const core::Database& db = bench::benchDistrict(1.0);
    const core::Access admin(db, bench::administratorSession(db));
    // What the office types: no filter, a rent ceiling, a grade floor, all three with an area.
    std::vector<core::VacancyQuery> queries;
    for (int i = 0; i < 12; ++i) {
        core::VacancyQuery q;
        q.communityId = village(db);
        q.year = 2026;
        if (i % 2)
            q.rentMax = 700 + 100 * (i % 5);
        if (i % 3 == 1)
            q.gradeAtLeast = core::Grade::AA;
        if (i % 4 == 3)
            q.areaMin = 12;
        queries.push_back(q);
    }
    size_t next = 0, found = 0;
    bench::timeEach(state, [&] { found = core::vacancies(admin, queries[next++ % queries.size()])->size(); });
    core::Statement rooms = prepare(db, "SELECT count(*) FROM rental_rooms");
    rooms.next();
    state.counters["rooms"] = double(rooms.integer(0));
}
BENCHMARK(BM_VacancySearch)->Unit(benchmark::kMillisecond)->MinTime(2);

void BM_WallTableToPdf(benchmark::State& state)
{
    const core::Database& db = bench::benchDistrict(1.0);
    const core::Access admin(db, bench::administratorSession(db));
    QTemporaryDir dir;
    int pages = 0;
    bench::timeEach(state, [&] {
        auto rows = core::wallTable(admin, village(db), 2025);
        pages = report::writeWallTablePdf(
                    {QStringLiteral("和安街道"), QStringLiteral("三堡社区"), 2025, rows.value()},
                    dir.filePath(QStringLiteral("wall.pdf")))
                    .value();
    });
    state.counters["pages"] = pages;
}
BENCHMARK(BM_WallTableToPdf)->Unit(benchmark::kMillisecond)->Iterations(10);

void BM_PlaquesToPdf(benchmark::State& state)
{
    const core::Database& db = bench::benchDistrict(1.0);
    const core::Access admin(db, bench::administratorSession(db));
    core::Statement third = prepare(db, "SELECT id FROM assessment_rounds WHERE year = 2025 AND number = 3");
    third.next();
    const core::Id round = third.integer(0);
    third.reset();
    QTemporaryDir dir;
    size_t plaques = 0;
    bench::timeEach(state, [&] {
        std::vector<report::Plaque> list;
        for (const core::WallTableRow& r : core::gradedInRound(admin, round).value())
            list.push_back({r.address, r.grade, 2025, QStringLiteral("三堡社区")});
        plaques = list.size();
        (void)report::writePlaquesPdf(list, dir.filePath(QStringLiteral("plaques.pdf")));
    });
    state.counters["plaques"] = double(plaques);
}
BENCHMARK(BM_PlaquesToPdf)->Unit(benchmark::kMillisecond)->Iterations(10);

// One tick on the inspection form: the model's change and core's assess() of every tick so far.
void BM_ScoreOnTick(benchmark::State& state)
{
    ui::ChecklistModel checklist;
    checklist.setRuleSet(core::defaultRuleSet(2026));
    for (int row = 0; row < checklist.rowCount(); row += 3)
        checklist.tick(row, true);
    int row = 1;
    bool on = true;
    for (auto _ : state) {
        checklist.tick(row, on);
        benchmark::DoNotOptimize(checklist.assessment());
        if (++row == checklist.rowCount()) {
            row = 1;
            on = !on;
        }
    }
}
BENCHMARK(BM_ScoreOnTick)->Unit(benchmark::kMicrosecond);

// From choosing "rental grade" (read the grades, colour the buildings) until the next frame is drawn.
void BM_SwitchToRentalGradeMode(benchmark::State& state)
{
    if (QGuiApplication::platformName() != QLatin1String("xcb")) {
        state.SkipWithError("needs an X server with GL: run under xvfb-run");
        return;
    }
    const core::Database& db = bench::benchDistrict(1.0);
    const core::Access admin(db, bench::administratorSession(db));
    const core::DistrictRepository district(db);
    auto scene = std::make_shared<map::DistrictScene>(
        map::SceneInput{district.communities(), district.areas(), district.lanes(), district.buildings()});
    ui::MapWidget widget;
    widget.resize(1280, 800);
    widget.setScene(scene);
    widget.show();
    (void)QTest::qWaitForWindowExposed(&widget);
    widget.home(false);
    widget.grabFramebuffer();
    std::vector<double> samples;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        map::RentalGradeMode::create(admin, *scene)->apply(*scene);
        widget.grabFramebuffer();
        samples.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        state.PauseTiming();
        map::AreaColourMode::create(admin, *scene)->apply(*scene); // back, for the next switch
        widget.grabFramebuffer();
        state.ResumeTiming();
    }
    std::sort(samples.begin(), samples.end());
    state.counters["p50_ms"] = samples[samples.size() / 2];
    state.counters["max_ms"] = samples.back();
}
BENCHMARK(BM_SwitchToRentalGradeMode)->Unit(benchmark::kMillisecond)->Iterations(20);

} // namespace
