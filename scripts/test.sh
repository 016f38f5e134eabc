#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test with CTest.
# Tests labelled "gl" need a real GL context and run under Xvfb (Mesa llvmpipe).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --test
cmake --preset release >/dev/null
cmake --build --preset all
cd build
export QT_QPA_PLATFORM=offscreen
ctest --output-on-failure --label-exclude gl -j2
unset QT_QPA_PLATFORM
if ctest --show-only=json-v1 --label-regex gl | grep -q '"name"'; then
    xvfb-run -a -s "-screen 0 1600x1000x24" ctest --output-on-failure --label-regex gl
fi
