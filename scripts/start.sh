#!/usr/bin/env bash
# Starts HipCheck on the embedded SQLite database (data under ./.data unless HIPCHECK_DATA_DIR is set).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh start
exec node apps/cli/bin/hipcheck.js serve --data-dir "${HIPCHECK_DATA_DIR:-.data}" --port "${PORT:-8080}" --host "${HOST:-127.0.0.1}"
