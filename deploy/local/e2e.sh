#!/usr/bin/env bash
# Browser journeys: starts a fresh embedded PostgreSQL (demo data), Keycloak, the built backend and SPA,
# runs Playwright (Debian chromium) in frontend/, and stops everything. Called by ./mvnw verify.
# Without chromium it warns loudly and skips the journeys, except under CI=true where that is a failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/stack.sh

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [[ ! -x "$CHROMIUM" ]]; then
  banner='!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!'
  printf '%s\n!! chromium not found at %s: the BROWSER JOURNEYS ARE SKIPPED.\n!! Install it: apt-get install chromium  (.ci/run does this)\n%s\n' "$banner" "$CHROMIUM" "$banner" >&2
  [[ "${CI:-}" == "true" ]] && exit 1
  exit 0
fi

# One journey run at a time on this machine: the stack uses fixed ports.
exec 9>/tmp/thidua-e2e.lock
if ! flock -w 1800 9; then echo "another browser-journey run holds /tmp/thidua-e2e.lock" >&2; exit 1; fi

data_dir="$STACK_RUN/e2e-pgdata"
trap 'trap "" INT TERM PIPE; stack_stop_all; rm -rf "$data_dir"' EXIT
trap 'exit 130' INT TERM

rm -rf "$data_dir"
export DEMO_DATA=true
# Browser journeys sign in with passwords only: no OTP enrolment for the approvers (deploy/keycloak/otp-approvers.py).
export THIDUA_KC_OTP=off
unset DB_URL OIDC_URL
stack_db_start "$data_dir" || exit 1
stack_keycloak_start || exit 1
stack_backend_start || exit 1
stack_spa_start || exit 1

(cd frontend && E2E_BASE_URL="http://localhost:$STACK_SPA_PORT" npx --no-install playwright test "$@")
exit $?
