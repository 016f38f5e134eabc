#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test with CTest.
# Everything runs under one Xvfb server so that the tests labelled "gl" get a real GL context
# (Mesa llvmpipe); widget tests without GL use the offscreen platform (set per test).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --test
cmake --preset release >/dev/null
cmake --build --preset all
cd build
xvfb-run -a -s "-screen 0 1600x1000x24" ctest --output-on-failure -j2
