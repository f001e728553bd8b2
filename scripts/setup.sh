#!/usr/bin/env bash
# Installs what HipCheck needs on a fresh Debian machine, then builds it. Idempotent: a second run is quick.
#   scripts/setup.sh start   what `npm start` needs (ffmpeg for video analysis)
#   scripts/setup.sh test    what `npm test` needs (also Chromium, PostgreSQL, poppler, Caddy and NSS's certutil
#                            for the test suite)
set -euo pipefail
cd "$(dirname "$0")/.."
purpose="${1:-start}"

log() { printf '\n== %s\n' "$*" >&2; }

missing=()
need() { command -v "$1" >/dev/null 2>&1 || missing+=("$2"); }
need ffmpeg ffmpeg
if [ "$purpose" = test ]; then
  need chromium chromium
  need pdftotext poppler-utils
  # The deployment test: Caddy in front of two servers, Chromium trusting Caddy's local authority.
  need caddy caddy
  need certutil libnss3-tools
  [ -x /usr/lib/postgresql/15/bin/initdb ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
fi
if [ "${#missing[@]}" -gt 0 ]; then
  log "Installing Debian packages: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm packages: reinstall only when the lock file changed since the last install.
stamp=node_modules/.hipcheck-lock.sha256
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
  log "Installing npm packages (better-sqlite3 compiles from source: about 2 minutes)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_sum" > "$stamp"
fi

log "Fetching pose models from the npm registry (only the files HipCheck uses)"
node scripts/fetch-models.mjs

log "Building"
npm run build --silent
