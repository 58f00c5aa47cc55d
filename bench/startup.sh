#!/usr/bin/env bash
# Start-up figures of `cerulean serve --world demo`: milliseconds from process start to the
# first 200 from /health (polled every 10 ms), and resident memory (VmRSS) at that moment.
# Each run starts once on an empty data directory (first start: creates the database, loads
# the demo world) and once more on the same directory (second start: reuses the data), both
# with `java -jar` (the baseline) and with the launcher beside the jar, which maps the build's
# class-data archive (cli/target/cerulean), alternately in the same run.
#
#   bench/startup.sh [RUNS]          (default 5; JAR, PORT and JAVA_OPTS may be set)
#
# Ends with a summary per kind of start (median, range, resident memory) and the load average
# before and after the runs: on a shared machine, the load explains most of the spread.
set -euo pipefail

JAR=${JAR:-cli/target/cerulean.jar}
LAUNCHER=$(dirname "$JAR")/cerulean
RUNS=${1:-5}
PORT=${PORT:-18080}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

[ -f "$JAR" ] || { echo "no $JAR: build it with ./mvnw -pl cli -am package -DskipTests" >&2; exit 1; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# measure LABEL: one start, prints "LABEL ready_ms=… rss_mb=…" (a LABEL ending in -launcher starts
# through the launcher, any other with java -jar)
measure() {
  local label=$1 start pid ready rss
  start=$(now_ms)
  if [[ $label == *-launcher ]]; then
    JAVA_OPTS=${JAVA_OPTS:-} "$LAUNCHER" serve --world demo --data "$WORK/data" --port "$PORT" >"$WORK/log" 2>&1 &
  else
    # shellcheck disable=SC2086
    java ${JAVA_OPTS:-} -jar "$JAR" serve --world demo --data "$WORK/data" --port "$PORT" >"$WORK/log" 2>&1 &
  fi
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
  echo "$ready $(( rss / 1024 ))" >>"$WORK/${label##* }"
}

# stats COLUMN FILE: "median=… range=…" of one column
stats() {
  cut -d' ' -f"$1" "$2" | sort -n | awk '{ v[NR] = $1 } END { printf "median=%d range=%d..%d", v[int((NR + 1) / 2)], v[1], v[NR] }'
}

# summary KIND: median and range of the ready times and of resident memory
summary() {
  echo "$1 n=$(wc -l <"$WORK/$1") ready_ms $(stats 1 "$WORK/$1")  rss_mb $(stats 2 "$WORK/$1")"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
[ -x "$LAUNCHER" ] || { echo "no $LAUNCHER: build it with ./mvnw -pl cli -am package -DskipTests" >&2; exit 1; }
for i in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/data"
  measure "run=$i first-start-jar"
  measure "run=$i second-start-jar"
  rm -rf "$WORK/data"
  measure "run=$i first-start-launcher"
  measure "run=$i second-start-launcher"
done
echo
summary first-start-jar
summary first-start-launcher
summary second-start-jar
summary second-start-launcher
echo "load average (1, 5, 15 min) before: $load_before  after: $(cut -d' ' -f1-3 /proc/loadavg)"
