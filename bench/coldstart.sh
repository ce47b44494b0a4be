#!/usr/bin/env bash
# Cold start of one analysis, as a ratio to a bare JVM, measured in one interleaved run so that the
# load of a shared machine weighs on every side alike.
#   bench/coldstart.sh [RUNS] [SAMPLE]      (default: 10 runs of facts-samples/healthy.json)
# Prints the median wall time of `java -version`, of an empty Java main, of
# `./mabs-advisor analyze SAMPLE` (built-in rules, shipped compiled; class-data archive made), and
# of the same with a site rule folder (compiled on the first run, then read from the cache), and
# the ratios. MABS_ADVISOR_JAVA chooses the java, for the tool and for the baselines alike.
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

seconds() { # command... -> wall seconds
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null 2>&1 || true
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f\n", e - s }'
}
for _ in $(seq "$runs"); do
  seconds "$java" -version >> "$work/version"
  seconds "$java" -cp "$work" Empty >> "$work/empty"
  seconds ./mabs-advisor analyze "$sample" >> "$work/analyze"
  seconds ./mabs-advisor analyze "$sample" --rules "$work/site" >> "$work/site-rules"
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'; }
v=$(median "$work/version"); e=$(median "$work/empty"); a=$(median "$work/analyze"); s=$(median "$work/site-rules")
printf 'runs: %s, sample: %s, java: %s\n' "$runs" "$sample" "$("$java" -version 2>&1 | head -n 1)"
printf 'java -version                 median %s s\n' "$v"
printf 'empty Java main               median %s s\n' "$e"
printf 'analyze                       median %s s   %5.1fx java -version, %5.1fx empty main\n' "$a" \
  "$(awk -v a="$a" -v v="$v" 'BEGIN { print a / v }')" "$(awk -v a="$a" -v e="$e" 'BEGIN { print a / e }')"
printf 'analyze --rules SITE (cached) median %s s   %5.1fx java -version, %5.1fx empty main\n' "$s" \
  "$(awk -v a="$s" -v v="$v" 'BEGIN { print a / v }')" "$(awk -v a="$s" -v e="$e" 'BEGIN { print a / e }')"
echo "goal: at most 6x"
