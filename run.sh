#!/usr/bin/env bash
# Runs the bot: ./run.sh [run | migrate | an administration command such as "catalog import FILE" (see README)]
# Configuration comes from appsettings.json in this folder and from environment variables
# (Telegram__Token, ConnectionStrings__Cabinet, …). With no connection string configured, a local
# PostgreSQL is started (or reused) under .local/ first. Migrations are applied at start.
set -euo pipefail
cd "$(dirname "$0")"

if [ -z "${ConnectionStrings__Cabinet:-}" ] && ! grep -qs '"Cabinet"[[:space:]]*:[[:space:]]*"[^"]' appsettings.json; then
  ConnectionStrings__Cabinet="$(scripts/local-postgres.sh)"
  export ConnectionStrings__Cabinet
fi

exec dotnet run --project Bot.Host --configuration Release -- "$@"
