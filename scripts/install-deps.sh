#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, test and package AITBC Dashboard. Idempotent.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-svg-dev libqt6svg6 libqt6sql6-sqlite qt6-image-formats-plugins
  qt6-translations-l10n
  qtkeychain-qt6-dev libsecret-1-0 libssl-dev
  libbenchmark-dev python3 python3-cryptography
  xvfb xauth dbus gnome-keyring
  systemd
  squashfs-tools patchelf file libsquashfuse-dev zlib1g-dev liblzma-dev liblz4-dev liblzo2-dev libzstd-dev
  libappimage-dev desktop-file-utils appstream
  clang libclang-rt-14-dev
  libsqlite3-dev
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi
