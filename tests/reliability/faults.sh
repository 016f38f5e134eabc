#!/usr/bin/env bash
# The office's real conditions, tried through the CLI on a real demo file: many writers at once, a
# write held for long, a read-only folder, a demo killed half-way, a full disk during a backup.
# Each must end in a clear message with nothing lost.
#
#   tests/reliability/faults.sh CLI HELPER WORKDIR TESTDATA
set -uo pipefail
cli=$1
helper=$2
work=$3
data=$(cd "$4" && pwd)
rm -rf "$work" && mkdir -p "$work" || exit 2
cd "$work" || exit 2
db=$work/district.db
pw='Shegong@2026'
failures=0
ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; failures=$((failures + 1)); }
as_admin() { printf '%s\n' "$pw" | "$cli" "$@" --db "$db" --as admin --demo --lang en; }

"$helper" run demo "$db" >/dev/null || exit 2

# 1. Twelve accounts added at once, with a map import and a workload report: every one goes through.
pids=()
for i in $(seq -w 1 12); do
    (printf '%s\nKeep@Turns%s\n' "$pw" "$i" | "$cli" user add --db "$db" --as admin --demo --lang en \
        --account "wait$i" --name "排队$i" --role auditor >"add$i.out" 2>&1) &
    pids+=($!)
done
(as_admin map import "$data/import-wgs84.geojson" >import.out 2>&1) &
pids+=($!)
(as_admin report workload --month 2026-10 --csv "$work/workload.csv" >report.out 2>&1) &
pids+=($!)
failed=0
for pid in "${pids[@]}"; do wait "$pid" || failed=$((failed + 1)); done
added=$(as_admin user list 2>/dev/null | grep -c '^wait')
if [[ $failed -eq 0 && $added -eq 12 && -s workload.csv ]]; then
    ok "12 account additions, a map import and a report at once: all done, $added accounts added"
else
    bad "writers at once: $failed failed, $added of 12 accounts added"
    cat add*.out import.out report.out
fi
if "$cli" audit verify --db "$db" >/dev/null; then ok "audit chain intact after the crowd"; else bad "audit chain broken"; fi
exports=$(printf '%s\n' "$pw" | "$cli" audit export --db "$db" --as sj01 --demo --since 2026-01-01 2>/dev/null |
    grep -c 'workload_report')
[[ $exports -ge 1 ]] && ok "the report's export is in the audit trail" || bad "the report's export was not audited"

# 2. Another workstation holds the write lock for 4 s: the command waits, says so, and goes through.
"$helper" hold "$db" 4000 &
holder=$!
sleep 0.5
if printf '%s\nKeep@Turns99\n' "$pw" | "$cli" user add --db "$db" --as admin --demo --lang en \
    --account patient --name 耐心 --role auditor >patient.out 2>&1 &&
    grep -q 'waiting for the database' patient.out; then
    ok "a write behind a 4 s lock waits, says so, and is saved"
else
    bad "a write behind a lock"
    cat patient.out
fi
wait "$holder"

# 3. A database in a read-only folder: reads work, a command that must write says why it cannot.
mkdir -p readonly && cp "$db" readonly/ && chmod 644 readonly/district.db && chmod 555 readonly
before=$(sha256sum readonly/district.db)
runner=()
[[ $(id -u) -eq 0 ]] && runner=(setpriv --reuid=65534 --regid=65534 --clear-groups)
if "${runner[@]}" "$cli" audit verify --db readonly/district.db >ro-verify.out 2>&1; then
    ok "audit verify reads a database in a read-only folder"
else
    bad "audit verify in a read-only folder"
    cat ro-verify.out
fi
printf '%s\n' "$pw" | "${runner[@]}" "$cli" stats --db readonly/district.db --as admin --demo --lang en \
    >ro-stats.out 2>&1
if grep -q 'read-only' ro-stats.out && [[ $(sha256sum readonly/district.db) == "$before" ]]; then
    ok "a login in a read-only folder is refused with 'read-only', the file unchanged"
else
    bad "a login in a read-only folder"
    cat ro-stats.out
fi
chmod 755 readonly

# 4. A demo killed half-way leaves no finished-looking file, and the next one is built.
{ timeout -s KILL 0.4 "$cli" demo --db "$work/killed.db" --scale 0.05 --seed 5 >/dev/null 2>&1; } 2>/dev/null
if [[ ! -e killed.db ]] && "$cli" demo --db "$work/killed.db" --scale 0.05 --seed 5 >/dev/null 2>&1 &&
    "$cli" audit verify --db "$work/killed.db" >/dev/null; then
    ok "a demo killed half-way leaves nothing at its name; the next demo is built"
else
    bad "a demo killed half-way"
fi

# 5. The disk fills up during a backup: the earlier backup stays intact and the message says so.
mkdir -p backups
as_admin backup --out backups >backup1.out 2>&1 || { bad "first backup"; cat backup1.out; }
first=$(ls backups)
(
    trap '' XFSZ
    ulimit -f 2048 # 1 MiB: the copy cannot be finished
    as_admin backup --out backups
) >backup2.out 2>&1
status=$?
if [[ $status -ne 0 && $(ls backups) == "$first" ]] && grep -qi 'backup' backup2.out &&
    printf '%s\n' "$pw" | "$cli" restore --db "$work/restored.db" --from "backups/$first" >/dev/null 2>&1; then
    ok "a full disk fails the backup with a message; the earlier backup is intact and restores"
else
    bad "backup on a full disk (exit $status)"
    cat backup2.out
    ls -la backups
fi

echo "faults: $failures failures"
[[ $failures -eq 0 ]]
