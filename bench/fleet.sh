#!/bin/sh
# Generates a fleet of facts files from facts-samples/ (healthy and broken servers with variations,
# a few malformed files) and analyses it in one command into every format at once; prints the wall
# time, the peak memory when GNU time is there, and the size of each report.
#
#   bench/fleet.sh [COUNT] [MALFORMED]      defaults: 1000 files, 5 malformed
#
# Everything goes to a temporary folder, removed at the end unless KEEP=1 is set. Extra JVM options
# go through MABS_ADVISOR_JAVA_OPTS (e.g. -Xmx256m).
set -eu
cd "$(dirname "$0")/.."
COUNT=${1:-1000}
MALFORMED=${2:-5}
if [ ! -f target/mabs-advisor.jar ] || [ ! -f target/test-classes/org/mabsadvisor/testing/FleetGenerator.class ]; then
  echo "building the jar and the test classes..." >&2
  mvn -q -DskipTests package >&2
fi
WORK=$(mktemp -d)
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$WORK"' EXIT
java -cp target/mabs-advisor.jar:target/test-classes org.mabsadvisor.testing.FleetGenerator "$WORK/facts" "$COUNT" "$MALFORMED"
mkdir "$WORK/out"
set -- analyze "$WORK/facts" --quiet \
  -o json="$WORK/out/fleet.json" -o sarif="$WORK/out/fleet.sarif" -o junit="$WORK/out/fleet.xml" \
  -o html="$WORK/out/fleet.html" -o markdown="$WORK/out/fleet.md" -o csv="$WORK/out/fleet.csv" -o text="$WORK/out/fleet.txt"
TIMER=""
if /usr/bin/time -f "" true 2>/dev/null; then
  TIMER="/usr/bin/time -f peak-rss-kb=%M -o $WORK/time.txt"
fi
START=$(date +%s%N)
STATUS=0
# Every report goes to a file; the text one that would also go to standard output is not wanted here.
$TIMER ./mabs-advisor "$@" >/dev/null 2>"$WORK/stderr.txt" || STATUS=$?
END=$(date +%s%N)
echo "exit code: $STATUS (2 when some inputs are malformed)"
awk -v s="$START" -v e="$END" -v n="$COUNT" 'BEGIN { printf "wall time: %.1f s for %d facts files\n", (e - s) / 1e9, n }'
[ -f "$WORK/time.txt" ] && grep peak-rss "$WORK/time.txt"
ls -l "$WORK/out" | awk 'NR > 1 { print "  " $5 " bytes  " $9 }'
[ "${KEEP:-0}" = 1 ] && echo "kept in $WORK"
exit 0
