#!/usr/bin/env bash
# Builds the benchmarks jar and runs the authorization-decision benchmark with short settings.
# Extra arguments go to JMH (e.g. -prof gc). Figures for docs/benchmarks.md, "## Authorization decision".
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -pl bench -am package -DskipTests

echo "== machine"
echo "nproc: $(nproc)"
grep -m1 'model name' /proc/cpuinfo || true
java -version 2>&1
echo "== command"
cmd=(java -jar bench/target/benchmarks.jar AuthorizationBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s "$@")
echo "${cmd[*]}"
"${cmd[@]}"
