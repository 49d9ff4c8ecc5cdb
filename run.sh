#!/usr/bin/env bash
# Starts ThiĐua locally: embedded PostgreSQL, Keycloak, backend, SPA, with the demo dataset.
# Production-like: set DB_URL, DB_USER/DB_PASSWORD (the application role), DB_OWNER_USER/DB_OWNER_PASSWORD (the schema
# owner, runs the migrations; docs/audit.md) and/or OIDC_URL to use external ones (no demo data then).
# Ctrl-C stops everything this script started.
#   ./run.sh              build (incremental) and start
#   ./run.sh --no-build   start what was built last
set -euo pipefail
cd "$(dirname "$0")"
source deploy/local/stack.sh

build=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

java_major=$(java -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print v[1]; exit}')
(( java_major >= 17 )) || { echo "ThiĐua needs JDK 17 or newer (found ${java_major:-none})" >&2; exit 1; }
node_major=$(node --version 2>/dev/null | sed 's/^v\([0-9]*\).*/\1/')
(( ${node_major:-0} >= 20 )) || { echo "ThiĐua needs Node.js 20 or newer (found ${node_major:-none})" >&2; exit 1; }

cleanup() {
  # Nothing may interrupt the cleanup, not even a closed output pipe (./run.sh | tee log, then Ctrl-C).
  trap '' INT TERM PIPE
  stack__say "stopping ..." 2>/dev/null || true
  stack_stop_all
  stack__say "stopped" 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if (( build )); then
  stack__say "building (./mvnw -DskipTests package) ..."
  ./mvnw -B -q -DskipTests package
fi

if [[ -z "${DB_URL:-}" ]]; then
  stack_db_start "$STACK_RUN/pgdata"
  export DEMO_DATA="${DEMO_DATA:-true}"
else
  stack__say "using the external database $DB_URL"
  export DEMO_DATA="${DEMO_DATA:-false}"
fi

if [[ -z "${OIDC_URL:-}" ]]; then
  # The demo realm asks approvers for a second factor (OTP); THIDUA_KC_OTP=off ./run.sh for a demo without it.
  export THIDUA_KC_OTP="${THIDUA_KC_OTP:-on}"
  stack_keycloak_start
else
  stack__say "using the external OIDC provider $OIDC_URL"
fi

stack_backend_start
stack_spa_start

cat <<INFO

  ThiĐua is running.
    App (SPA)        http://localhost:$STACK_SPA_PORT
    API              http://localhost:$STACK_BACKEND_PORT/api/v1   (contract: openapi.yaml)
    Swagger UI       http://localhost:$STACK_BACKEND_PORT/q/swagger-ui
    Health           http://localhost:$STACK_BACKEND_PORT/q/health
    Keycloak         ${OIDC_URL}   (console http://localhost:8180/admin/ admin/admin when local)
    Logs             .run/logs/

  Demo logins (password = username):
    secretariat, admin, council-member, cluster-lead, unit-head, unit-officer, viewer,
    officer.hctp, head.hctp, head.dkgd, lead.hctp;  integration client: thidua-integration / thidua-integration-demo-secret

  Press Ctrl-C to stop.
INFO

while true; do
  for piece in db backend spa; do
    pidfile="$STACK_RUN/$piece.pid"
    if [[ -f "$pidfile" ]] && ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      stack__err "$piece stopped unexpectedly; see .run/logs/"
      exit 1
    fi
  done
  sleep 2
done
