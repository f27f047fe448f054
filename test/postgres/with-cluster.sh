#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster (Debian's pg_virtualenv: a temporary
# cluster on a free port, in a temporary directory even as root so that several runs may overlap,
# removed afterwards) with DATABASE_URL pointing at it.
# Usage: test/postgres/with-cluster.sh npx vitest run
set -euo pipefail
if [ "${1:-}" = "--inside" ]; then
  shift
  export DATABASE_URL="postgres://${PGUSER}:${PGPASSWORD}@${PGHOST:-localhost}:${PGPORT}/postgres"
  exec "$@"
fi
exec pg_virtualenv -t -o max_connections=300 -o fsync=off -o synchronous_commit=off \
  "$0" --inside "$@"
