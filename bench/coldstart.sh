#!/usr/bin/env bash
# Cold start of one analysis, as a ratio to a bare JVM, measured in one interleaved run so that the
# load of a shared machine weighs on both sides alike.
#   bench/coldstart.sh [RUNS] [SAMPLE]      (default: 10 runs of facts-samples/healthy.json)
# Prints the median wall time of `java -version`, of an empty Java main, and of
# `./mabs-advisor analyze SAMPLE` (warm archive), and the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
sample=${2:-facts-samples/healthy.json}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -f target/mabs-advisor.jar ] || mvn -q -DskipTests package
printf 'public class Empty { public static void main(String[] a) { } }\n' > "$work/Empty.java"
javac -d "$work" "$work/Empty.java"
./mabs-advisor analyze "$sample" > /dev/null || true   # makes the class-data archive if missing

seconds() { # command... -> wall seconds
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null 2>&1 || true
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f\n", e - s }'
}
for _ in $(seq "$runs"); do
  seconds java -version >> "$work/version"
  seconds java -cp "$work" Empty >> "$work/empty"
  seconds ./mabs-advisor analyze "$sample" >> "$work/analyze"
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'; }
v=$(median "$work/version"); e=$(median "$work/empty"); a=$(median "$work/analyze")
printf 'runs: %s, sample: %s\n' "$runs" "$sample"
printf 'java -version      median %s s\n' "$v"
printf 'empty Java main    median %s s\n' "$e"
printf 'mabs-advisor       median %s s\n' "$a"
awk -v a="$a" -v v="$v" -v e="$e" 'BEGIN { printf "ratio to java -version: %.1fx; to an empty main: %.1fx (goal: at most 6x)\n", a / v, a / e }'
