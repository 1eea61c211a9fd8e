#!/bin/sh
# End-to-end check of `aitbc-dashboard --demo --screenshot FILE`: it must exit 0 (data loaded before the
# timeout) and write a non-trivial PNG. $2 selects the display: offscreen (no X server) or xvfb.
set -eu
app="$1"
mode="$2"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config" HOME="$tmp"
out="$tmp/out.png"
if [ "$mode" = xvfb ]; then
  unset QT_QPA_PLATFORM || true
  xvfb-run -a -s "-screen 0 1400x900x24" "$app" --demo --demo-dir "$tmp/demo" --settings "$tmp/s.conf" --screenshot "$out" --screenshot-timeout 60
else
  QT_QPA_PLATFORM=offscreen "$app" --demo --demo-dir "$tmp/demo" --settings "$tmp/s.conf" --screenshot "$out" --screenshot-timeout 60
fi
# PNG signature and a size that a real window grab has (an empty grab is a few hundred bytes).
head -c 8 "$out" | od -An -tx1 | tr -d ' \n' | grep -q '^89504e470d0a1a0a$' || { echo "not a PNG"; exit 1; }
size=$(wc -c < "$out")
[ "$size" -gt 20000 ] || { echo "screenshot too small: $size bytes"; exit 1; }
echo "screenshot ok ($mode): $size bytes"
