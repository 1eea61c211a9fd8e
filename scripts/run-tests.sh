#!/usr/bin/env bash
# Installs what is needed, builds, runs every libFuzzer target for a bounded time (scripts/fuzz.sh, 12 s
# each), then the whole test suite with CTest (unit, integration, widget, end-to-end and AppImage checks),
# so that CTest's summary is the last thing printed. Extra arguments go to ctest. The sanitizer suite is
# a separate, longer run: scripts/asan-tests.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1 scripts/fuzz.sh
ctest --preset default "$@"
