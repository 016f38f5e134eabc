#!/usr/bin/env bash
# Builds shegong (Release) and opens the GUI. Extra arguments go to the application: --demo tries
# the demo district (built in the user's data folder the first time).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec build/bin/shegong "$@"
