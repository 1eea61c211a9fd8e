#!/usr/bin/env bash
# Behaviour of the extract-and-run runtime: runtime options, one extraction shared by copies started
# at the same time, pruning of unused old versions (but not of versions still running), dispatch by
# symlink name, and a damaged download refused before anything is extracted.
#   check_runtime.sh <AppImage> <project version>
set -euo pipefail
appimage=$1 version=$2
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cache="$work/cache/aitbc-dashboard"

"$appimage" --appimage-version | grep -q "runtime $version" || fail "--appimage-version"
"$appimage" --appimage-help | grep -q -- "--appimage-extract" || fail "--appimage-help"
if "$appimage" --appimage-bogus 2>/dev/null; then fail "unknown runtime option accepted"; fi

# Old versions in the cache: one unused (must go), one whose lock a running copy holds (must stay).
mkdir -p "$cache/AITBC_Dashboard-0.0.1-0000000000000000" "$cache/AITBC_Dashboard-0.0.2-1111111111111111"
touch "$cache/AITBC_Dashboard-0.0.1-0000000000000000/AppRun" "$cache/unrelated-file"
# This shell holds the shared lock, exactly as a running copy of that version does.
exec 9>"$cache/AITBC_Dashboard-0.0.2-1111111111111111.lock"
flock -s 9

# Four copies started at once with an empty version folder: all succeed, one tree results.
pids=()
for i in 1 2 3 4; do
    XDG_CACHE_HOME="$work/cache" "$appimage" aitbc-agent --help >"$work/out$i" 2>&1 &
    pids+=($!)
done
for i in 1 2 3 4; do
    wait "${pids[$((i - 1))]}" || fail "copy $i failed: $(cat "$work/out$i")"
    grep -q "Usage: aitbc-agent" "$work/out$i" || fail "copy $i printed: $(cat "$work/out$i")"
done
mapfile -t versions < <(cd "$cache" && ls -d AITBC_Dashboard-"$version"-* | grep -v '\.lock$')
[ "${#versions[@]}" = 1 ] || fail "expected one version folder, found: ${versions[*]}"
[ -x "$cache/${versions[0]}/AppRun" ] || fail "version folder has no AppRun"
leftovers=$(cd "$cache" && ls -A | grep -E '^\.(extract|trash)-' || true)
[ -z "$leftovers" ] || fail "temporary folders left behind: $leftovers"
[ ! -e "$cache/AITBC_Dashboard-0.0.1-0000000000000000" ] || fail "unused old version was not pruned"
[ -d "$cache/AITBC_Dashboard-0.0.2-1111111111111111" ] || fail "a version in use was pruned"
[ -e "$cache/unrelated-file" ] || fail "pruning touched a file that is not ours"
exec 9>&-

# Later starts reuse the folder (its inode stays) and export the AppImage environment.
inode=$(stat -c %i "$cache/${versions[0]}")
ln -s "$appimage" "$work/aitbc-agent"
(cd "$work" && XDG_CACHE_HOME="$work/cache" ./aitbc-agent --help) | grep -q "Usage: aitbc-agent" ||
    fail "symlink named aitbc-agent does not start the agent"
[ "$(stat -c %i "$cache/${versions[0]}")" = "$inode" ] || fail "second start extracted again"

# A damaged payload (one byte flipped near the end) is refused and leaves no version folder.
cp "$appimage" "$work/damaged.AppImage"
size=$(stat -c %s "$work/damaged.AppImage")
printf '\x55' | dd of="$work/damaged.AppImage" bs=1 seek=$((size - 100)) conv=notrunc status=none
if XDG_CACHE_HOME="$work/cache2" "$work/damaged.AppImage" aitbc-agent --help >"$work/damaged.out" 2>&1; then
    fail "damaged AppImage started"
fi
grep -q "does not match its digest" "$work/damaged.out" || fail "damaged: $(cat "$work/damaged.out")"
[ -z "$(ls "$work/cache2/aitbc-dashboard" | grep -v '\.lock$' || true)" ] || fail "damaged copy left files"
echo "OK: options, 4 concurrent first starts -> 1 folder, pruning, symlink dispatch, damaged file refused"
