#!/usr/bin/env bash
# Runs the bot: ./run.sh [run | migrate | demo | an administration command such as "catalog import FILE" (see README)]
# Configuration comes from appsettings.json in this folder and from environment variables
# (Telegram__Token, ConnectionStrings__Cabinet, …). With no connection string configured, a local
# PostgreSQL is started (or reused) under .local/ first. Migrations are applied at start.
set -euo pipefail
cd "$(dirname "$0")"

# The garbage collector's budget for new objects, which the runtime otherwise sizes from the processor's L3 cache: on a
# server reporting a large one, the bot's resident memory passed 200 MB under load; at 8 MiB (and with tiered PGO off,
# in Bot.Host.csproj) it stays well under (bench/README.md). Only this environment variable sets it; an operator's own
# value wins.
export DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x800000}"

# ./run.sh demo [--reset]: the bot against a fake Telegram with a demonstration firm and a web sandbox (no token,
# no internet), on its own database cabinet_demo of the local PostgreSQL — never the bot's.
if [ "${1:-}" = "demo" ]; then
  shift
  Demo__ConnectionString="$(scripts/local-postgres.sh cabinet_demo)"
  export Demo__ConnectionString
  exec dotnet run --project Bot.Demo --configuration Release -- "$@"
fi

if [ -z "${ConnectionStrings__Cabinet:-}" ] && ! grep -qs '"Cabinet"[[:space:]]*:[[:space:]]*"[^"]' appsettings.json; then
  ConnectionStrings__Cabinet="$(scripts/local-postgres.sh)"
  export ConnectionStrings__Cabinet
fi

exec dotnet run --project Bot.Host --configuration Release -- "$@"
