#!/usr/bin/env bash
# Runs the AppImage inside a private mount namespace in which the host's Qt, QtKeychain and OpenSSL
# libraries are hidden (tmpfs over the Qt folder, /dev/null bound over each library file), so it only
# passes if everything the programs load comes from the AppImage. Needs root (CI runs as root);
# exits 77 (CTest: skipped) otherwise.
#   check_isolated.sh <AppImage> <yes|no: dashboard bundled> <yes|no: aitbc-devnet bundled>
set -euo pipefail
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
if [ "${1:-}" != --inside ]; then
    if [ "$(id -u)" != 0 ] || ! unshare -m true 2>/dev/null; then
        echo "SKIP: needs root and unshare -m"
        exit 77
    fi
    exec unshare -m --propagation private bash "$0" --inside "$@"
fi
shift
appimage=$1 has_dashboard=$2 has_devnet=$3
libdir=/usr/lib/x86_64-linux-gnu

[ -d "$libdir/qt6" ] && mount -t tmpfs -o size=1m,mode=0755 tmpfs "$libdir/qt6"
hidden=0
for f in "$libdir"/libQt6*.so* "$libdir"/libqt6keychain*.so* "$libdir"/libssl.so.3 "$libdir"/libcrypto.so.3; do
    [ -f "$f" ] && [ ! -L "$f" ] || continue
    mount --bind /dev/null "$f"
    hidden=$((hidden + 1))
done
[ ! -s "$libdir/libQt6Core.so.6" ] && [ ! -s "$libdir/libcrypto.so.3" ] || fail "host libraries still visible"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export QT_QPA_PLATFORM=offscreen
in_appdir="$work/cache/aitbc-dashboard/AITBC_Dashboard-[^/]*/usr(/.*)?"

# Every library the process initialised whose name the AppImage bundles must come from the AppImage.
check_origins() {
    local appdir path bad=""
    appdir=$(find "$work/cache/aitbc-dashboard" -mindepth 1 -maxdepth 1 -type d -name 'AITBC_Dashboard-*')
    while read -r path; do
        if [ -e "$appdir/usr/lib/${path##*/}" ] && [[ $path != "$appdir"/* ]]; then
            bad="$bad ${path##*/}<-$path"
        fi
    done < <(sed -n 's/.*calling init: //p' "$1" | sort -u)
    [ -z "$bad" ] || fail "host copies of bundled libraries were loaded:$bad"
}

# LD_DEBUG=libs shows where each library really came from.
LD_DEBUG=libs timeout 60 "$appimage" aitbc-agent --help >"$work/agent.out" 2>"$work/agent.ld" ||
    fail "aitbc-agent --help: $(tail -5 "$work/agent.ld")"
grep -q "Usage: aitbc-agent" "$work/agent.out" || fail "aitbc-agent printed: $(cat "$work/agent.out")"
grep -qE "calling init: $in_appdir/libQt6Core.so.6\$" "$work/agent.ld" || fail "libQt6Core not loaded from the AppImage"
check_origins "$work/agent.ld"
ran="aitbc-agent"

if [ "$has_devnet" = yes ]; then
    timeout 60 "$appimage" aitbc-devnet --help >"$work/devnet.out" 2>&1 || fail "aitbc-devnet --help: $(cat "$work/devnet.out")"
    ran="$ran, aitbc-devnet"
fi
if [ "$has_dashboard" = yes ]; then
    LD_DEBUG=libs timeout 120 "$appimage" --demo --screenshot "$work/shot.png" >"$work/gui.out" 2>"$work/gui.ld" ||
        fail "dashboard --demo --screenshot: $(grep -v '^ *[0-9]*:' "$work/gui.ld" | tail -20)"
    [ "$(od -An -c -j1 -N3 "$work/shot.png" | tr -d ' ')" = PNG ] || fail "no PNG screenshot written"
    for lib in libQt6Widgets.so.6 libQt6Gui.so.6; do
        grep -qE "calling init: $in_appdir/$lib\$" "$work/gui.ld" || fail "$lib not loaded from the AppImage"
    done
    grep -qE "calling init: $in_appdir/plugins/platforms/libqoffscreen.so\$" "$work/gui.ld" ||
        fail "offscreen platform plugin not loaded from the AppImage"
    check_origins "$work/gui.ld"
    ran="$ran, dashboard --demo --screenshot ($(stat -c %s "$work/shot.png") bytes)"
fi
echo "OK: $hidden host libraries hidden; ran $ran from the AppImage"
