#!/usr/bin/env bash
# The desktop integration files inside the AppImage pass the freedesktop validators, the metainfo
# describes this version, and every icon the .desktop file promises exists at the right size.
#   check_desktop.sh <AppImage> <project version> <yes|no: dashboard bundled>
set -euo pipefail
appimage=$1 version=$2 has_dashboard=$3
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
"$appimage" --appimage-extract >/dev/null
root=squashfs-root
id=io.aitbc.Dashboard

desktop-file-validate "$root/$id.desktop" || fail "desktop-file-validate (AppDir root)"
desktop-file-validate "$root/usr/share/applications/$id.desktop" || fail "desktop-file-validate (usr/share)"
cmp -s "$root/$id.desktop" "$root/usr/share/applications/$id.desktop" || fail "the two .desktop copies differ"
metainfo="$root/usr/share/metainfo/$id.metainfo.xml"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate --no-net"
grep -q "<release version=\"$version\"" "$metainfo" || fail "metainfo has no <release> for version $version"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" || fail "launchable mismatch"

grep -qx "Icon=$id" "$root/$id.desktop" || fail "Icon= is not $id"
[ -f "$root/$id.svg" ] && [ -f "$root/usr/share/icons/hicolor/scalable/apps/$id.svg" ] || fail "SVG icon missing"
for size in 16 24 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x$size/apps/$id.png"
    [ -f "$png" ] || fail "missing $png"
    # PNG IHDR: width and height are big-endian 32-bit numbers at bytes 16 and 20
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{ print $3 * 256 + $4 "x" $7 * 256 + $8 }')
    [ "$dims" = "${size}x$size" ] || fail "$png is $dims"
done
[ "$(od -An -c -j1 -N3 "$root/.DirIcon" | tr -d ' ')" = PNG ] || fail ".DirIcon is not a PNG"

exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$root/$id.desktop")
if [ "$has_dashboard" = yes ]; then
    [ -x "$root/usr/bin/$exec_name" ] || fail "Exec=$exec_name is not in usr/bin"
fi
unit="$root/usr/share/doc/aitbc-dashboard/examples/systemd/aitbc-agent-daemon.service"
grep -q '^ExecStart=.* aitbc-agent daemon' "$unit" || fail "systemd example does not start the responder"
echo "OK: desktop file, metainfo ($version), 7 PNG sizes + SVG, .DirIcon, systemd example"
