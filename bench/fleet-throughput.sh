#!/bin/sh
# Fleet throughput and memory, measured as ratios so that a shared, busy machine still gives
# comparable figures:
#
#  1. throughput: in ONE JVM, alternate rounds of (a) parsing every document of an NDJSON fleet with
#     Jackson and nothing else, and (b) the fleet path of `analyze FILE.ndjson` (schema, facts, rules,
#     findings, a JSON fleet report encoded to a discarding stream), on the same number of threads
#     (all processors); prints the median docs/s of each and their ratio (FleetThroughput);
#  2. memory: the real command line, `./mabs-advisor analyze FILE.ndjson --quiet --format json -o /dev/null`,
#     on the first 10,000 and on all 100,000 documents of the same stream, under GNU time; prints
#     each peak RSS and their ratio. Both runs get the same fixed heap limit (FLEET_HEAP, default
#     512m): without one the JVM sizes its heap from the machine's memory and grows it lazily,
#     so the peak RSS would say more about the collector's pacing than about what the tool keeps.
#
#   bench/fleet-throughput.sh [COUNT] [ROUNDS]      defaults: 100000 documents, 3 measured rounds
#
# The documents are generated (FleetGenerator: the samples of facts-samples/ varied, healthy and
# broken, 0.5 % malformed) into a temporary folder, removed at the end unless KEEP=1 is set.
# SKIP_MEMORY=1 skips part 2, SKIP_THROUGHPUT=1 part 1.
set -eu
cd "$(dirname "$0")/.."
COUNT=${1:-100000}
ROUNDS=${2:-3}
HEAP=${FLEET_HEAP:-512m}
if [ ! -f target/mabs-advisor.jar ] || [ ! -f target/test-classes/org/mabsadvisor/testing/FleetThroughput.class ] \
    || [ -n "$(find src pom.xml -newer target/mabs-advisor.jar -print 2>/dev/null | head -n 1)" ]; then
  echo "building the jar and the test classes..." >&2
  mvn -q -DskipTests package >&2
fi
CP=target/mabs-advisor.jar:target/test-classes
WORK=$(mktemp -d)
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$WORK"' EXIT

java -cp "$CP" org.mabsadvisor.testing.FleetGenerator --ndjson "$WORK/fleet.ndjson" "$COUNT"
if [ "${SKIP_THROUGHPUT:-0}" != 1 ]; then
  echo "== throughput (one process, alternate rounds, -Xmx$HEAP)"
  java -Xmx"$HEAP" -cp "$CP" org.mabsadvisor.testing.FleetThroughput "$WORK/fleet.ndjson" "$ROUNDS"
fi

if [ "${SKIP_MEMORY:-0}" != 1 ]; then
  echo "== memory (the command line, -Xmx$HEAP for both runs)"
  if ! /usr/bin/time -f "" true 2>/dev/null; then
    echo "GNU time (/usr/bin/time) is needed for the memory measurement" >&2
    exit 1
  fi
  if [ "$COUNT" -ne 100000 ]; then
    java -cp "$CP" org.mabsadvisor.testing.FleetGenerator --ndjson "$WORK/fleet-100000.ndjson" 100000 >/dev/null
  else
    ln -s "$WORK/fleet.ndjson" "$WORK/fleet-100000.ndjson"
  fi
  head -n 10000 "$WORK/fleet-100000.ndjson" > "$WORK/fleet-10000.ndjson"
  head -n 10 "$WORK/fleet-100000.ndjson" > "$WORK/warm-up.ndjson"
  # The first run of the launcher records its class-data archive; keep that out of the measured runs.
  ./mabs-advisor analyze "$WORK/warm-up.ndjson" --quiet --format json -o /dev/null 2>/dev/null || true
  for n in 10000 100000; do
    start=$(date +%s%N)
    MABS_ADVISOR_JAVA_OPTS="-Xmx$HEAP ${MABS_ADVISOR_JAVA_OPTS:-}" /usr/bin/time -f "%M" -o "$WORK/rss-$n.txt" \
      ./mabs-advisor analyze "$WORK/fleet-$n.ndjson" --quiet --format json -o /dev/null 2>"$WORK/stderr-$n.txt" || true
    end=$(date +%s%N)
    awk -v n="$n" -v s="$start" -v e="$end" -v kb="$(tail -n 1 "$WORK/rss-$n.txt")" \
      'BEGIN { printf "%7d docs: peak RSS %.0f MB, %.1f s (%.0f docs/s)\n", n, kb / 1024, (e - s) / 1e9, n / ((e - s) / 1e9) }'
  done
  awk -v a="$(tail -n 1 "$WORK/rss-10000.txt")" -v b="$(tail -n 1 "$WORK/rss-100000.txt")" \
    'BEGIN { printf "peak RSS 100,000 / 10,000 docs: %.2fx\n", b / a }'
fi
[ "${KEEP:-0}" = 1 ] && echo "kept in $WORK"
exit 0
