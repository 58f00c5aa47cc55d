# Sourced by the load runs: starts `cerulean serve --world demo` on 127.0.0.1 (HTTPS on $PORT,
# default 18443) in a temporary data directory, exports its trust store to $DATA/trust.p12,
# waits for /health (JAR: another build's cerulean.jar to serve; SERVER_PREFIX: a command to start
# it under, such as `taskset -c 0`), and stops the server and removes the directory when the script exits.
DATA=$(mktemp -d)
PORT=${PORT:-18443}
JAR=${JAR:-cli/target/cerulean.jar}
cleanup() {
  if [[ -n "${SERVER_PID:-}" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$DATA"
}
trap cleanup EXIT

java -jar "$JAR" cert export --data "$DATA" --truststore "$DATA/trust.p12" >/dev/null
${SERVER_PREFIX:-} java ${SERVER_JAVA_OPTS:-} -jar "$JAR" serve --data "$DATA" --world demo --host 127.0.0.1 --port 0 \
  --https-port "$PORT" --graph-port 0 >"$DATA/serve.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
  if curl -skf "https://127.0.0.1:$PORT/health" >/dev/null 2>&1; then break; fi
  sleep 0.5
done
curl -skf "https://127.0.0.1:$PORT/health" >/dev/null || { cat "$DATA/serve.log"; exit 1; }
