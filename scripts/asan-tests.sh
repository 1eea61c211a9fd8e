#!/usr/bin/env bash
# Builds the "asan" preset (Debug, AddressSanitizer + UndefinedBehaviorSanitizer over the whole tree) and
# runs the test suite there with CTest. Any sanitizer report fails the test that produced it: UBSan does
# not recover (-fno-sanitize-recover=undefined) and LeakSanitizer runs at every test's exit.
#
#   scripts/asan-tests.sh                 # everything the preset builds, GUI tests included
#   ASAN_GUI=OFF scripts/asan-tests.sh    # without the GUI (faster; the GUI tests are then not built)
#   scripts/asan-tests.sh -R fault        # extra arguments go to ctest
#
# Excluded from the sanitizer run (label "no-asan"): tests that cannot run under ASan, each of which must
# say why next to its aitbc_add_qtest() call. Benchmarks are not built in this preset (timings under ASan
# are meaningless). Known leaks in uninstrumented system libraries are suppressed in
# scripts/lsan.supp (each entry says why); nothing of ours is suppressed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
# ccache hits across checkouts in different folders (as in scripts/build.sh).
export CCACHE_BASEDIR="$ROOT"
export CCACHE_NOHASHDIR=1
BUILD=$ROOT/build-asan
JOBS=${ASAN_BUILD_JOBS:-$(nproc)}

start=$(date +%s)
cmake --preset asan -DAITBC_BUILD_GUI="${ASAN_GUI:-ON}" >/dev/null
cmake --build "$BUILD" -j "$JOBS"
built=$(date +%s)
echo "asan: build took $((built - start)) s"

export ASAN_OPTIONS=${ASAN_OPTIONS:-"detect_leaks=1:abort_on_error=1:strict_init_order=1:detect_stack_use_after_return=1"}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-"print_stacktrace=1:halt_on_error=1"}
export LSAN_OPTIONS=${LSAN_OPTIONS:-"suppressions=$ROOT/scripts/lsan.supp:print_suppressions=0"}

set +e
ctest --preset asan -LE no-asan "$@"
rc=$?
set -e
echo "asan: tests took $(( $(date +%s) - built )) s (exit $rc)"
exit $rc
