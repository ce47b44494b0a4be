#!/usr/bin/env bash
# A bounded load test of `mabs-advisor serve` on loopback, beside the same work by the command line
# in the same run, so that the load of a shared machine weighs on both alike.
#   bench/server-load.sh [REQUESTS] [CLIENTS] [SAMPLE] [WARMUP] [HOSTS]
#   (default: 2000 requests, 2 clients, facts-samples/healthy.json, 8000 warm-up requests, 100 hosts)
# Starts a server on a free port with a fresh store, warms it up (WARMUP analyses and explains: a
# server runs for days, and its first thousands of requests run before the JIT has compiled them),
# then sends REQUESTS analyses of SAMPLE as one host, REQUESTS as a fleet of HOSTS hosts (SAMPLE
# with each host's name) and REQUESTS explains of one error, and prints p50, p99 and requests per
# second of each. Analyses of one host wait for each other (each is compared with the one before),
# so with two clients the one-host p50 holds a wait; those of different hosts run side by side.
# It then stops the server, times 10 cold `./mabs-advisor analyze SAMPLE` and
# `./mabs-advisor explain` runs and prints the ratio of throughputs.
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-2000}
clients=${2:-2}
sample=${3:-facts-samples/healthy.json}
warmup=${4:-8000}
hosts=${5:-100}
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
[ -f target/mabs-advisor.jar ] || mvn -q -DskipTests package
[ -d target/test-classes ] || mvn -q -DskipTests test-compile
cp=$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test 2>/dev/null):target/test-classes:target/classes

java -jar target/mabs-advisor.jar serve --port 0 --data "$work/data" > "$work/out" 2> "$work/err" &
server=$!
for _ in $(seq 600); do
  grep -q 'serving on' "$work/out" 2>/dev/null && break
  sleep 0.1
done
url=$(grep -o 'http://[0-9.]*:[0-9]*' "$work/out")
echo "server: $url ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
java -cp "$cp" org.mabsadvisor.testing.ServerLoad "$url" "$sample" "$requests" "$clients" "$warmup" "$hosts" | tee "$work/load"
kill "$server"; wait "$server" 2>/dev/null || true; server=""

TIMEFORMAT='%R'
./mabs-advisor analyze "$sample" > /dev/null || true   # makes the class-data archive if missing
for _ in $(seq 10); do
  { time ./mabs-advisor analyze "$sample" > /dev/null 2>&1 || true; } 2>> "$work/cli-analyze"
  { time ./mabs-advisor explain 'ID: 100050' > /dev/null 2>&1 || true; } 2>> "$work/cli-explain"
done
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'; }
ca=$(median < "$work/cli-analyze"); ce=$(median < "$work/cli-explain")
s1=$(awk '/^analyze, one host/ {print $(NF-1)}' "$work/load"); sa=$(awk '/^analyze, [0-9]+ hosts/ {print $(NF-1)}' "$work/load")
se=$(awk '$1=="explain" {print $(NF-1)}' "$work/load")
printf 'command line: analyze median %s s (%.1f/s), explain median %s s (%.1f/s), one at a time\n' "$ca" "$(awk -v a="$ca" 'BEGIN{print 1/a}')" \
  "$ce" "$(awk -v a="$ce" 'BEGIN{print 1/a}')"
printf 'server / command line throughput: analyze %.0fx (one host %.0fx), explain %.0fx\n' "$(awk -v s="$sa" -v a="$ca" 'BEGIN{print s*a}')" \
  "$(awk -v s="$s1" -v a="$ca" 'BEGIN{print s*a}')" "$(awk -v s="$se" -v a="$ce" 'BEGIN{print s*a}')"
echo "goals: warm analyze p50 <= 5 ms, explain p50 <= 2 ms, analyze >= 100x the command line"
