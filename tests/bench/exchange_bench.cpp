// Data in (issue 14): residents imported from an .xlsx of 1,000 and of 85,000 rows — the dry run (read,
// map, validate, match) and the commit (one transaction) — with the process's peak memory.
#include "benchdistrict.h"
#include "core/storage/sql.h"
#include "shegong/core/exchange/residentimport.h"
#include "shegong/core/geography/mapimport.h"
#include "shegong/core/security/access.h"
#include "shegong/exchange/mapfile.h"
#include "shegong/exchange/spreadsheet.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <sys/resource.h>

using namespace shegong;

namespace {

//! A valid ID number that the demo (born 1940–2025 in Zhejiang) never makes: Beijing, by row.
QString idOfRow(int row)
{
    const QDate birth = QDate(1950, 1, 1).addDays(row / 90);
    const QString first17 = QStringLiteral("110101%1%2")
                                .arg(birth.toString(QStringLiteral("yyyyMMdd")))
                                .arg(900 + row % 90, 3, 10, QLatin1Char('0'));
    return first17 + core::idCheckCharacter(first17);
}

//! The office's workbook of `rows` new residents in the district's dwellings, written once.
QString workbook(const core::Database& db, int rows)
{
    const QString path = QDir(qEnvironmentVariable("SHEGONG_BENCH_DIR", QStringLiteral("/tmp/shegong-bench")))
                             .filePath(QStringLiteral("residents-%1.xlsx").arg(rows));
    if (QFileInfo::exists(path))
        return path;
    std::vector<std::array<QString, 3>> dwellings;
    core::Statement q = prepare(
        db, "SELECT b.address, d.stairwell, d.number FROM dwellings d JOIN buildings b"
            " ON b.id = d.building_id WHERE d.stairwell > 0 AND d.use <> 'rental_room' ORDER BY d.id");
    while (q.next())
        dwellings.push_back({q.text(0), QString::number(q.integer(1)), q.text(2)});
    const QStringList surnames =
        QStringLiteral("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗").split(u' ');
    const QStringList given =
        QStringLiteral("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平").split(u' ');
    exchange::XlsxSheet sheet{QStringLiteral("花名册"),
                              {QStringLiteral("姓名"), QStringLiteral("性别"), QStringLiteral("身份证号码"),
                               QStringLiteral("联系电话"), QStringLiteral("与户主关系"),
                               QStringLiteral("楼栋"), QStringLiteral("单元"), QStringLiteral("室"),
                               QStringLiteral("人员类别"), QStringLiteral("入住日期")},
                              {}};
    for (int r = 0; r < rows; ++r) {
        const auto& d = dwellings[size_t(r) % dwellings.size()];
        sheet.rows.push_back({surnames[r % 20] + given[(r / 20) % 20] + given[(r / 400) % 20], QString(),
                              idOfRow(r), QStringLiteral("186%1").arg(r, 8, 10, QLatin1Char('0')),
                              r % 3 ? QStringLiteral("子") : QStringLiteral("户主"), d[0], d[1], d[2],
                              r % 4 ? QStringLiteral("户籍") : QStringLiteral("流动人口"), 45000 + r % 900});
    }
    if (!exchange::writeXlsx(path, {sheet}))
        throw std::runtime_error("cannot write the workbook");
    return path;
}

double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

void BM_ResidentImportDryRun(benchmark::State& state)
{
    const core::Database& db = bench::benchDistrict(1.0);
    const core::Access access(db, bench::administratorSession(db));
    const QString path = workbook(db, int(state.range(0)));
    size_t creates = 0, problems = 0;
    bench::timeEach(state, [&] {
        const auto table = exchange::readSpreadsheet(path);
        const auto plan = core::planResidentImport(access, table.value(), core::guessMapping(table.value()));
        creates = plan.creates.size();
        problems = plan.problems.size();
        if (!plan.problems.empty())
            state.SetLabel(plan.problems.front().reason.toStdString());
    });
    state.counters["creates"] = double(creates);
    state.counters["problems"] = double(problems);
    state.counters["peak_MiB"] = peakMiB();
}
BENCHMARK(BM_ResidentImportDryRun)->Arg(1000)->Arg(85000)->Unit(benchmark::kMillisecond)->Iterations(2);

//! The commit, on a copy of the district each time (so that every run imports the same rows).
void BM_ResidentImportCommit(benchmark::State& state)
{
    const core::Database& district = bench::benchDistrict(1.0);
    const QString path = workbook(district, int(state.range(0)));
    const QString original = bench::benchDistrictOnFile(1.0).path();
    int created = 0;
    std::vector<double> samples;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir scratch;
        const QString copy = scratch.filePath(QStringLiteral("district.db"));
        QFile::copy(original, copy);
        auto db = core::Database::open(copy);
        const core::Access access(*db.value(), bench::administratorSession(*db.value()));
        const auto table = exchange::readSpreadsheet(path);
        const auto plan = core::planResidentImport(access, table.value(), core::guessMapping(table.value()));
        state.ResumeTiming();
        const auto start = std::chrono::steady_clock::now();
        created = core::commitResidentImport(access, plan, false).value().created;
        samples.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(samples.begin(), samples.end());
    state.counters["p50_ms"] = samples[samples.size() / 2];
    state.counters["created"] = created;
    state.counters["peak_MiB"] = peakMiB();
}
BENCHMARK(BM_ResidentImportCommit)->Arg(1000)->Arg(85000)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

namespace {

//! 10,000 footprints of 20 × 12 m on a grid, in CGCS2000 / Gauss–Krüger CM 120°E (EPSG:4549), written once.
QString projectedMap()
{
    const QString path = QDir(qEnvironmentVariable("SHEGONG_BENCH_DIR", QStringLiteral("/tmp/shegong-bench")))
                             .filePath(QStringLiteral("footprints-4549.geojson"));
    if (QFileInfo::exists(path))
        return path;
    QByteArray text = "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                      "\"urn:ogc:def:crs:EPSG::4549\"}},\"features\":[\n";
    for (int i = 0; i < 10000; ++i) {
        const double x = 519000 + (i % 100) * 40, y = 3349000 + (i / 100) * 30;
        text += QStringLiteral(
                    "{\"type\":\"Feature\",\"properties\":{\"code\":\"G-%1\",\"building:levels\":%2},"
                    "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%3,%4],[%5,%4],[%5,%6],[%3,%6],"
                    "[%3,%4]]]}}%7\n")
                    .arg(i)
                    .arg(2 + i % 20)
                    .arg(x, 0, 'f', 2)
                    .arg(y, 0, 'f', 2)
                    .arg(x + 20, 0, 'f', 2)
                    .arg(y + 12, 0, 'f', 2)
                    .arg(i + 1 < 10000 ? QStringLiteral(",") : QString())
                    .toUtf8();
    }
    text += "]}";
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        throw std::runtime_error("cannot write the map");
    return path;
}

//! Reading, reprojecting, validating and writing 10,000 footprints into an empty district.
void BM_MapImportProjected(benchmark::State& state)
{
    const QString path = projectedMap();
    int added = 0;
    bench::timeEach(state, [&] {
        QTemporaryDir scratch;
        auto db = core::Database::open(scratch.filePath(QStringLiteral("map.db")));
        const auto source = exchange::readMapFile(path);
        added = core::importMap(*db.value(), source.value()).value().added;
    });
    state.counters["added"] = added;
    state.counters["peak_MiB"] = peakMiB();
}
BENCHMARK(BM_MapImportProjected)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
