#!/usr/bin/env bash
# Installs what is needed, builds, and runs the whole test suite with CTest (unit, integration, widget,
# end-to-end, fault-injection, fuzz-regression and AppImage checks). Extra arguments go to ctest.
# Longer runs kept apart: scripts/fuzz.sh (libFuzzer, random mutation) and scripts/asan-tests.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
ctest --preset default "$@"
