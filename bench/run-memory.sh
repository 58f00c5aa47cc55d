#!/usr/bin/env bash
# Resident memory of `cerulean serve --world demo` with the JVM's default settings, under a
# password-grant load (every grant is an Argon2id verification, m=19 MiB): RSS when ready, RSS and
# its high-water mark (VmHWM) after CLIENTS concurrent clients for SECONDS_MEASURED seconds, RSS
# again SETTLE seconds (default 10) after the load stopped, and the grants/s. With BASELINE_JAR set, the same run against that build first, for comparison in
# one session on the same machine. Target (docs/benchmarks.md): at most 300 MB after the run.
#
#   bench/run-memory.sh            (CLIENTS=32, SECONDS_MEASURED=20; BASELINE_JAR, SKIP_BUILD optional)
set -euo pipefail
cd "$(dirname "$0")/.."

CLIENTS=${CLIENTS:-32}
MEASURE=${SECONDS_MEASURED:-20}
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -pl cli,bench -am package -DskipTests

echo "== machine"
echo "nproc: $(nproc)"
grep -m1 'model name' /proc/cpuinfo || true
grep -m1 MemTotal /proc/meminfo
java -version 2>&1 | head -1
date -u +"date: %Y-%m-%dT%H:%M:%SZ"

rss() { awk -v k="$2" '$1 == k":" {print int($2 / 1024)}' "/proc/$1/status"; }

run() {
  local label=$1
  (
    export JAR=$2
    # shellcheck source=bench/serve-demo.sh
    source bench/serve-demo.sh
    ready=$(rss "$SERVER_PID" VmRSS)
    out=$(java -cp bench/target/benchmarks.jar dev.cerulean.bench.TokenLoad "https://127.0.0.1:$PORT" \
      "$DATA/trust.p12" password "$CLIENTS" 5 "$MEASURE" 2000000)
    echo "$out" | sed "s/^/  /"
    after=$(rss "$SERVER_PID" VmRSS)
    sleep "${SETTLE:-10}"
    echo "$label: ready_rss_mb=$ready after_rss_mb=$after settled_rss_mb=$(rss "$SERVER_PID" VmRSS)" \
      "(${SETTLE:-10} s later) peak_rss_mb=$(rss "$SERVER_PID" VmHWM)"
  )
}

echo "== password grants: $CLIENTS clients, 5 s warm-up, $MEASURE s measured"
if [ -n "${BASELINE_JAR:-}" ]; then run baseline "$BASELINE_JAR"; fi
run current cli/target/cerulean.jar
echo "uptime: $(uptime)"
