#!/usr/bin/env bash
# Install everything, build a fictional demo township (once) and open the app on it.
set -euo pipefail
cd "$(dirname "$0")"
tools/bootstrap.sh
DB="${LIJIABU_DEMO_DB:-demo-data/demo-township.sqlite3}"
if [ ! -f "$DB" ]; then
  .venv/bin/lijiabu-desk demo --db "$DB"
fi
exec .venv/bin/lijiabu-desk --db "$DB"
