#!/usr/bin/env bash
# Builds shegong (Release) and opens the GUI. On first start the GUI creates the demo
# district in the user's data folder. Extra arguments go to the application.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec build/bin/shegong "$@"
