#!/usr/bin/env bash
# Runs the bench with BENCH_POSTGRES_URL pointing at a throwaway PostgreSQL cluster when Debian's
# pg_virtualenv is installed (as test:pg does); without it, the bench runs on SQLite only.
set -euo pipefail
if [ "${1:-}" = "--inside" ]; then
  shift
  export BENCH_POSTGRES_URL="postgres://${PGUSER}:${PGPASSWORD}@${PGHOST:-localhost}:${PGPORT}/postgres"
  exec "$@"
fi
if command -v pg_virtualenv > /dev/null; then
  exec pg_virtualenv -t -o fsync=off -o synchronous_commit=off "$0" --inside "$@"
fi
exec "$@"
