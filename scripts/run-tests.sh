#!/usr/bin/env bash
# Installs what is needed, builds, and runs the whole test suite with CTest (unit, integration, widget,
# end-to-end and AppImage checks), then every libFuzzer target for a bounded time (scripts/fuzz.sh).
# Extra arguments go to ctest. The sanitizer suite is a separate, longer run: scripts/asan-tests.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
ctest --preset default "$@"
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
scripts/fuzz.sh
