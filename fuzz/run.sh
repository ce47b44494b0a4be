#!/usr/bin/env bash
# Runs each fuzz target of FuzzTargetsTest as a fuzzing session and prints its figures.
#   fuzz/run.sh [SECONDS_PER_TARGET]      (default 60)
# A crash is kept by Jazzer under src/test/resources/org/mabsadvisor/fuzz/FuzzTargetsTestInputs/<target>/
# and replayed by every later `mvn verify` until it is fixed: commit it with the fix.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
targets=(${FUZZ_TARGETS:-factsLoaderOnlyAcceptsOrExplains versionsCompareConsistently policyOverridesOnlyApplyOrExplain bundleParsersOnlyParseOrExplain waiverFilesOnlyLoadOrExplain baselinesOnlyLoadOrExplain reportsStayWellFormed inertTextHasNoControlLeft})
mvn -q -B -ntp test-compile
for target in ${targets[@]}; do
  log=$(mktemp)
  status=0
  JAZZER_FUZZ=1 JAZZER_INSTRUMENTATION_INCLUDES="org.mabsadvisor.**:com.fasterxml.jackson.**:com.networknt.**:org.yaml.**" JAZZER_MAX_DURATION="${seconds}s" mvn -B -ntp surefire:test -Dtest="FuzzTargetsTest#${target}" \
    -Djazzer.max_duration="${seconds}s" > "$log" 2>&1 || status=$?
  done_line=$(grep -E '#[0-9]+[[:space:]]+DONE' "$log" | tail -1 || true)
  [ -n "$done_line" ] || done_line=$(grep -E '#[0-9]+[[:space:]]+(pulse|NEW|REDUCE)' "$log" | tail -1 || true)
  execs=$(sed -E 's/^#([0-9]+).*/\1/' <<<"$done_line")
  cov=$(grep -oE 'cov: [0-9]+' <<<"$done_line" || true)
  crashes=$(grep -cE '== Java Exception|Crash|FuzzTestFindingException' "$log" || true)
  printf '%-36s executions: %-10s %-12s findings: %s (exit %s)\n' "$target" "${execs:-?}" "${cov:-cov: ?}" "$crashes" "$status"
  if [ "$status" -ne 0 ]; then
    grep -E '== Java Exception|Caused by|at org.mabsadvisor' "$log" | head -8 | sed 's/^/    /'
  fi
  rm -f "$log"
done
