#!/usr/bin/env bash
# Builds the libFuzzer targets (preset "fuzz": clang, ASan + UBSan + libFuzzer) and runs each one for a
# bounded time, starting from its seed corpus (fuzz/corpus/<target>) and its regression inputs
# (fuzz/regressions/<target>, every past finding). Fails on any crash, sanitizer report, leak, timeout or
# out-of-memory; prints each target's executions.
#
#   scripts/fuzz.sh ci              # CI: a fixed seed and a fixed number of runs per target (about 10 s
#                                   # each here): the same inputs on every machine, so the CI run is the
#                                   # run that was checked before committing (a finding cannot appear
#                                   # only on CI), yet it still mutates well beyond the corpus
#   scripts/fuzz.sh                 # random seed, every target for 12 s (~90 s of fuzzing in all)
#   scripts/fuzz.sh 600             # a longer random run: 10 minutes per target
#   FUZZ_TARGETS="keystore json_roundtrip" scripts/fuzz.sh 60
#
# Findings are written to build-fuzz/fuzz-out/<target>/crash-* (and friends); minimise one with
#   build-fuzz/fuzz/fuzz_<target> -minimize_crash=1 -runs=10000 <file>
# then commit it under fuzz/regressions/<target>/ and add it to tests/fault/tst_fuzz_regressions.cpp.
# New corpus entries found during a run stay in build-fuzz/fuzz-out/<target>/corpus (not committed).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
# ccache hits across checkouts in different folders (as in scripts/build.sh).
export CCACHE_BASEDIR="$ROOT"
export CCACHE_NOHASHDIR=1
MODE=${1:-${FUZZ_SECONDS:-12}}
# Runs per target in "ci" mode: about 5 s each on this project's 2-core machine.
declare -A CI_RUNS=(
  [json_roundtrip]=15000 [json_limits]=30000 [keystore]=40000 [ref_request]=40000 [tx_verify]=4000
  [rpc_response]=20000 [payload_text]=45000 [devnet_http]=10000
  [agent_card]=30000 [encrypted_envelope]=20000
)
TARGETS=${FUZZ_TARGETS:-"json_roundtrip json_limits keystore ref_request tx_verify rpc_response payload_text devnet_http agent_card encrypted_envelope"}
JOBS=${FUZZ_BUILD_JOBS:-$(nproc)}
BUILD=$ROOT/build-fuzz
OUT=$BUILD/fuzz-out

start=$(date +%s)
cmake --preset fuzz >/dev/null
cmake --build "$BUILD" --target aitbc_fuzzers -j "$JOBS"
built=$(date +%s)
echo "fuzz: build took $((built - start)) s"

export ASAN_OPTIONS=${ASAN_OPTIONS:-"detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1"}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-"print_stacktrace=1:halt_on_error=1"}
export QT_LOGGING_RULES="*.debug=false;*.info=false;*.warning=false"
export QT_QPA_PLATFORM=offscreen

failed=0
summary=()
for t in $TARGETS; do
  exe=$BUILD/fuzz/fuzz_$t
  work=$OUT/$t
  rm -rf "$work"
  mkdir -p "$work/corpus" "$work/artifacts"
  dirs=("$work/corpus" "$ROOT/fuzz/corpus/$t")
  [ -d "$ROOT/fuzz/regressions/$t" ] && dirs+=("$ROOT/fuzz/regressions/$t")
  set +e
  if [ "$MODE" = ci ]; then
    budget=(-seed=1 -runs="${CI_RUNS[$t]:-20000}")
  else
    budget=(-max_total_time="$MODE")
  fi
  "$exe" "${budget[@]}" -max_len=65536 -rss_limit_mb=2048 -timeout=25 \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/" "${dirs[@]}" >"$work/log.txt" 2>&1
  rc=$?
  set -e
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log.txt" | tail -1)
  cov=$(grep -Eo 'cov: [0-9]+' "$work/log.txt" | tail -1 | cut -d' ' -f2)
  findings=$(find "$work/artifacts" -type f | wc -l)
  if [ "$rc" -ne 0 ] || [ "$findings" -ne 0 ]; then
    failed=1
    status="FINDING (exit $rc)"
    echo "---- fuzz_$t: last lines of $work/log.txt ----"
    tail -60 "$work/log.txt"
    find "$work/artifacts" -type f -printf '  artifact: %p\n'
  else
    status="ok"
  fi
  line=$(printf '%-16s %10s execs  cov %6s  findings %s  %s' "$t" "${execs:-?}" "${cov:-?}" "$findings" "$status")
  echo "fuzz: $line"
  summary+=("$line")
done

if [ "$MODE" = ci ]; then budget_text="seed 1, fixed runs per target"; else budget_text="$MODE s per target"; fi
echo "==== fuzz summary ($budget_text, fuzzing took $(( $(date +%s) - built )) s) ===="
printf '%s\n' "${summary[@]}"
if [ "$failed" -ne 0 ]; then
  echo "fuzz: FAILED: see the findings above (artifacts under $OUT/<target>/artifacts)"
  exit 1
fi
echo "fuzz: no findings"
