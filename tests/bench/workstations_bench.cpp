// Twenty workstations recording visits at once on one database (issue 16's figure: p99 write latency
// <= 100 ms, no failures). Each thread is a social worker on a connection of their own, recording
// visits to households of their own areas, as fast as it can; writes take turns through the busy
// handler. Every workstation is connected and logged in before the first visit, then all start at
// once. Runs on a copy of the scale-1 demo, so the other benchmarks' district stays as it was: a file,
// or a scratch database beside the server's (SHEGONG_BENCH_POSTGRES).
#include "benchdistrict.h"
#include "core/storage/sql.h"
#include "shegong/core/security/access.h"
#include "shegong/core/storage/databasecopy.h"
#include "shegong/core/storage/serveraddress.h"
#include "shegong/core/work/visitservice.h"
#include "shegong/core/work/workerrepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <atomic>
#include <barrier>
#include <mutex>
#include <thread>

using namespace shegong;

namespace {

//! How long each workstation's write took, over every round, and how many failed.
struct Round {
    std::vector<double> latencies;
    std::atomic<int> failures{0};
};

void recordVisitsAtOnce(const QString& location, int workstations, Round& round)
{
    constexpr int kVisitsEach = 25;
    std::mutex gather;
    std::barrier loggedIn(workstations);
    std::vector<std::thread> pcs;
    for (int w = 1; w <= workstations; ++w)
        pcs.emplace_back([&, w] {
            auto db = core::Database::open(location);
            const auto worker = core::WorkerRepository(*db.value())
                                    .workerByAccount(QStringLiteral("sg%1").arg(w, 3, 10, QLatin1Char('0')));
            const core::Access access(*db.value(), core::Session{*worker, QStringLiteral("PC-%1").arg(w),
                                                                 QDateTime::currentDateTimeUtc(), false});
            core::Statement households =
                prepare(*db.value(), "SELECT h.id FROM households h JOIN dwellings d ON d.id = h.dwelling_id"
                                     " JOIN buildings b ON b.id = d.building_id WHERE b.area_id = ?"
                                     " AND h.moved_out IS NULL ORDER BY h.id LIMIT ?");
            households.bind(*access.ownAreas().begin(), kVisitsEach);
            std::vector<core::Id> ids;
            while (households.next())
                ids.push_back(households.integer(0));
            households.reset();
            const core::VisitService visits(access);
            std::vector<double> mine;
            loggedIn.arrive_and_wait();
            for (const core::Id household : ids) {
                core::Visit visit;
                visit.householdId = household;
                visit.visitedOn = access.today();
                visit.duties = {core::Duty::CivilAffairs};
                const auto start = std::chrono::steady_clock::now();
                const auto done = visits.recordVisit(visit);
                mine.push_back(
                    std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                        .count());
                if (!done)
                    ++round.failures;
            }
            const std::lock_guard lock(gather);
            round.latencies.insert(round.latencies.end(), mine.begin(), mine.end());
        });
    for (std::thread& pc : pcs)
        pc.join();
}

void report(benchmark::State& state, Round& round)
{
    std::sort(round.latencies.begin(), round.latencies.end());
    const auto at = [&](double q) {
        return round
            .latencies[std::min(round.latencies.size() - 1, size_t(q * double(round.latencies.size())))];
    };
    state.counters["writes"] = double(round.latencies.size());
    state.counters["p50_ms"] = at(0.50);
    state.counters["p90_ms"] = at(0.90);
    state.counters["p99_ms"] = at(0.99);
    state.counters["failures"] = round.failures.load();
}

void BM_TwentyWorkstationsRecordVisits(benchmark::State& state)
{
    const core::Database& district = bench::benchDistrictOnFile(1.0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.db"));
    Round round;
    for (auto _ : state) {
        state.PauseTiming();
        QFile::remove(path);
        QFile::copy(district.path(), path);
        state.ResumeTiming();
        recordVisitsAtOnce(path, int(state.range(0)), round);
    }
    report(state, round);
}

/*! A database on the server SHEGONG_BENCH_POSTGRES names, beside its database, holding a copy of the
    scale-1 demo; dropped when done. The visits written would otherwise pile up on the few households
    the workstations visit, in the district the read benchmarks measure. */
class ScratchServerDatabase {
public:
    explicit ScratchServerDatabase(const QString& server)
    {
        m_owner = core::Database::open(server).value();
        auto address = core::ServerAddress::fromAddress(server);
        m_name = address->database + QStringLiteral("_workstations");
        address->database = m_name;
        m_address = address->toAddress();
        drop();
        execute(*m_owner, "CREATE DATABASE " + m_name.toStdString());
        const auto copied =
            core::copyDatabase(bench::benchDistrictOnFile(1.0).path(), m_address, QStringLiteral("bench"));
        if (!copied)
            throw std::runtime_error(copied.error().message.toStdString());
    }
    ~ScratchServerDatabase() { drop(); }
    const QString& address() const { return m_address; }

private:
    void drop() { execute(*m_owner, "DROP DATABASE IF EXISTS " + m_name.toStdString() + " WITH (FORCE)"); }

    std::unique_ptr<core::Database> m_owner;
    QString m_name;
    QString m_address;
};

//! The same on the office's PostgreSQL server (SHEGONG_BENCH_POSTGRES); skipped without one.
void BM_TwentyWorkstationsRecordVisitsOnPostgres(benchmark::State& state)
{
    const QString server = qEnvironmentVariable("SHEGONG_BENCH_POSTGRES");
    if (server.isEmpty()) {
        state.SkipWithError("SHEGONG_BENCH_POSTGRES names no server database with a demo district");
        return;
    }
    const ScratchServerDatabase office(server);
    Round round;
    for (auto _ : state)
        recordVisitsAtOnce(office.address(), int(state.range(0)), round);
    report(state, round);
}
BENCHMARK(BM_TwentyWorkstationsRecordVisits)
    ->Arg(20)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->UseRealTime();
BENCHMARK(BM_TwentyWorkstationsRecordVisitsOnPostgres)
    ->Arg(20)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->UseRealTime();

} // namespace
