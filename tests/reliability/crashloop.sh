#!/usr/bin/env bash
# The crash loop: kills each of shegong's multi-row writes by SIGKILL at many of its disk writes and
# checks what is left: integrity_check and foreign keys pass, the audit chain verifies, and the data
# is exactly as before the operation or exactly as after it (content digests), never in between.
#
#   tests/reliability/crashloop.sh HELPER WORKDIR [POINTS_PER_OPERATION]
#
# HELPER is build/bin/shegong-crashpoint. CI runs 6 points per operation (150 in all);
# the full loop is POINTS_PER_OPERATION=60, over 1,000 points (docs/reliability.md).
set -uo pipefail
helper=$1
work=$2
per=${3:-4}
rm -rf "$work" && mkdir -p "$work" || exit 2

digest() { "$helper" digest "$1" | sed -n 's/^digest=//p'; }
writes() { sed -n 's/^writes=//p' "$1"; }

total=0
failures=0

# crash OPERATION BASE ACCEPTED...: runs OPERATION on copies of BASE (a file, or "none"), killed at
# POINTS_PER_OPERATION writes spread over all it does; each result's digest must be one of ACCEPTED
# (a migration's is read once the file is opened again, as the next start opens it).
crash() {
    local op=$1 base=$2 checker=check
    shift 2
    [[ $op == migrate ]] && checker=check-upgraded
    local accepted=" $* "
    local run="$work/$op.db"
    reset() {
        rm -f "$run" "$run-wal" "$run-shm" "$run-journal" "$work/.$op.db.building"*
        [[ $base == none ]] || cp "$base" "$run"
    }
    reset
    "$helper" run "$op" "$run" >"$work/$op.out" 2>&1 || { echo "$op: the operation itself fails"; cat "$work/$op.out"; exit 2; }
    local all
    all=$(writes "$work/$op.out")
    local points=$((per < all ? per : all)) done=0 bad=0
    for ((i = 1; i <= points; ++i)); do
        local at=$(((i * all + points - 1) / points)) # spread over 1..all, the last write included
        reset
        { SHEGONG_KILL_AT=$at "$helper" run "$op" "$run" >/dev/null 2>&1; } 2>/dev/null
        local status=$?
        local result
        result=$("$helper" "$checker" "$run" 2>&1)
        local found
        found=$(sed -n 's/^digest=//p' <<<"$result")
        if [[ $status -ne 137 && $status -ne 0 ]] || grep -q '^problem=' <<<"$result" || [[ $accepted != *" $found "* ]]; then
            echo "FAIL $op killed at write $at of $all (exit $status): ${result//$'\n'/; }"
            bad=$((bad + 1))
        fi
        done=$((done + 1))
    done
    [[ $op == migrate ]] && op="migrate from schema $v"
    echo "$op: $done kill points over $all writes, $bad failures"
    total=$((total + done))
    failures=$((failures + bad))
}

# The demo district: the starting point of the other operations, and itself built under a
# temporary name (a killed build leaves no file that looks finished).
"$helper" run demo "$work/district.db" >/dev/null || exit 2
crash demo none absent "$(digest "$work/district.db")"

for op in import move handover rental-close audit; do
    cp "$work/district.db" "$work/before.db"
    cp "$work/district.db" "$work/after.db"
    "$helper" run "$op" "$work/after.db" >/dev/null 2>&1 || { echo "$op fails on the demo"; exit 2; }
    crash "$op" "$work/before.db" "$(digest "$work/before.db")" "$(digest "$work/after.db")"
done

# Migrations: from every older schema to the newest, one version per transaction. Killed anywhere,
# the next start must carry on to exactly what an uninterrupted migration gives.
latest=$("$helper" version)
"$helper" schema "$work/newest.db" "$latest" || exit 2
for ((v = 1; v < latest; ++v)); do
    "$helper" schema "$work/migrate-from.db" "$v" || exit 2
    crash migrate "$work/migrate-from.db" "$(digest "$work/newest.db")"
    rm -f "$work/migrate-from.db"*
done

echo "crash loop: $total kill points, $failures failures"
[[ $failures -eq 0 ]]
