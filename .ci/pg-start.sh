#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the store's contract tests and prints the settings to eval:
#   eval "$(.ci/pg-start.sh)"   ...   .ci/pg-stop.sh
# Listens on 127.0.0.1 only, on a free port, with fsync on (the tests must see real durability
# behaviour). Everything lives in one temporary directory that pg-stop.sh removes.
set -euo pipefail

log() { echo "pg-start: $*" >&2; }

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n | tail -n 1 || true)
  if [[ -n "$dir" && -x "$dir/initdb" ]]; then echo "$dir"; fi
}

BIN=$(pg_bin)
if [[ -z "$BIN" ]]; then
  log "no PostgreSQL under /usr/lib/postgresql; installing it"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2 && apt-get install -y postgresql >&2
  BIN=$(pg_bin)
  [[ -n "$BIN" ]] || { log "PostgreSQL could not be installed"; exit 1; }
fi
log "using $BIN"

# initdb refuses to run as root: run the server as the (unprivileged) postgres user then.
RUN=()
if [[ $(id -u) -eq 0 ]]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres
  RUN=(runuser -u postgres --)
fi

free_port() {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
    return
  fi
  local p
  for p in $(seq 54320 54999); do
    if ! (echo >"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  log "no free port"; exit 1
}

DIR=$(mktemp -d /tmp/cerulean-pg.XXXXXX)
chmod 700 "$DIR"
if [[ ${#RUN[@]} -gt 0 ]]; then chown postgres: "$DIR"; fi
PORT=$(free_port)
USER_NAME=cerulean
DB_NAME=cerulean
PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)

# Trust for the local superuser over the Unix socket only; TCP clients need the password.
${RUN[@]+"${RUN[@]}"} "$BIN/initdb" -D "$DIR/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
  -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
  || ${RUN[@]+"${RUN[@]}"} "$BIN/initdb" -D "$DIR/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
  -E UTF8 --locale=C >"$DIR/initdb.log" 2>&1 \
  || { cat "$DIR/initdb.log" >&2; exit 1; }

OPTS="-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$DIR -c fsync=on"
OPTS="$OPTS -c max_connections=100 -c shared_buffers=32MB"
${RUN[@]+"${RUN[@]}"} "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -o "$OPTS" -w -t 60 start >&2 \
  || { cat "$DIR/server.log" >&2; exit 1; }

${RUN[@]+"${RUN[@]}"} "$BIN/psql" -h "$DIR" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -q >&2 <<SQL
CREATE ROLE $USER_NAME LOGIN PASSWORD '$PASSWORD';
CREATE DATABASE $DB_NAME OWNER $USER_NAME ENCODING 'UTF8';
SQL

log "PostgreSQL listening on 127.0.0.1:$PORT, data in $DIR"
echo "export CERULEAN_TEST_PG_URL=jdbc:postgresql://127.0.0.1:$PORT/$DB_NAME"
echo "export CERULEAN_TEST_PG_USER=$USER_NAME"
echo "export CERULEAN_TEST_PG_PASSWORD=$PASSWORD"
echo "export PG_DATA_DIR=$DIR"
