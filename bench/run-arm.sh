#!/usr/bin/env bash
# Authenticated ARM reads on this machine: `cerulean serve --world demo` (H2 in a temporary data
# directory) over HTTPS, CLIENTS concurrent keep-alive clients (default 32), demo-automation's
# bearer token, bounded in time and count, loopback only:
#  1. GET /subscriptions,
#  2. GET /subscriptions/{id}/providers/Microsoft.Authorization/roleAssignments.
# Figures for docs/benchmarks.md, "## ARM requests". Environment: SECONDS_MEASURED (default 30), CLIENTS (32).
set -euo pipefail
cd "$(dirname "$0")/.."

MEASURE=${SECONDS_MEASURED:-30}
CLIENTS=${CLIENTS:-32}
./mvnw -q -pl cli,bench -am package -DskipTests

echo "== machine"
echo "nproc: $(nproc)"
grep -m1 'model name' /proc/cpuinfo || true
java -version 2>&1
date -u +"date: %Y-%m-%dT%H:%M:%SZ"

source bench/serve-demo.sh

LOAD=(java -cp bench/target/benchmarks.jar dev.cerulean.bench.ArmLoad "https://127.0.0.1:$PORT" "$DATA/trust.p12")
for mode in subscriptions roleAssignments; do
  echo "== $mode: $CLIENTS clients, 10 s warm-up, $MEASURE s measured"
  echo "${LOAD[*]} $mode $CLIENTS 10 $MEASURE 5000000"
  "${LOAD[@]}" "$mode" "$CLIENTS" 10 "$MEASURE" 5000000
done
