#!/usr/bin/env bash
# Assembles the AppDir by hand (Qt's deploy script does not work on Linux in 6.4) and glues it to the
# project's own type-2 runtime. Called by the `appimage` CMake target; every input comes in as an
# option so the script never guesses build-tree paths.
#
#   assemble-appimage.sh --source DIR --runtime FILE --icons DIR --appdir DIR --output FILE
#                        --qt-plugins DIR [--qt-translations DIR] [--languages "de fr"] [--zstd-level N]
#                        --bin FILE [--bin FILE...]
set -euo pipefail
# A failing command names itself, so a broken build says where instead of stopping silently.
trap 'echo "appimage: failed (exit $?) at line $LINENO: $BASH_COMMAND" >&2' ERR

log() { printf 'appimage: %s\n' "$*"; }
die() {
    printf 'appimage: error: %s\n' "$*" >&2
    exit 1
}

src="" runtime="" icons="" appdir="" output="" qt_plugins="" qt_translations="" languages="" zstd_level=9
bins=()
while [ $# -gt 0 ]; do
    case "$1" in
    --source) src=$2 ;;
    --runtime) runtime=$2 ;;
    --icons) icons=$2 ;;
    --appdir) appdir=$2 ;;
    --output) output=$2 ;;
    --qt-plugins) qt_plugins=$2 ;;
    --qt-translations) qt_translations=$2 ;;
    --languages) languages=$2 ;;
    --zstd-level) zstd_level=$2 ;;
    --bin) bins+=("$2") ;;
    *) die "unknown option $1" ;;
    esac
    shift 2
done
for v in src runtime icons appdir output qt_plugins; do
    [ -n "${!v}" ] || die "--${v//_/-} is required"
done
[ "${#bins[@]}" -gt 0 ] || die "at least one --bin is required"
for tool in patchelf mksquashfs objdump strip ldd sha256sum ldconfig; do
    command -v "$tool" >/dev/null || die "$tool is missing (see scripts/install-deps.sh)"
done

app_id=io.aitbc.Dashboard
mapfile -t excluded < <(grep -v -e '^#' -e '^$' "$src/excludelist")
is_excluded() {
    local pattern
    for pattern in "${excluded[@]}"; do
        # shellcheck disable=SC2053 # the excludelist holds globs
        [[ $1 == $pattern ]] && return 0
    done
    return 1
}

rm -rf "$appdir"
mkdir -p "$appdir"/usr/{bin,lib,plugins} "$appdir"/usr/share/{applications,metainfo}
cd "$appdir"

# --- executables -------------------------------------------------------------------------------
for bin in "${bins[@]}"; do
    [ -x "$bin" ] || die "missing executable $bin"
    install -m 0755 "$bin" usr/bin/
    strip --strip-unneeded "usr/bin/${bin##*/}"
done
gui=no
[ -e usr/bin/aitbc-dashboard ] && gui=yes

# --- Qt plugins (only what the programs use; Qt loads them from usr/plugins via qt.conf) ----------
plugins=(sqldrivers/libqsqlite.so tls/libqopensslbackend.so tls/libqcertonlybackend.so)
if [ "$gui" = yes ]; then
    plugins+=(platforms/libqxcb.so platforms/libqoffscreen.so platforms/libqminimal.so
        platforms/libqwayland-generic.so platforms/libqwayland-egl.so
        xcbglintegrations/libqxcb-glx-integration.so xcbglintegrations/libqxcb-egl-integration.so
        imageformats/libqsvg.so imageformats/libqjpeg.so imageformats/libqgif.so imageformats/libqico.so
        iconengines/libqsvgicon.so
        platforminputcontexts/libcomposeplatforminputcontextplugin.so
        platforminputcontexts/libibusplatforminputcontextplugin.so
        platformthemes/libqxdgdesktopportal.so)
