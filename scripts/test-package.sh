#!/usr/bin/env bash
# Installs the .deb for real and uses it (issue 17): lintian, then a clean Debian 12 root made by
# mmdebstrap from Debian's archive — apt installs the package and only what its control file asks
# for, so a missing dependency fails here — where the installed shegong-cli prints its version and
# builds the demo, the installed GUI is started under Xvfb to its first window (screenshot in
# build/package-test/), and a newer version installed over it keeps the user's data and the
# office's edited /etc/shegong/shegong.conf. Figures go to build/package-test/figures.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(scripts/package.sh | tail -1)
out=build/package-test
rm -rf "$out" && mkdir -p "$out"

echo "== lintian $deb"
lintian --fail-on error "$deb" 2>&1 | tee "$out/lintian.txt"
desktop-file-validate resources/linux/org.shegong.Shegong.desktop
appstreamcli validate --no-net --pedantic resources/linux/org.shegong.Shegong.metainfo.xml || true

# The same package one version later, for the upgrade.
mkdir -p "$out/next"
(cd build && cpack -G DEB -D CPACK_PACKAGE_VERSION=9.9.9 -B "$PWD/package-test/next" >/dev/null)
next=$(ls "$out"/next/shegong_9.9.9_*.deb)

echo "== a clean Debian 12 root"
cat >"$out/in-root.sh" <<'INROOT'
set -eu
cd /tmp
start=$(date +%s%N)
apt-get install -y -qq --no-install-recommends ./shegong.deb >/dev/null
echo "install_ms=$(( ($(date +%s%N) - start) / 1000000 ))"
if ldd /usr/bin/shegong /usr/bin/shegong-cli | grep "not found"; then exit 1; fi
shegong-cli --version
demo_start=$(date +%s%N)
shegong-cli demo --db /root/cli-demo.db --scale 0.2 >/dev/null
echo "cli_demo_ms=$(( ($(date +%s%N) - demo_start) / 1000000 ))"
test -f /usr/share/applications/org.shegong.Shegong.desktop
test -f /usr/share/icons/hicolor/48x48/apps/shegong.png
man -w shegong-cli >/dev/null 2>&1 || test -f /usr/share/man/man1/shegong-cli.1.gz
# The GUI to its first window: the demo is built on first use, then the login window is drawn.
# (first_window_ms includes building the demo; start_to_first_window_ms is a start on it afterwards.)
export HOME=/root XDG_RUNTIME_DIR=/tmp/runtime && mkdir -p -m 700 /tmp/runtime
xvfb-run -a -s "-screen 0 1600x1000x24" sh -c '
    # Waits up to a minute for a window titled $1, or shows the log and fails.
    wait_for() {
        i=0
        until xwininfo -root -tree | grep -q "$1"; do
            i=$((i + 1)); [ $i -lt 600 ] || { cat /tmp/gui*.log; exit 1; }; sleep 0.1
        done
    }
    t0=$(date +%s%N)
    shegong --demo --lang en >/tmp/gui.log 2>&1 &
    wait_for "\"Log in\""
    echo "first_window_ms=$(( ($(date +%s%N) - t0) / 1000000 ))"
    sleep 1; xwd -root -silent >/tmp/first-window.xwd
    # A social worker logs in; the main window opens on the 3D map of their areas.
    xdotool type --delay 30 sg001; xdotool key Tab; xdotool type --delay 30 "Shegong@2026"
    t1=$(date +%s%N); xdotool key Return
    wait_for "Community Social Work"
    echo "login_to_main_window_ms=$(( ($(date +%s%N) - t1) / 1000000 ))"
    sleep 5; xwd -root -silent >/tmp/map-window.xwd
    kill $!; wait $! 2>/dev/null || true
    # Start to first frame on a database that exists (the first start above built the demo first).
    t2=$(date +%s%N)
    shegong --demo --lang en >/tmp/gui2.log 2>&1 &
    wait_for "\"Log in\""
    echo "start_to_first_window_ms=$(( ($(date +%s%N) - t2) / 1000000 ))"
    kill $!'
# An office's setting and a user's data survive the next version.
echo "[database]" >>/etc/shegong/shegong.conf
echo "location=/srv/office.db" >>/etc/shegong/shegong.conf
before=$(sha256sum /root/.local/share/shegong/shegong/demo.db | cut -c1-64)
apt-get install -y -qq --no-install-recommends ./shegong-next.deb >/dev/null
dpkg-query -W -f='${Version}\n' shegong
grep -q "location=/srv/office.db" /etc/shegong/shegong.conf
test "$(sha256sum /root/.local/share/shegong/shegong/demo.db | cut -c1-64)" = "$before"
echo "upgrade kept the data and the configuration"
INROOT
mmdebstrap --variant=apt --format=null --include=xvfb,xauth,x11-utils,x11-apps,xdotool \
    --customize-hook="copy-in $deb $next $out/in-root.sh /tmp" \
    --customize-hook="mv \"\$1\"/tmp/$(basename "$deb") \"\$1\"/tmp/shegong.deb" \
    --customize-hook="mv \"\$1\"/tmp/$(basename "$next") \"\$1\"/tmp/shegong-next.deb" \
    --customize-hook='chroot "$1" sh /tmp/in-root.sh' \
    --customize-hook="copy-out /tmp/first-window.xwd /tmp/map-window.xwd $out" \
    bookworm /dev/null http://deb.debian.org/debian 2>&1 | tee "$out/in-root.log"
for shot in first-window map-window; do convert "xwd:$out/$shot.xwd" "$out/$shot.png" && rm "$out/$shot.xwd"; done
{
    echo "package_bytes=$(stat -c %s "$deb")"
    grep -E "^(install_ms|cli_demo_ms|first_window_ms|login_to_main_window_ms|start_to_first_window_ms)=" "$out/in-root.log"
} | tee "$out/figures.txt"
