#!/usr/bin/env bash
# Builds the benchmarks jar and runs the move rehearsal benchmark (plan and restore) on H2 and,
# when CERULEAN_TEST_PG_URL is set (eval "$(bash .ci/pg-start.sh)"), on PostgreSQL.
# Extra arguments go to JMH (e.g. -prof gc). Figures for docs/benchmarks.md,
# "## Move rehearsal (plan and restore)".
set -euo pipefail
cd "$(dirname "$0")/.."
exec bash bench/run-store-benchmark.sh MoveRehearsalBenchmark move-rehearsal "$@"