fi
for plugin in "${plugins[@]}"; do
    if [ -f "$qt_plugins/$plugin" ]; then
        install -D -m 0644 "$qt_plugins/$plugin" "usr/plugins/$plugin"
    elif [[ $plugin == tls/* || $plugin == sqldrivers/* || $plugin == platforms/libq[xo]* ]]; then
        die "required Qt plugin $qt_plugins/$plugin is missing"
    fi
done
printf '[Paths]\nPrefix = ..\nPlugins = plugins\nTranslations = translations\n' >usr/bin/qt.conf

# --- library closure -----------------------------------------------------------------------------
# Walk DT_NEEDED from every executable and plugin; resolve each name the way the host's loader does
# (ldd of the object that needs it) and copy it unless the excludelist says the host provides it.
# Excluded libraries are not descended into: their own dependencies are the host's business.
# awk reads to the end rather than exiting at the first match: an early exit makes ldconfig die of
# SIGPIPE when its list outgrows the pipe buffer, and pipefail then fails the build (seen on a fresh
# machine with more libraries installed).
host_lib() { ldconfig -p | awk -v n="$1" '$1 == n && /x86-64/ && !found { print $NF; found = 1 }'; }
queue=()
while IFS= read -r -d '' f; do queue+=("$f"); done < <(find usr/bin usr/plugins -type f -name '*' ! -name qt.conf -print0)
# OpenSSL is bundled even when nothing links it directly: Qt's TLS backend dlopens it (see below).
for lib in libssl.so.3 libcrypto.so.3; do
    path=$(host_lib "$lib")
    [ -n "$path" ] || die "$lib not found on this system"
    [ -e "usr/lib/$lib" ] || { install -m 0644 "$path" "usr/lib/$lib" && queue+=("usr/lib/$lib"); }
done
while [ "${#queue[@]}" -gt 0 ]; do
    f=${queue[0]}
    queue=("${queue[@]:1}")
    declare -A resolved=()
    while read -r name arrow path _; do
        [ "$arrow" = "=>" ] && resolved[$name]=$path
    done < <(ldd "$f" 2>/dev/null || true)
    for need in $(patchelf --print-needed "$f"); do
        if is_excluded "$need" || [ -e "usr/lib/$need" ]; then
            continue
        fi
        path=${resolved[$need]:-}
        [ -n "$path" ] && [ "$path" != "not" ] && [ -f "$path" ] || die "cannot resolve $need (needed by $f)"
        install -m 0644 "$path" "usr/lib/$need"
        queue+=("usr/lib/$need")
    done
    unset resolved
done
# Trap: Qt 6.4's OpenSSL backend dlopens the unversioned names libssl.so / libcrypto.so. Without
# these links it silently picks the host's OpenSSL (or none).
ln -sf libssl.so.3 usr/lib/libssl.so
ln -sf libcrypto.so.3 usr/lib/libcrypto.so

# --- RUNPATHs: every object finds its bundled dependencies relative to itself --------------------
for f in usr/bin/*; do
    [ "$(head -c 4 "$f")" = $'\x7fELF' ] && patchelf --set-rpath '$ORIGIN/../lib' "$f"
done
find usr/lib -maxdepth 1 -type f -name '*.so*' -exec patchelf --set-rpath '$ORIGIN' {} \;
find usr/plugins -type f -name '*.so' -exec patchelf --set-rpath '$ORIGIN/../../lib' {} \;

# --- Qt's own translations for the languages the application ships ------------------------------
if [ "$gui" = yes ] && [ -n "$qt_translations" ]; then
    for lang in $languages; do
        for catalogue in qtbase; do
            qm="$qt_translations/${catalogue}_$lang.qm"
            # Qt has no catalogue for some languages (English is its source language): skip those.
            if [ -f "$qm" ]; then
                install -D -m 0644 "$qm" "usr/translations/${qm##*/}"
            fi
        done
    done
fi

# --- desktop integration -------------------------------------------------------------------------
install -m 0755 "$src/AppRun" AppRun
install -m 0644 "$src/$app_id.desktop" "$app_id.desktop"
install -m 0644 "$src/$app_id.desktop" "usr/share/applications/$app_id.desktop"
install -m 0644 "$src/$app_id.metainfo.xml" "usr/share/metainfo/$app_id.metainfo.xml"
install -m 0644 "$src/icons/$app_id.svg" "$app_id.svg"
install -D -m 0644 "$src/icons/$app_id.svg" "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for png in "$icons"/*/apps/"$app_id.png"; do
    size_dir=${png#"$icons"/}
    install -D -m 0644 "$png" "usr/share/icons/hicolor/$size_dir"
done
[ -f "usr/share/icons/hicolor/256x256/apps/$app_id.png" ] || die "256x256 icon missing in $icons"
ln -s "usr/share/icons/hicolor/256x256/apps/$app_id.png" .DirIcon
install -D -m 0644 "$src/systemd/aitbc-agent-daemon.service" \
    usr/share/doc/aitbc-dashboard/examples/systemd/aitbc-agent-daemon.service
install -D -m 0644 "$src/README-appimage.md" usr/share/doc/aitbc-dashboard/README-appimage.md

# --- SquashFS payload and the AppImage ----------------------------------------------------------
# Fixed timestamps (SOURCE_DATE_EPOCH or 0) and root ownership make the payload reproducible.
epoch=${SOURCE_DATE_EPOCH:-0}
payload="$output.squashfs"
tmp="$output.tmp"
rm -f "$payload" "$tmp"
env -u SOURCE_DATE_EPOCH mksquashfs "$appdir" "$payload" -comp zstd -Xcompression-level "$zstd_level" -b 1M \
    -root-owned -noappend -all-root -mkfs-time "$epoch" -all-time "$epoch" -no-progress -quiet >/dev/null
cp "$runtime" "$tmp"
# type-2 magic: bytes 8..10 of the ELF identification padding
printf 'AI\002' | dd of="$tmp" bs=1 seek=8 conv=notrunc status=none
digest_offset=$(objdump -h "$runtime" | awk '$2 == ".aitbc_digest" { print $6 }')
[ -n "$digest_offset" ] || die "runtime has no .aitbc_digest section"
sha256sum "$payload" | cut -c1-64 | tr -d '\n' | dd of="$tmp" bs=1 seek=$((16#$digest_offset)) conv=notrunc status=none
cat "$payload" >>"$tmp"
chmod 0755 "$tmp"
offset=$("$tmp" --appimage-offset)
[ "$offset" = "$(stat -c %s "$runtime")" ] || die "runtime reports payload offset $offset, expected its own size"
mv -f "$tmp" "$output"
rm -f "$payload"
log "$output ($(($(stat -c %s "$output") / 1024 / 1024)) MiB)"
