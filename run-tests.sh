#!/usr/bin/env bash
# Install everything (system packages, .venv) and run every test. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")"
tools/bootstrap.sh
exec .venv/bin/python -m pytest "$@"
