#!/usr/bin/env bash
# Start-up figures of `cerulean serve --world demo`: milliseconds from process start to the
# first 200 from /health (polled every 10 ms), and resident memory (VmRSS) at that moment.
# Each run starts once on an empty data directory (first start: creates the database, loads
# the demo world) and once more on the same directory (second start: reuses the data).
#
#   bench/startup.sh [RUNS]          (default 5; JAR, PORT and JAVA_OPTS may be set)
set -euo pipefail

JAR=${JAR:-cli/target/cerulean.jar}
RUNS=${1:-5}
PORT=${PORT:-18080}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

[ -f "$JAR" ] || { echo "no $JAR: build it with ./mvnw -pl cli -am package -DskipTests" >&2; exit 1; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# measure LABEL: one start, prints "LABEL ready_ms=… rss_mb=…"
measure() {
  local label=$1 start pid ready rss
  start=$(now_ms)
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$JAR" serve --world demo --data "$WORK/data" --port "$PORT" >"$WORK/log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$PORT/health"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "$label: cerulean exited:" >&2; cat "$WORK/log" >&2; exit 1; fi
    if [ $(( $(now_ms) - start )) -gt 30000 ]; then echo "$label: not ready after 30 s" >&2; kill "$pid"; exit 1; fi
    sleep 0.01
  done
  ready=$(( $(now_ms) - start ))
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
  echo "$label ready_ms=$ready rss_mb=$(( rss / 1024 ))"
}

for i in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/data"
  measure "run=$i first-start "
  measure "run=$i second-start"
done
