#!/usr/bin/env bash
# --appimage-extract must give exactly the tree unsquashfs reads at --appimage-offset, and both must
# equal the assembled AppDir. The file must carry the type-2 magic and the payload must start right
# where the runtime ELF ends.
#   check_extract.sh <AppImage> <runtime> <AppDir>
set -euo pipefail
appimage=$1 runtime=$2 appdir=$3
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

magic=$(od -An -tx1 -j8 -N3 "$appimage" | tr -d ' \n')
[ "$magic" = 414902 ] || fail "bytes 8..10 are $magic, expected 41 49 02 ('A' 'I' 2)"
offset=$("$appimage" --appimage-offset)
[ "$offset" = "$(stat -c %s "$runtime")" ] || fail "payload offset $offset is not the runtime's size"
[ "$(od -An -c -j"$offset" -N4 "$appimage" | tr -d ' \n')" = hsqs ] || fail "no SquashFS magic at $offset"

cd "$work"
"$appimage" --appimage-extract >/dev/null || fail "--appimage-extract failed"
unsquashfs -q -n -d reference -o "$offset" "$appimage" >/dev/null || fail "unsquashfs -o $offset failed"
listing() { (cd "$1" && find . -printf '%p %y %m %l\n' | LC_ALL=C sort); }
diff <(listing squashfs-root) <(listing reference) || fail "entries, types, modes or link targets differ"
diff -r --no-dereference squashfs-root reference || fail "file contents differ from unsquashfs"
diff <(listing squashfs-root) <(listing "$appdir") || fail "payload differs from the assembled AppDir"
diff -r --no-dereference squashfs-root "$appdir" || fail "payload contents differ from the AppDir"
entries=$(listing squashfs-root | wc -l)

# with a path argument only that subtree (and its parents) is written
mkdir partial
(cd partial && "$appimage" --appimage-extract usr/share/applications >/dev/null)
got=$(cd partial/squashfs-root && find . -type f)
[ "$got" = ./usr/share/applications/io.aitbc.Dashboard.desktop ] || fail "partial extract gave: $got"
echo "OK: magic, offset $offset, $entries entries identical in --appimage-extract, unsquashfs and AppDir"
