#!/usr/bin/env bash
# ThiĐua local stack: embedded PostgreSQL, backend and SPA, on top of deploy/local/keycloak.sh.
# Sourced by run.sh (development) and deploy/local/e2e.sh (browser journeys). Functions return
# non-zero on failure; stack_stop_all stops whatever this shell started, in reverse order.

STACK_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$STACK_DIR/../.." && pwd)"
# shellcheck source=deploy/local/keycloak.sh
source "$STACK_DIR/keycloak.sh"

STACK_RUN="$REPO/.run"
STACK_LOGS="$STACK_RUN/logs"
STACK_DB_PORT="${STACK_DB_PORT:-54329}"
STACK_BACKEND_PORT="${STACK_BACKEND_PORT:-8080}"
STACK_SPA_PORT="${STACK_SPA_PORT:-5173}"
STACK_STARTED=()   # names of the pieces this shell started, in start order

stack__say() { printf '[thidua] %s\n' "$*" >&2; }
stack__err() { printf '[thidua] ERROR: %s\n' "$*" >&2; }

stack__port_busy() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

stack__require_free_port() {
  if stack__port_busy "$1"; then
    stack__err "port $1 ($2) is already in use: stop what runs there (another ./run.sh?) and retry"
    return 1
  fi
}

stack__wait_http() { # url seconds name
  local url=$1 seconds=$2 name=$3 waited=0
  until curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; do
    if (( waited >= seconds )); then
      stack__err "$name did not become ready within ${seconds}s (see $STACK_LOGS)"
      return 1
    fi
    sleep 1; waited=$((waited + 1))
  done
}

stack__start_bg() { # name logfile command...
  local name=$1 log=$2; shift 2
  mkdir -p "$STACK_LOGS"
  setsid "$@" >"$log" 2>&1 < /dev/null &
  echo $! >"$STACK_RUN/$name.pid"
  STACK_STARTED+=("$name")
}

stack__stop() { # name
  local pidfile="$STACK_RUN/$1.pid" pid
  [[ -f "$pidfile" ]] || return 0
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
    local waited=0
    while kill -0 "$pid" 2>/dev/null && (( waited < 30 )); do sleep 1; waited=$((waited + 1)); done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

# Embedded PostgreSQL (zonky binaries from the backend's test classpath); data kept in $1.
stack_db_start() {
  local data_dir=${1:-$STACK_RUN/pgdata}
  local cp_file="$REPO/backend/target/dev-classpath.txt"
  if [[ ! -f "$cp_file" || ! -d "$REPO/backend/target/test-classes" ]]; then
    stack__err "backend is not built: run ./mvnw -DskipTests package first"
    return 1
  fi
  stack__require_free_port "$STACK_DB_PORT" "embedded PostgreSQL" || return 1
  stack__say "starting embedded PostgreSQL on 127.0.0.1:$STACK_DB_PORT (data in ${data_dir#$REPO/})"
  stack__start_bg db "$STACK_LOGS/postgres.log" \
    java -cp "$REPO/backend/target/test-classes:$(cat "$cp_file")" vn.gov.moj.thidua.devtools.DevDatabase "$data_dir" "$STACK_DB_PORT"
  local waited=0
  until grep -q '^READY' "$STACK_LOGS/postgres.log" 2>/dev/null; do
    if ! kill -0 "$(cat "$STACK_RUN/db.pid")" 2>/dev/null || (( waited >= 120 )); then
      stack__err "embedded PostgreSQL did not start:"; tail -20 "$STACK_LOGS/postgres.log" >&2
      return 1
    fi
    sleep 1; waited=$((waited + 1))
  done
  # Two roles (docs/audit.md): the backend runs as thidua_app; Flyway migrates as the owner thidua.
  export DB_URL="jdbc:postgresql://127.0.0.1:$STACK_DB_PORT/thidua" DB_USER=thidua_app DB_PASSWORD=thidua_app \
    DB_OWNER_USER=thidua DB_OWNER_PASSWORD=thidua
}

stack_keycloak_start() {
  kc_fetch && kc_start || return 1
  # Registered before the wait: a Keycloak that is not ready in time is stopped with the rest, not left running.
  STACK_STARTED+=("keycloak")
  kc_wait || return 1
  export OIDC_URL="$THIDUA_KC_ISSUER"
}

stack_backend_start() {
  local jar="$REPO/backend/target/quarkus-app/quarkus-run.jar"
  [[ -f "$jar" ]] || { stack__err "backend is not built ($jar missing): run ./mvnw -DskipTests package"; return 1; }
  stack__require_free_port "$STACK_BACKEND_PORT" "backend" || return 1
  stack__say "starting the backend on http://localhost:$STACK_BACKEND_PORT"
  # Encrypted ballots need the server guardian's secret (docs/voting.md); a fixed one for the local stack only.
  HTTP_PORT="$STACK_BACKEND_PORT" SPA_ORIGIN="${SPA_ORIGIN:-http://localhost:$STACK_SPA_PORT}" \
    THIDUA_VOTING_SERVER_SECRET="${THIDUA_VOTING_SERVER_SECRET:-local-stack-server-secret-not-for-production}" \
    THIDUA_AUDIT_CHECKPOINT_KEY="${THIDUA_AUDIT_CHECKPOINT_KEY:-local-stack-audit-checkpoint-key-not-for-production}" \
    stack__start_bg backend "$STACK_LOGS/backend.log" java ${BACKEND_JAVA_OPTS:--Xmx512m} -jar "$jar"
  stack__wait_http "http://127.0.0.1:$STACK_BACKEND_PORT/q/health/ready" 120 backend || {
    tail -30 "$STACK_LOGS/backend.log" >&2; return 1; }
}

# Serves the built SPA (frontend/dist) with its runtime config pointed at this stack.
stack_spa_start() {
  local dist="$REPO/frontend/dist"
  [[ -f "$dist/index.html" ]] || { stack__err "frontend is not built ($dist missing): run ./mvnw -DskipTests package"; return 1; }
  stack__require_free_port "$STACK_SPA_PORT" "SPA" || return 1
  cat >"$dist/config.json" <<JSON
{"apiBaseUrl":"${SPA_API_BASE_URL:-http://localhost:$STACK_BACKEND_PORT}","oidcAuthority":"${OIDC_URL}","oidcClientId":"${OIDC_SPA_CLIENT_ID:-thidua-spa}"}
JSON
  stack__say "serving the SPA on http://localhost:$STACK_SPA_PORT"
  stack__start_bg spa "$STACK_LOGS/spa.log" \
    env -C "$REPO/frontend" npx --no-install vite preview --host localhost --port "$STACK_SPA_PORT" --strictPort
  stack__wait_http "http://localhost:$STACK_SPA_PORT/config.json" 60 SPA || { tail -20 "$STACK_LOGS/spa.log" >&2; return 1; }
}

stack_stop_all() {
  local i name
  for (( i=${#STACK_STARTED[@]}-1; i>=0; i-- )); do
    name=${STACK_STARTED[$i]}
    case "$name" in
      keycloak) kc_stop >/dev/null 2>&1 || true ;;
      *) stack__stop "$name" ;;
    esac
  done
  STACK_STARTED=()
}
