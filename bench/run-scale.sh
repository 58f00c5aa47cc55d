#!/usr/bin/env bash
# Issue 15's scale benchmark: for each world size, generates a world (`cerulean world generate`),
# loads it into an empty H2 store (load time, peak RSS, peak heap after GC, with -Xmx$HEAP),
# serves it with the jar on 127.0.0.1 and times the operations of the acceptance one client at a
# time over kept-alive HTTPS (bench ScaleLatency: REQUESTS timed runs each after WARMUP untimed
# ones), then prints one table per world and the ratios to the smallest world (PASS within 2×).
#
#   bench/run-scale.sh [SIZES]     SIZES: user counts, default "1000 100000 1000000"
#   (HEAP=1g, SERVER_HEAP=1g, REQUESTS=500, WARMUP=30, READ_SECONDS=3 (repeatable reads run at
#    least REQUESTS times and at least this long), LIMITS=31, PORT=18453, GRAPH_PORT=18454,
#    SKIP_BUILD, OUT=bench/target/scale, JFR=1 to record each server with Java Flight Recorder into
#    $OUT, BASE_OPS=an earlier run's ops-<users>.txt to compare with instead of this run's smallest)
#
# Shapes: N users in max(1000, N/100) directories, N/10 subscriptions with 3 assignments each,
# plus the fixtures: many@outlook.com in 1,000 directories, and LIMITS subscriptions of directory 0
# at 4,000 role assignments (one listed, the others moved by the directory changes), whose 1,000
# users directory 0 gets first.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${1:-"1000 100000 1000000"}
HEAP=${HEAP:-1g}
SERVER_HEAP=${SERVER_HEAP:-1g}
REQUESTS=${REQUESTS:-500}
READ_SECONDS=${READ_SECONDS:-3}
WARMUP=${WARMUP:-30}
LIMITS=${LIMITS:-31}
PORT=${PORT:-18453}
GRAPH_PORT=${GRAPH_PORT:-18454}
JAR=cli/target/cerulean.jar
OUT=${OUT:-bench/target/scale}
WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
  if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
mkdir -p "$OUT"
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -o -pl cli,bench -am package -DskipTests

echo "== machine"
echo "nproc: $(nproc)"
grep -m1 'model name' /proc/cpuinfo || true
grep -m1 MemTotal /proc/meminfo
java -version 2>&1 | head -1
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
date -u +"date: %Y-%m-%dT%H:%M:%SZ"

for users in $SIZES; do
  dirs=$(( users / 100 < 1000 ? 1000 : users / 100 ))
  subs=$(( users / 10 ))
  file="$WORK/world.yaml" data="$WORK/data-$users"
  java -jar "$JAR" world generate --directories "$dirs" --users "$users" --subscriptions "$subs" \
    --assignments-per-subscription 3 --account-in-directories 1000 --limit-subscriptions "$LIMITS" \
    --seed 15 --out "$file" >/dev/null
  echo "== $users users, $dirs directories, $subs + $LIMITS subscriptions, $(( subs * 3 + LIMITS * 4000 )) role assignments," \
    "$(( $(stat -c %s "$file") / 1024 / 1024 )) MiB (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  /usr/bin/time -f "%e %M" -o "$WORK/time" java -Xmx"$HEAP" -Xlog:gc:file="$WORK/gc" -jar "$JAR" \
    world load "$file" --data "$data" >"$WORK/load.out" 2>"$WORK/load.err" || { tail -c 600 "$WORK/load.err"; exit 1; }
  read -r seconds kb < <(tail -1 "$WORK/time")
  live=$(grep -o -- '->[0-9]*M' "$WORK/gc" | tr -dc '0-9\n' | sort -n | tail -1)
  echo "load: ${seconds} s, peak RSS $(( kb / 1024 )) MB, peak heap after GC ${live:-?} MB (-Xmx$HEAP)" | tee "$OUT/load-$users.txt"
  rm -f "$file"

  java -jar "$JAR" cert export --data "$data" --truststore "$WORK/trust.p12" >/dev/null
  jfr=()
  [ -z "${JFR:-}" ] || jfr=("-XX:StartFlightRecording=filename=$OUT/server-$users.jfr,settings=profile")
  java -Xmx"$SERVER_HEAP" -Xlog:gc:file="$WORK/serve-gc" "${jfr[@]}" -jar "$JAR" serve --data "$data" --host 127.0.0.1 --port 0 \
    --https-port "$PORT" --graph-port "$GRAPH_PORT" >"$WORK/serve.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 240); do
    curl -skf "https://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
    sleep 0.5
  done
  curl -skf "https://127.0.0.1:$PORT/health" >/dev/null || { cat "$WORK/serve.log"; exit 1; }
  java -cp bench/target/benchmarks.jar dev.cerulean.bench.ScaleLatency "https://127.0.0.1:$PORT" \
    "https://127.0.0.1:$GRAPH_PORT" "$WORK/trust.p12" "$REQUESTS" "$WARMUP" "$READ_SECONDS" | tee "$OUT/ops-$users.txt"
  echo "server RSS after the run: $(( $(ps -o rss= -p "$SERVER_PID") / 1024 )) MB; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  # the server's collector pauses during the run: a millisecond request that meets one is a p99
  grep 'Pause' "$WORK/serve-gc" | grep -o '[0-9.]*ms$' | awk '{ms=$1; sub("ms","",ms); ms+=0; n++; t+=ms; if (ms>m) m=ms}
    END {printf "server GC pauses during start and run: %d, %.0f ms in all, longest %.1f ms\n", n, t, m}' | tee -a "$OUT/ops-$users.txt"
  cp "$WORK/serve-gc" "$OUT/serve-gc-$users.log"
  kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=
  rm -rf "$data"
done

echo "== ratios to the smallest world (p50 and p99; PASS when both are within 2x)"
smallest=$(echo "$SIZES" | tr ' ' '\n' | sort -n | head -1)
base=${BASE_OPS:-$OUT/ops-$smallest.txt}
for users in $SIZES; do
  [ -z "${BASE_OPS:-}" ] && [ "$users" = "$smallest" ] && continue
  echo "-- $users users / $base"
  awk -v base="$base" '
    function field(line, key,   a) { match(line, key "=[^ ]+"); return substr(line, RSTART + length(key) + 1, RLENGTH - length(key) - 1) }
    BEGIN { while ((getline l < base) > 0) if (l ~ /^op=/) { o = field(l, "op"); p50[o] = field(l, "p50"); p99[o] = field(l, "p99") } }
    /^op=/ { o = field($0, "op"); a = field($0, "p50") / p50[o]; b = field($0, "p99") / p99[o];
             printf "%-70s p50 %8s ms (x%.2f)  p99 %8s ms (x%.2f)  %s\n", o, field($0, "p50"), a, field($0, "p99"), b, (a <= 2 && b <= 2) ? "PASS" : "FAIL" }
  ' "$OUT/ops-$users.txt"
done
