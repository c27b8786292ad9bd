#!/usr/bin/env bash
# Starts (or reuses) a development PostgreSQL under .local/postgres (git-ignored) and prints its
# connection string. ./run.sh uses it when no connection string is configured; production points
# ConnectionStrings__Cabinet at its own server instead.
# An argument names another database of the same cluster (./run.sh demo uses cabinet_demo).
set -euo pipefail
database="${1:-botcabinet}"

root="$(cd "$(dirname "$0")/.." && pwd)"
folder="$root/.local/postgres"
port="${BOTCABINET_LOCAL_POSTGRES_PORT:-55432}"

bindir="$(pg_config --bindir 2>/dev/null || true)"
[ -x "$bindir/initdb" ] || bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ ! -x "$bindir/initdb" ]; then
  echo "PostgreSQL server binaries were not found: install them (apt-get install postgresql) or set ConnectionStrings__Cabinet." >&2
  exit 1
fi

# PostgreSQL refuses to run as root: as root, run it as the postgres user.
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

mkdir -p "$folder"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$folder"
if ! as_postgres test -w "$folder"; then
  echo "The postgres user cannot write to $folder: move the checkout somewhere it can reach, or set ConnectionStrings__Cabinet." >&2
  exit 1
fi

if [ ! -f "$folder/data/PG_VERSION" ]; then
  as_postgres "$bindir/initdb" -D "$folder/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log"
fi
if ! as_postgres "$bindir/pg_ctl" -D "$folder/data" status >/dev/null 2>&1; then
  as_postgres "$bindir/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
    -o "-p $port -k $folder -c listen_addresses=127.0.0.1" start >/dev/null
fi
if ! as_postgres "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1; then
  as_postgres "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres "$database"
fi

echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=$database"
