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
#  3. against the previous release: the command line of this build and that of the build PREVIOUS
#     (a git commit; default 2345bab, the last of the 0.1.0 release, when the fleet goals were set),
#     `java -Xmx$HEAP -jar ... analyze FILE.ndjson --quiet --format json -o /dev/null`, alternated
#     ROUNDS times on the same PREVIOUS_COUNT documents (default 20000), made by the previous build's
#     generator so that both accept them; prints the median docs/s of each and their ratio. The
#     previous build is unpacked with `git archive` and built once into target/bench-previous/.
#
#   bench/fleet-throughput.sh [COUNT] [ROUNDS]      defaults: 100000 documents, 3 measured rounds
#
# The documents are generated (FleetGenerator: the samples of facts-samples/ varied, healthy and
# broken, 0.5 % malformed) into a temporary folder, removed at the end unless KEEP=1 is set.
# SKIP_MEMORY=1 skips part 2, SKIP_THROUGHPUT=1 part 1, SKIP_PREVIOUS=1 part 3.
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
if [ "${SKIP_PREVIOUS:-0}" != 1 ]; then
  PREVIOUS=${PREVIOUS:-2345bab}
  SHA=$(git rev-parse --short "$PREVIOUS^{commit}")
  OLD="target/bench-previous/$SHA"
  if [ ! -f "$OLD/target/mabs-advisor.jar" ]; then
    echo "building the previous release ($SHA)..." >&2
    rm -rf "$OLD" && mkdir -p "$OLD"
    git archive "$SHA" | tar -x -C "$OLD"
    (cd "$OLD" && mvn -q -DskipTests package >&2)
  fi
  N=${PREVIOUS_COUNT:-20000}
  (cd "$OLD" && java -cp target/mabs-advisor.jar:target/test-classes org.mabsadvisor.testing.FleetGenerator --ndjson "$WORK/previous.ndjson" "$N")
  echo "== against the previous release $SHA (the command line, -Xmx$HEAP, $N documents, alternate runs)"
  export MABS_ADVISOR_CACHE="$WORK/cache"
  run() { # FOLDER LABEL ROUND
    start=$(date +%s%N)
    (cd "$1" && java -Xmx"$HEAP" -jar target/mabs-advisor.jar analyze "$WORK/previous.ndjson" --quiet --format json -o /dev/null 2>/dev/null) || true
    end=$(date +%s%N)
    awk -v n="$N" -v s="$start" -v e="$end" -v l="$2" -v r="$3" 'BEGIN { printf "round %d  %-9s %.1f s: %.0f docs/s\n", r, l, (e - s) / 1e9, n / ((e - s) / 1e9) }' \
      | tee -a "$WORK/previous-$2.txt"
  }
  for r in $(seq 0 "$ROUNDS"); do   # round 0 warms the files and the class-data of both
    run "$OLD" previous "$r"
    run . this "$r"
  done
  median() { grep -v '^round 0 ' "$1" | awk '{ print $(NF - 1) }' | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
  p=$(median "$WORK/previous-previous.txt")
  t=$(median "$WORK/previous-this.txt")
  awk -v p="$p" -v t="$t" 'BEGIN { printf "median previous %.0f docs/s, this build %.0f docs/s: %.2fx\n", p, t, t / p }'
fi
[ "${KEEP:-0}" = 1 ] && echo "kept in $WORK"
exit 0
