#!/usr/bin/env bash
# Cold start of one analysis, as a ratio to a bare JVM, measured in one interleaved run so that the
# load of a shared machine weighs on every side alike.
#   bench/coldstart.sh [RUNS] [SAMPLE]      (default: 10 runs of facts-samples/healthy.json)
# Prints the median wall time of `java -version`, of an empty Java main, of
# `./mabs-advisor analyze SAMPLE` (built-in rules, shipped compiled; class-data archive made), and
# of the same with a site rule folder (compiled on the first run, then read from the cache), and
# the ratios, and the same for `explain` of one pasted error, with its CPU time against analyze's.
# MABS_ADVISOR_JAVA chooses the java, for the tool and for the baselines alike.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
sample=${2:-facts-samples/healthy.json}
java=${MABS_ADVISOR_JAVA:-java}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -f target/mabs-advisor.jar ] || mvn -q -DskipTests package
printf 'public class Empty { public static void main(String[] a) { } }\n' > "$work/Empty.java"
"$(dirname "$(readlink -f "$(command -v "$java")")")/javac" -d "$work" "$work/Empty.java"

# A site folder of one rule, as an administrator writes it, with its own cache.
export MABS_ADVISOR_CACHE="$work/cache"
./mabs-advisor rules new SITE-MARS-01 --dir "$work/site" --language en --severity high \
  --reference https://intranet.example/backup/mars > /dev/null
./mabs-advisor analyze "$sample" > /dev/null || true                         # makes the class-data archive if missing
./mabs-advisor analyze "$sample" --rules "$work/site" > /dev/null || true    # compiles the site folder into the cache

# Wall time, and the CPU time (user + system) of every thread, to tell waiting from working: on two
# cores a run that uses more than twice its wall time in CPU was held back by the cores, not by waits.
TIMEFORMAT='%R %U %S'
measure() { # FILE command...
  local file=$1
  shift
  { time "$@" > /dev/null 2>&1; } 2>> "$file" || true
}
for _ in $(seq "$runs"); do
  measure "$work/version" "$java" -version
  measure "$work/empty" "$java" -cp "$work" Empty
  measure "$work/analyze" ./mabs-advisor analyze "$sample"
  measure "$work/site-rules" ./mabs-advisor analyze "$sample" --rules "$work/site"
  measure "$work/explain" ./mabs-advisor explain "ID: 100050"
done
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'; }
wall() { awk '{ print $1 }' "$1" | median; }
cpu() { awk '{ print $2 + $3 }' "$1" | median; }
v=$(wall "$work/version"); e=$(wall "$work/empty"); a=$(wall "$work/analyze"); s=$(wall "$work/site-rules")
printf 'runs: %s, sample: %s, java: %s\n' "$runs" "$sample" "$("$java" -version 2>&1 | head -n 1)"
printf 'java -version                 median %s s (CPU %s s)\n' "$v" "$(cpu "$work/version")"
printf 'empty Java main               median %s s (CPU %s s)\n' "$e" "$(cpu "$work/empty")"
printf 'analyze                       median %s s (CPU %s s)   %5.1fx java -version, %5.1fx empty main\n' "$a" \
  "$(cpu "$work/analyze")" "$(awk -v a="$a" -v v="$v" 'BEGIN { print a / v }')" "$(awk -v a="$a" -v e="$e" 'BEGIN { print a / e }')"
printf 'analyze --rules SITE (cached) median %s s (CPU %s s)   %5.1fx java -version, %5.1fx empty main\n' "$s" \
  "$(cpu "$work/site-rules")" "$(awk -v a="$s" -v v="$v" 'BEGIN { print a / v }')" "$(awk -v a="$s" -v e="$e" 'BEGIN { print a / e }')"
x=$(wall "$work/explain")
printf 'explain "ID: 100050"          median %s s (CPU %s s)   CPU %.2f of analyze'"'"'s\n' "$x" "$(cpu "$work/explain")" \
  "$(awk -v x="$(cpu "$work/explain")" -v a="$(cpu "$work/analyze")" 'BEGIN { print x / a }')"
echo "goals: analyze at most 10x java -version; explain at most 0.5 of analyze's CPU"
