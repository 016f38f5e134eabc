#pragma once

#include "shegong/core/security/authservice.h"
#include "shegong/core/storage/database.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <vector>

namespace shegong::bench {

/*! A demo district at `scale`, generated once into $SHEGONG_BENCH_DIR (default /tmp/shegong-bench)
    and reused by later runs: generating a million residents takes half a minute. With
    SHEGONG_BENCH_POSTGRES set, scale 1 is the server database it names (holding the scale-1 demo). */
const core::Database& benchDistrict(double scale);

//! The demo district at `scale` in its SQLite file, whatever SHEGONG_BENCH_POSTGRES says: for what
//! copies, backs up or reopens the file.
const core::Database& benchDistrictOnFile(double scale);

//! A session of the district's administrator (the widest scope), without a login.
core::Session administratorSession(const core::Database& db);

//! Gives `account` a working password hashed with the default limits (the bench district has none) and
//! returns it: the login's real cost.
QString givePassword(const core::Database& db, const QString& account);

//! Times each call of `body` and reports p50 / p99 in milliseconds as counters.
template <typename Body> void timeEach(benchmark::State& state, Body body)
{
    std::vector<double> samples;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        body();
        const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
        samples.push_back(took.count());
    }
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        return samples[std::min(samples.size() - 1, size_t(q * double(samples.size())))];
    };
    state.counters["p50_ms"] = at(0.50);
    state.counters["p99_ms"] = at(0.99);
}

} // namespace shegong::bench
