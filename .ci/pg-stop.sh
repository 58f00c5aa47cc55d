#!/usr/bin/env bash
# Stops the PostgreSQL that pg-start.sh started and removes its directory.
#   .ci/pg-stop.sh            (uses $PG_DATA_DIR, as exported by pg-start.sh)
#   .ci/pg-stop.sh /tmp/cerulean-pg.XXXXXX
set -euo pipefail

DIR=${1:-${PG_DATA_DIR:-}}
if [[ -z "$DIR" ]]; then echo "pg-stop: set PG_DATA_DIR or pass the directory" >&2; exit 1; fi
case "$DIR" in
  /tmp/cerulean-pg.*) ;;
  *) echo "pg-stop: refusing to remove $DIR: not a directory made by pg-start.sh" >&2; exit 1 ;;
esac

BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n | tail -n 1 || true)
if [[ -d "$DIR/data" && -n "$BIN" ]]; then
  RUN=()
  if [[ $(id -u) -eq 0 ]]; then RUN=(runuser -u postgres --); fi
  ${RUN[@]+"${RUN[@]}"} "$BIN/pg_ctl" -D "$DIR/data" -m fast -w -t 60 stop >&2 || true
fi
rm -rf "$DIR"
echo "pg-stop: removed $DIR" >&2
