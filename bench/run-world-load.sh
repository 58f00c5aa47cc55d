#!/usr/bin/env bash
# World loading at scale: generates worlds with `cerulean world generate` and loads each into an
# empty H2 store with `cerulean world load`, reporting the file's size, the load's wall time and
# the process's peak resident memory (GNU time's maximum RSS) under a fixed heap (-Xmx, HEAP), and
# the most heap still in use after a garbage collection (from -Xlog:gc: what the load really holds;
# RSS also counts garbage not yet collected, since the JVM grows its heap up to -Xmx when it can).
# With BASELINE_JAR set, the same files are loaded by that build too (in the same run, on the same
# machine), up to BASELINE_MAX_USERS users and BASELINE_TIMEOUT seconds each.
#
#   bench/run-world-load.sh [SIZES]      SIZES: user counts, default "1000 100000 1000000"
#   (HEAP=1g, SKIP_BUILD, JAR, BASELINE_JAR, BASELINE_MAX_USERS=100000, BASELINE_TIMEOUT=900)
#
# Shapes (issue 15's): N users in N/100 directories (at least 10), N/10 subscriptions, 3 role
# assignments per subscription; at 1,000,000 users: 10,000 directories, 100,000 subscriptions.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${1:-"1000 100000 1000000"}
HEAP=${HEAP:-1g}
JAR=${JAR:-cli/target/cerulean.jar}
BASELINE_MAX_USERS=${BASELINE_MAX_USERS:-100000}
BASELINE_TIMEOUT=${BASELINE_TIMEOUT:-900}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -o -pl cli -am package -DskipTests

echo "== machine"
echo "nproc: $(nproc)"
grep -m1 'model name' /proc/cpuinfo || true
grep -m1 MemTotal /proc/meminfo
java -version 2>&1 | head -1
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
date -u +"date: %Y-%m-%dT%H:%M:%SZ"

# load LABEL JAR FILE TIMEOUT: one load into a fresh data directory; prints seconds and peak memory
load() {
  local label=$1 jar=$2 file=$3 limit=$4 data="$WORK/data-$RANDOM" status=0
  /usr/bin/time -f "%e %M" -o "$WORK/time" timeout "$limit" \
    java -Xmx"$HEAP" -Xlog:gc:file="$WORK/gc" -jar "$jar" world load "$file" --data "$data" >"$WORK/out" 2>"$WORK/err" || status=$?
  read -r seconds kb < <(tail -1 "$WORK/time") || true
  live=$(grep -o -- '->[0-9]*M' "$WORK/gc" | tr -dc '0-9\n' | sort -n | tail -1)
  if [ "$status" -eq 0 ]; then
    echo "$label: loaded in ${seconds} s, peak RSS $(( kb / 1024 )) MB, peak heap after GC ${live:-?} MB ($(cat "$WORK/out"))"
  else
    echo "$label: FAILED (exit $status after ${seconds:-?} s, peak RSS $(( ${kb:-0} / 1024 )) MB, peak heap after GC ${live:-?} MB): $(tail -c 300 "$WORK/err" | tr '\n' ' ')"
  fi
  rm -rf "$data"
}

for users in $SIZES; do
  dirs=$(( users / 100 < 10 ? 10 : users / 100 ))
  subs=$(( users / 10 ))
  file="$WORK/world-$users.yaml"
  start=$(date +%s%N)
  java -jar "$JAR" world generate --directories "$dirs" --users "$users" --subscriptions "$subs" \
    --assignments-per-subscription 3 --seed 15 --out "$file" >/dev/null
  gen_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "== $users users, $dirs directories, $subs subscriptions, $(( subs * 3 )) role assignments:" \
    "$(( $(stat -c %s "$file") / 1024 / 1024 )) MiB, generated in $(( gen_ms / 1000 )).$(( gen_ms % 1000 / 100 )) s"
  load "  this build (-Xmx$HEAP)" "$JAR" "$file" 1800
  if [ -n "${BASELINE_JAR:-}" ] && [ "$users" -le "$BASELINE_MAX_USERS" ]; then
    load "  baseline   (-Xmx$HEAP)" "$BASELINE_JAR" "$file" "$BASELINE_TIMEOUT"
  fi
  rm -f "$file"
done
echo "load average after: $(cut -d" " -f1-3 /proc/loadavg)"
