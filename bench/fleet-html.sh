#!/bin/sh
# Times headless chromium on the fleet HTML page of a generated fleet: the page is written by the
# jar, then chromium loads it three ways, each timed from its start to its exit:
#   blank       an empty page: what starting chromium costs alone, to subtract from the others;
#   screenshot  load, style, lay out and paint the first screen (what a user waits for);
#   dump-dom    load and run the page's script, then serialise the whole DOM (the tests' way).
#
#   bench/fleet-html.sh [COUNT] [ROUNDS]      defaults: 2000 hosts, 3 rounds (medians printed)
set -eu
cd "$(dirname "$0")/.."
COUNT=${1:-2000}
ROUNDS=${2:-3}
if [ ! -f target/mabs-advisor.jar ] || [ ! -f target/test-classes/org/mabsadvisor/testing/FleetGenerator.class ]; then
  echo "building the jar and the test classes..." >&2
  mvn -q -DskipTests package >&2
fi
WORK=$(mktemp -d)
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$WORK"' EXIT
java -cp target/mabs-advisor.jar:target/test-classes org.mabsadvisor.testing.FleetGenerator "$WORK/facts" "$COUNT" 0 >/dev/null
./mabs-advisor analyze "$WORK/facts" --quiet -o html="$WORK/fleet.html" >/dev/null 2>&1 || true
echo '<!DOCTYPE html><html><body></body></html>' > "$WORK/blank.html"
CHROMIUM=${CHROMIUM:-chromium}
run() {
  start=$(date +%s%N)
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run \
    --user-data-dir="$WORK/profile" "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
: > "$WORK/blank.ms"; : > "$WORK/shot.ms"; : > "$WORK/dom.ms"
i=0
while [ $i -lt "$ROUNDS" ]; do
  run --screenshot="$WORK/blank.png" --window-size=1280,1600 "file://$WORK/blank.html" >> "$WORK/blank.ms"
  run --screenshot="$WORK/shot.png" --window-size=1280,1600 "file://$WORK/fleet.html" >> "$WORK/shot.ms"
  run --dump-dom "file://$WORK/fleet.html" >> "$WORK/dom.ms"
  i=$((i + 1))
done
echo "fleet page of $COUNT hosts: $(wc -c < "$WORK/fleet.html") bytes"
echo "median of $ROUNDS rounds (ms): blank $(median < "$WORK/blank.ms"), screenshot $(median < "$WORK/shot.ms"), dump-dom $(median < "$WORK/dom.ms")"
uptime
