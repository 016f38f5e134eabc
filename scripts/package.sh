#!/usr/bin/env bash
# Builds the .deb for office PCs (Debian 12 and its derivatives) into build/: the release build, then
# CPack (resources/linux/packaging.cmake). Prints the package's path.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --package
cmake --preset release >/dev/null
cmake --build --preset all
rm -f build/shegong_*.deb
(cd build && cpack -G DEB >/dev/null)
ls build/shegong_*.deb
