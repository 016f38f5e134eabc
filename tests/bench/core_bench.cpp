// Storage figures of the foundation: demo generation, the household panel's query, resident lookups.
#include "benchdistrict.h"
#include "core/storage/sql.h"
#include "demodistrict.h"
#include "shegong/core/base/pinyin.h"
#include "shegong/core/demo/demogenerator.h"
#include "shegong/core/people/residentrepository.h"
#include "shegong/core/people/residentsearch.h"
#include "shegong/core/security/access.h"
#include "shegong/core/security/passwordhasher.h"

#include <QTemporaryDir>

using namespace shegong;

namespace {

std::vector<core::Id> sampleIds(const core::Database& db, const char* sql)
{
    core::Statement query = prepare(db, sql);
    std::vector<core::Id> ids;
    while (query.next())
        ids.push_back(query.integer(0));
    return ids;
}

std::vector<QString> sampleTexts(const core::Database& db, const char* sql)
{
    core::Statement query = prepare(db, sql);
    std::vector<QString> texts;
    while (query.next())
        texts.push_back(query.text(0));
    return texts;
}

void BM_DemoGeneration(benchmark::State& state)
{
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto db = core::Database::open(dir.filePath(QStringLiteral("demo.db")));
        state.ResumeTiming();
        auto stats = core::generateDemoDistrict(*db.value());
        benchmark::DoNotOptimize(stats);
    }
}
BENCHMARK(BM_DemoGeneration)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3)
    ->ReportAggregatesOnly();

void BM_HouseholdsOfBuilding(benchmark::State& state)
{
    const double scale = double(state.range(0)) / 10;
    const core::Database& db = bench::benchDistrict(scale);
    const core::ResidentRepository residents(db);
    const auto buildings = sampleIds(db, "SELECT id FROM buildings ORDER BY id");
    size_t next = 0, rows = 0;
    bench::timeEach(state, [&] {
        const auto households = residents.householdsOfBuilding(buildings[(next += 7919) % buildings.size()]);
        rows += households.size();
        benchmark::DoNotOptimize(households);
    });
    state.counters["households_per_call"] = double(rows) / double(state.iterations());
}
BENCHMARK(BM_HouseholdsOfBuilding)->Arg(10)->Arg(125)->Unit(benchmark::kMicrosecond);

// What the read scope adds to a click: a social worker's check of a building, in or out of their areas.
void BM_ReadScopeCheck(benchmark::State& state)
{
    const core::Database& db = bench::benchDistrict(1.0);
    const core::Access worker(db, test::sessionFor(db, QStringLiteral("sg001")));
    const auto buildings = sampleIds(db, "SELECT id FROM buildings ORDER BY id");
    size_t next = 0, allowed = 0;
    bench::timeEach(state, [&] {
        const core::Record building{core::RecordKind::Building, buildings[(next += 7919) % buildings.size()]};
        allowed += worker.check(core::Permission::ViewResidents, building).ok();
    });
    state.counters["allowed_share"] = double(allowed) / double(state.iterations());
}
BENCHMARK(BM_ReadScopeCheck)->Unit(benchmark::kMicrosecond);

void BM_FindByIdNumber(benchmark::State& state)
{
    const core::Database& db = bench::benchDistrict(double(state.range(0)) / 10);
    const core::ResidentRepository residents(db);
    const auto ids =
        sampleTexts(db, "SELECT id_number FROM residents WHERE id_number IS NOT NULL AND id % 97 = 0");
    size_t next = 0;
    bench::timeEach(state,
                    [&] { benchmark::DoNotOptimize(residents.findByIdNumber(ids[next++ % ids.size()])); });
}
BENCHMARK(BM_FindByIdNumber)->Arg(10)->Arg(125)->Unit(benchmark::kMicrosecond);

void BM_FindByPhone(benchmark::State& state)
{
    const core::Database& db = bench::benchDistrict(double(state.range(0)) / 10);
    const core::ResidentRepository residents(db);
    const auto phones =
        sampleTexts(db, "SELECT phone FROM residents WHERE phone IS NOT NULL AND id % 97 = 0");
    size_t next = 0;
    bench::timeEach(state,
                    [&] { benchmark::DoNotOptimize(residents.findByPhone(phones[next++ % phones.size()])); });
}
BENCHMARK(BM_FindByPhone)->Arg(10)->Arg(125)->Unit(benchmark::kMicrosecond);

