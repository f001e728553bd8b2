#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what it needs, builds, lints, type-checks, then runs the
# unit, integration (SQLite and a throwaway PostgreSQL server), CLI and browser tests.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p artifacts && rm -f artifacts/*.json

bash scripts/setup.sh test || { echo "setup failed" >&2; exit 1; }

# The build above is fresh: tests that start HipCheck in its own process run the build rather than the sources
# through tsx, which halves each start-up (apps/server/src/testing/entry-args.ts).
export HIPCHECK_TEST_BUILD=1

status=0
step() {
  printf '\n== %s\n' "$1" >&2
  shift
  "$@" || { echo "FAILED: $*" >&2; status=1; }
}

# The three static checks are single-threaded: run side by side, each output printed whole once all have ended.
checks=$(mktemp -d)
static_check() {
  local name=$1
  shift
  ( "$@" >"$checks/$name.out" 2>&1; echo $? >"$checks/$name.status" ) &
}
static_check lint npm run lint --silent
static_check typecheck npm run typecheck --silent
static_check format npx prettier --check . --log-level warn
wait
for name in lint typecheck format; do
  case $name in
    lint) title="Lint" ;;
    typecheck) title="Type-check (sources and tests)" ;;
    format) title="Format" ;;
  esac
  printf '\n== %s\n' "$title" >&2
  cat "$checks/$name.out" >&2
  if [ "$(cat "$checks/$name.status")" != 0 ]; then
    echo "FAILED: $title" >&2
    status=1
  fi
done
rm -rf "$checks"

step "Unit and integration tests" npx vitest run --reporter=default --reporter=json --outputFile="$PWD/artifacts/vitest.json"
step "Web app unit tests" npx vitest run --config apps/web/vitest.config.ts --reporter=default --reporter=json --outputFile="$PWD/artifacts/vitest-web.json"
step "Browser tests" npx vitest run --config apps/web/e2e/vitest.config.ts --reporter=default --reporter=json --outputFile="$PWD/artifacts/vitest-e2e.json"

node scripts/test-summary.mjs artifacts || status=1
exit "$status"
