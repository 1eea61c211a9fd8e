#!/bin/sh
# Runs a test binary on a private D-Bus session with an unlocked GNOME Keyring (Secret Service), so the
# real QtKeychain backend is exercised headless. HOME and XDG dirs point at a throw-away folder so the
# user's own keyring is never touched.
set -eu
test_binary="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- sh -c 'echo test-keyring-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$0"' "$test_binary"