void BM_FindByNamePrefix(benchmark::State& state)
{
    const core::Database& db = bench::benchDistrict(double(state.range(0)) / 10);
    const core::ResidentRepository residents(db);
    // Surname plus first given character: the prefix a worker types before the list is useful.
    const auto prefixes = sampleTexts(db, "SELECT substr(name, 1, 2) FROM residents WHERE id % 211 = 0");
    size_t next = 0;
    bench::timeEach(state, [&] {
        benchmark::DoNotOptimize(residents.findByNamePrefix(prefixes[next++ % prefixes.size()], 200));
    });
}
BENCHMARK(BM_FindByNamePrefix)->Arg(10)->Arg(125)->Unit(benchmark::kMicrosecond);

} // namespace

// Issue 5: a keystroke in the registry runs count + the first page for what has been typed so far.
void BM_RegistryKeystroke(benchmark::State& state)
{
    const core::Database& db = bench::benchDistrict(double(state.range(0)) / 10);
    const core::Access access(db, bench::administratorSession(db));
    const core::ResidentSearch search(access);
    const auto names = sampleTexts(db, "SELECT name FROM residents WHERE id % 997 = 0");
    const auto ids =
        sampleTexts(db, "SELECT id_number FROM residents WHERE id_number IS NOT NULL AND id % 997 = 0");
    std::vector<QString> typed;
    for (size_t i = 0; i < names.size(); ++i) {
        typed.push_back(names[i].left(1));                       // a surname
        typed.push_back(names[i].left(2));                       // surname + first character
        typed.push_back(core::pinyinInitials(names[i]).left(2)); // initials
        typed.push_back(ids[i % ids.size()].right(4));           // last four ID digits
    }
    size_t next = 0;
    bench::timeEach(state, [&] {
        core::ResidentQuery q;
        q.text = typed[next++ % typed.size()];
        benchmark::DoNotOptimize(search.count(q));
        benchmark::DoNotOptimize(search.find(q, 0, 200));
    });
}
BENCHMARK(BM_RegistryKeystroke)->Arg(10)->Arg(125)->Unit(benchmark::kMillisecond);

// Issue 18: pinyin as typed, initials or whole syllables or both ("zx", "zhuxj", "zhuxuejun"): the
// names of a few initials ranges are matched syllable by syllable, so this is the slow case.
void BM_RegistryPinyinKeystroke(benchmark::State& state)
{
    const core::Database& db = bench::benchDistrict(double(state.range(0)) / 10);
    const core::Access access(db, bench::administratorSession(db));
    const core::ResidentSearch search(access);
    std::vector<QString> typed;
    for (const QString& name : sampleTexts(db, "SELECT name FROM residents WHERE id % 997 = 0")) {
        const QStringList syllables = core::nameSyllables(name);
        typed.push_back(core::pinyinInitials(name).left(2));                    // zx
        typed.push_back(syllables.front() + core::pinyinInitials(name).mid(1)); // zhuxj
        typed.push_back(core::pinyinOf(name));                                  // zhuxuejun
    }
    size_t next = 0;
    bench::timeEach(state, [&] {
        core::ResidentQuery q;
        q.text = typed[next++ % typed.size()];
        benchmark::DoNotOptimize(search.count(q));
        benchmark::DoNotOptimize(search.find(q, 0, 200));
    });
}
BENCHMARK(BM_RegistryPinyinKeystroke)->Arg(10)->Unit(benchmark::kMillisecond);

// Issue 3: verifying a password with the default Argon2id limits (the login's cost; target about 0.5 s).
void BM_PasswordVerify(benchmark::State& state)
{
    const core::PasswordHasher hasher;
    const QString hash = hasher.hash(QStringLiteral("Harbour#Lamp7"));
    for (auto _ : state)
        benchmark::DoNotOptimize(hasher.verify(hash, QStringLiteral("Harbour#Lamp7")));
}
BENCHMARK(BM_PasswordVerify)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5)
    ->Repetitions(3)
    ->ReportAggregatesOnly();

// Issue 11: a whole login with the default limits — Argon2 before the write transaction, then the
// lockout bookkeeping, the audit row and the carried-over events inside it (target: 1 s or less).
void BM_Login(benchmark::State& state)
{
    const core::Database& db = bench::benchDistrict(1.0);
    const QString password = bench::givePassword(db, QStringLiteral("sg002"));
    core::AuthService auth(db);
    if (!auth.login(QStringLiteral("sg002"), password, QStringLiteral("bench")))
        state.SkipWithError("sg002 does not log in");
    for (auto _ : state)
        benchmark::DoNotOptimize(auth.login(QStringLiteral("sg002"), password, QStringLiteral("bench")));
}
BENCHMARK(BM_Login)->Unit(benchmark::kMillisecond)->Iterations(5)->Repetitions(3)->ReportAggregatesOnly();
