#!/usr/bin/env bash
# Token throughput of the identity platform on this machine, in one run:
#  1. the RS256 signing ceiling (JMH, one thread per core),
#  2. client-credentials tokens/s: 16 concurrent clients over HTTPS keep-alive against `cerulean serve`
#     (demo world, H2 in a temporary data directory), bounded in time and count, loopback only,
#  3. password grants/s with the Argon2id parameters of the store (m=19456 KiB, t=2, p=1).
# Figures for docs/benchmarks.md, "## Tokens". Environment: SECONDS_MEASURED (default 30), CLIENTS (16),
# WARMUP (10 s), PIN=1: the server and the signing ceiling on CPU 0, the load generator on the others
# (needs taskset and 2 or more CPUs), so that the generator's own work does not count against the server.
set -euo pipefail
cd "$(dirname "$0")/.."

MEASURE=${SECONDS_MEASURED:-30}
CLIENTS=${CLIENTS:-16}
WARMUP=${WARMUP:-10}
THREADS=$(nproc) SERVER_CPU=() LOAD_CPU=()
if [[ -n "${PIN:-}" ]]; then
  THREADS=1 SERVER_CPU=(taskset -c 0) LOAD_CPU=(taskset -c "1-$(( $(nproc) - 1 ))")
fi
./mvnw -q -pl cli,bench -am package -DskipTests

echo "== machine"
echo "nproc: $(nproc)"
grep -m1 'model name' /proc/cpuinfo || true
java -version 2>&1
date -u +"date: %Y-%m-%dT%H:%M:%SZ"

echo "== RS256 signing ceiling (JMH, $THREADS threads${PIN:+, on CPU 0})"
"${SERVER_CPU[@]}" java -jar bench/target/benchmarks.jar SigningBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s -t "$THREADS"

SERVER_PREFIX="${SERVER_CPU[*]}" source bench/serve-demo.sh

LOAD=("${LOAD_CPU[@]}" java -cp bench/target/benchmarks.jar dev.cerulean.bench.TokenLoad "https://127.0.0.1:$PORT" "$DATA/trust.p12")
echo "== client credentials: $CLIENTS clients, $WARMUP s warm-up, $MEASURE s measured"
echo "${LOAD[*]} client_credentials $CLIENTS $WARMUP $MEASURE 2000000"
"${LOAD[@]}" client_credentials "$CLIENTS" "$WARMUP" "$MEASURE" 2000000
echo "== password grants: $CLIENTS clients, 5 s warm-up, 20 s measured (Argon2id m=19456 KiB, t=2, p=1)"
"${LOAD[@]}" password "$CLIENTS" 5 20 200000
