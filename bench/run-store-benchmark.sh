#!/usr/bin/env bash
# Runs one single-shot JMH benchmark of the store (a class of bench/) on H2 and, when
# CERULEAN_TEST_PG_URL is set (eval "$(bash .ci/pg-start.sh)"), on PostgreSQL, after building the
# benchmarks jar; prints the machine, the load average before and after, and the medians.
#
#   bench/run-store-benchmark.sh BENCHMARK RESULT [JMH arguments…]
#   (results in bench/target/RESULT.json; e.g. -prof gc as JMH arguments)
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: bench/run-store-benchmark.sh BENCHMARK RESULT [JMH arguments…]" >&2; exit 2; }
benchmark=$1
result=$2
shift 2
cd "$(dirname "$0")/.."

./mvnw -q -pl bench -am package -DskipTests

databases=H2
if [[ -n "${CERULEAN_TEST_PG_URL:-}" ]]; then
  databases=H2,PostgreSQL
else
  echo "== PostgreSQL benchmarks skipped: CERULEAN_TEST_PG_URL is not set (see .ci/pg-start.sh)"
fi

echo "== machine"
echo "nproc: $(nproc)"
grep -m1 'model name' /proc/cpuinfo || true
java -version 2>&1
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== command"
cmd=(java -jar bench/target/benchmarks.jar "$benchmark" -f 1 -wi 5 -i 15 -p "database=$databases"
  -rf json -rff "bench/target/$result.json" "$@")
echo "${cmd[*]}"
"${cmd[@]}"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== medians (ms) from bench/target/$result.json"
# JMH's SingleShotTime summary prints mean ± error; the median is the 50th percentile of the raw iterations
python3 - "bench/target/$result.json" <<'PY' 2>/dev/null || echo "(python3 not available: read the percentiles above)"
import json
import sys
for r in json.load(open(sys.argv[1])):
    m = r["primaryMetric"]
    print(f'{r["benchmark"].split(".")[-1]:28} {r["params"]["database"]:11} median {m["scorePercentiles"]["50.0"]:8.1f}'
          f'  mean {m["score"]:8.1f}  min {m["scorePercentiles"]["0.0"]:8.1f}  max {m["scorePercentiles"]["100.0"]:8.1f}')
PY
