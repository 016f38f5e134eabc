// Mediation figures (issue 13): the case list of two years (~2,400 cases) opened and filtered, the
// statistics of a period and a level, and the agreement to PDF.
#include "benchdistrict.h"
#include "core/storage/sql.h"
#include "shegong/core/mediation/mediationservice.h"
#include "shegong/core/mediation/mediationstats.h"
#include "shegong/report/agreementdocument.h"

#include <QTemporaryDir>

using namespace shegong;

namespace {

core::Session mediatorSession(const core::Database& db)
{
    core::Statement q = prepare(db, "SELECT id, account, name FROM workers WHERE account = 'tj01'");
    q.next();
    core::Session s;
    s.worker = {q.integer(0), q.text(1), q.text(2), core::Role::Mediator, std::nullopt, std::nullopt, true};
    return s;
}

//! A community's director: the list asks, case by case, which ones they may read.
core::Session directorSession(const core::Database& db)
{
    core::Statement q = prepare(db, "SELECT id, account, name, community_id FROM workers"
                                    " WHERE role = 'community_director' ORDER BY id LIMIT 1");
    q.next();
    core::Session s;
    s.worker = {q.integer(0), q.text(1),    q.text(2), core::Role::CommunityDirector,
                q.integer(3), std::nullopt, true};
    return s;
}

void BM_CaseList(benchmark::State& state)
{
    const core::Database& db = bench::benchDistrict(1.0);
    const core::Access access(db, mediatorSession(db));
    const core::MediationService service(access);
    const std::optional<core::CaseState> filters[] = {
        std::nullopt, core::CaseState::Agreed, core::CaseState::InMediation, core::CaseState::Litigation};
    size_t next = 0, rows = 0;
    bench::timeEach(state, [&] {
        rows = service.cases(QDate(2024, 11, 1), QDate(2026, 11, 1), filters[next++ % std::size(filters)])
                   .size();
    });
    state.counters["rows"] = double(rows);
}
BENCHMARK(BM_CaseList)->Unit(benchmark::kMillisecond)->MinTime(2);

void BM_CaseListAsDirector(benchmark::State& state)
{
    const core::Database& db = bench::benchDistrict(1.0);
    const core::Access access(db, directorSession(db));
    const core::MediationService service(access);
    size_t rows = 0, readable = 0;
    bench::timeEach(state, [&] {
        const auto list = service.cases(QDate(2024, 11, 1), QDate(2026, 11, 1));
        rows = list.size();
        readable = size_t(std::count_if(list.begin(), list.end(), [](const auto& c) { return c.readable; }));
    });
    state.counters["rows"] = double(rows);
    state.counters["readable"] = double(readable);
}
BENCHMARK(BM_CaseListAsDirector)->Unit(benchmark::kMillisecond)->MinTime(2);

void BM_MediationStatistics(benchmark::State& state)
{
    const core::Database& db = bench::benchDistrict(1.0);
    const core::Access access(db, mediatorSession(db));
    core::Statement station =
        prepare(db, "SELECT id FROM mediation_places WHERE level = 'station' ORDER BY id LIMIT 1");
    station.next();
    const core::Id stationId = station.integer(0);
    station.reset();
    const core::MediationScope scopes[] = {
        {QDate(2024, 11, 1), QDate(2026, 11, 1), std::nullopt, std::nullopt},
        {QDate(2025, 1, 1), QDate(2025, 12, 31), stationId, std::nullopt},
        {QDate(2026, 1, 1), QDate(2026, 6, 30), std::nullopt, core::Id(15)}};
    size_t next = 0;
    bench::timeEach(state,
                    [&] { benchmark::DoNotOptimize(core::mediationStatistics(access, scopes[next++ % 3])); });
}
BENCHMARK(BM_MediationStatistics)->Unit(benchmark::kMillisecond)->MinTime(2);

void BM_AgreementToPdf(benchmark::State& state)
{
    const core::Database& db = bench::benchDistrict(1.0);
    const core::Access access(db, mediatorSession(db));
    core::Statement any =
        prepare(db, "SELECT case_id FROM mediation_agreements WHERE amount_yuan > 0 LIMIT 1");
    any.next();
    const core::Id caseId = any.integer(0);
    any.reset();
    QTemporaryDir dir;
    bench::timeEach(state, [&] {
        const auto detail = core::MediationService(access).caseDetail(caseId);
        (void)report::writeAgreementPdf(*detail, detail->summary.placeName,
                                        dir.filePath(QStringLiteral("a.pdf")));
    });
}
BENCHMARK(BM_AgreementToPdf)->Unit(benchmark::kMillisecond)->Iterations(20);

} // namespace
