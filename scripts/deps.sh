#!/usr/bin/env bash
# Installs the Debian 12 packages shegong needs to build, run and test.
# Idempotent and quiet: it does nothing when every package is already present.
set -euo pipefail

packages=(
    cmake g++ pkg-config ninja-build ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6opengl6-dev libgl-dev qt6-charts-dev
    libsqlite3-dev libsodium-dev libopenscenegraph-dev libfontconfig-dev libicu-dev
    libgdal-dev libxlsxwriter-dev  # spreadsheets and map files in, Excel workbooks out
    libpq-dev  # the office's shared PostgreSQL server
    libgtest-dev libgmock-dev libbenchmark-dev
    fonts-noto-cjk
    qt6-translations-l10n  # Qt's own dialogs (file, print preview) in Chinese
)
if [[ "${1:-}" == "--test" ]]; then
    # Headless GL (Mesa llvmpipe under Xvfb) and the tools tests use to read PDFs.
    packages+=(xvfb xauth libgl1-mesa-dri mesa-utils poppler-utils gdal-bin)
    # A throwaway PostgreSQL cluster for the tests labelled "postgresql" (scripts/postgres-cluster.sh).
    packages+=(postgresql-15)
fi

if [[ "${1:-}" == "--package" ]]; then
    # Building the .deb (dpkg-shlibdeps) and testing it in a clean Debian 12 root (scripts/test-package.sh).
    packages+=(dpkg-dev lintian mmdebstrap appstream desktop-file-utils imagemagick)
fi

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing missing Debian packages: ${missing[*]}"
sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
