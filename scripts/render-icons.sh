#!/usr/bin/env bash
# Renders the application icon's PNG sizes from its SVG (resources/linux/icons/shegong.svg) for the
# hicolor theme. Run after editing the SVG; the PNGs are committed (librsvg2-bin: rsvg-convert).
set -euo pipefail
cd "$(dirname "$0")/../resources/linux/icons"
for size in 16 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" shegong.svg -o "shegong-$size.png"
done
