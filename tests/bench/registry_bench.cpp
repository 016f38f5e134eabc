// Issue 5: a keystroke in the residents registry until its results are shown, through the model and
// its search thread, and how long the UI thread is busy for it (the call plus applying the rows).
#include "benchdistrict.h"
#include "core/storage/sql.h"
#include "shegong/core/base/pinyin.h"
#include "shegong/core/security/access.h"
#include "shegong/ui/registry/residenttablemodel.h"

#include <QEventLoop>
#include <QTimer>

namespace shegong {
namespace {

void BM_RegistryKeystrokeShown(benchmark::State& state)
{
    const core::Database& db = bench::benchDistrict(double(state.range(0)) / 10);
    const core::Access access(db, bench::administratorSession(db));
    std::vector<QString> typed;
    core::Statement names = prepare(db, "SELECT name, id_number FROM residents WHERE id % 997 = 0");
    while (names.next()) {
        typed.push_back(names.text(0).left(2));
        typed.push_back(core::pinyinInitials(names.text(0)).left(2));
        if (!names.isNull(1))
            typed.push_back(names.text(1).right(4));
    }
    ui::ResidentTableModel model(access);
    QEventLoop loop;
    QObject::connect(&model, &ui::ResidentTableModel::resultsReady, &loop, &QEventLoop::quit);
    model.setQuery({});
    loop.exec(); // the first query, and the search thread's connection

    // The UI thread's share: the setQuery() call, then applying the rows (reset to reset).
    std::vector<double> uiThread;
    std::chrono::steady_clock::time_point resetStart;
    double applying = 0;
    QObject::connect(&model, &QAbstractItemModel::modelAboutToBeReset,
                     [&] { resetStart = std::chrono::steady_clock::now(); });
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&] {
        applying =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - resetStart).count();
    });
    size_t next = 0;
    bench::timeEach(state, [&] {
        core::ResidentQuery query;
        query.text = typed[next++ % typed.size()];
        const auto start = std::chrono::steady_clock::now();
        model.setQuery(query);
        const std::chrono::duration<double, std::milli> call = std::chrono::steady_clock::now() - start;
        QTimer guard;
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        guard.start(10000);
        loop.exec();
        uiThread.push_back(call.count() + applying);
    });
    std::sort(uiThread.begin(), uiThread.end());
    state.counters["ui_thread_max_ms"] = uiThread.empty() ? 0 : uiThread.back();
}
BENCHMARK(BM_RegistryKeystrokeShown)->Arg(10)->Arg(125)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace shegong
