#!/usr/bin/env bash
# AddressSanitizer + UndefinedBehaviorSanitizer (the asan preset, a Debug build in build-asan) on the
# core, exchange, map and report tests; ThreadSanitizer (the tsan preset, build-tsan) on the tests
# that run work on more than one thread. CI runs this after scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --test

# Any error ends the test with a stack; leaks are reported at exit. Third-party libraries that keep
# caches for the life of the process (fontconfig, Qt's font database) are in the suppressions.
export ASAN_OPTIONS="abort_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
cmake --preset asan >/dev/null
cmake --build --preset asan --target core_tests exchange_tests map_tests report_tests
(cd build-asan && xvfb-run -a -s "-screen 0 1600x1000x24" ctest -L '^(core|map|report)$' --output-on-failure -j2)

export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$PWD/tests/sanitizers/tsan.supp"
cmake --preset tsan >/dev/null
cmake --build --preset tsan --target core_tests
(cd build-tsan && ctest -L '^core$' -R 'Concurrency|Database\.AWrite' --output-on-failure -j2)
