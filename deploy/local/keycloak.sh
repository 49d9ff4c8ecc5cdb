#!/usr/bin/env bash
# ThiĐua: local Keycloak 26.7.3 for development and end-to-end tests (no Docker).
#
# As a library (run.sh, the end-to-end test script):
#     source deploy/local/keycloak.sh
#     kc_start && kc_wait || exit 1
#     TOKEN=$(kc_token unit-officer)
#     ...
#     kc_stop
# By hand:
#     bash deploy/local/keycloak.sh start            # fetch + start + wait until ready
#     bash deploy/local/keycloak.sh token USER [PW]  # access token (password grant, client thidua-spa)
#     bash deploy/local/keycloak.sh client-token     # client_credentials token of thidua-integration
#     bash deploy/local/keycloak.sh decode TOKEN     # print the token payload as JSON
#     bash deploy/local/keycloak.sh status|wait|fetch|stop
#
# What runs: `kc.sh start-dev` with an in-memory H2 database (--db=dev-mem), so the realm
# deploy/keycloak/thidua-realm.json is imported fresh at every start and nothing survives a stop.
#   Realm      http://localhost:8180/realms/thidua   (issuer is pinned to localhost by --hostname)
#   Health     http://127.0.0.1:9000/health/ready    (management interface)
#   Console    http://localhost:8180/admin/  master-realm console admin: admin / admin
#              (KC_BOOTSTRAP_ADMIN_USERNAME/PASSWORD; local development only, not the realm's `admin`)
# Both ports are bound to 127.0.0.1 only. Files: .run/keycloak-26.7.3 (unpacked dist),
# .run/logs/keycloak.log, .run/keycloak.pid; .run/ is git-ignored.
#
# Settings (environment, optional). The prefix is THIDUA_KC_ and never KC_: Keycloak reads every
# exported KC_* variable as one of its own options (KC_LOG, KC_HTTP_PORT, ...).
#   THIDUA_KC_VERSION (26.7.3)  THIDUA_KC_HTTP_PORT (8180)  THIDUA_KC_MGMT_PORT (9000)
#   THIDUA_KC_WAIT_SECONDS (180)  THIDUA_KC_JAVA_HOME (Temurin 25 when installed, else JAVA_HOME)
#   THIDUA_KC_WARM_LOG (unset: a log whose last line `done` ends another download to wait for)
#   THIDUA_KC_M2_REPO (~/.m2/repository: where the distribution zip is looked for and downloaded)
#   THIDUA_KC_OTP (off): on = the secretariat, council members and unit heads enrol and use an OTP app at sign-in
#     (deploy/keycloak/otp-approvers.py; run.sh turns it on unless set, the browser tests keep it off)
#
# Every function is `set -u` safe and returns non-zero on failure instead of exiting, so sourcing
# this file does not change the caller's shell options.

# ---------------------------------------------------------------------------------------------
# Locations
# ---------------------------------------------------------------------------------------------
KC_SH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
KC_REPO="$(cd "$KC_SH_DIR/../.." && pwd)"
: "${REPO:=$KC_REPO}"

THIDUA_KC_VERSION="${THIDUA_KC_VERSION:-26.7.3}"
THIDUA_KC_HTTP_PORT="${THIDUA_KC_HTTP_PORT:-8180}"
THIDUA_KC_MGMT_PORT="${THIDUA_KC_MGMT_PORT:-9000}"
THIDUA_KC_WAIT_SECONDS="${THIDUA_KC_WAIT_SECONDS:-180}"
THIDUA_KC_WARM_LOG="${THIDUA_KC_WARM_LOG:-}"
THIDUA_KC_WARM_WAIT_SECONDS="${THIDUA_KC_WARM_WAIT_SECONDS:-900}"
THIDUA_KC_REALM="thidua"
THIDUA_KC_RUN_DIR="$KC_REPO/.run"
THIDUA_KC_HOME="$THIDUA_KC_RUN_DIR/keycloak-$THIDUA_KC_VERSION"
THIDUA_KC_LOG="$THIDUA_KC_RUN_DIR/logs/keycloak.log"
THIDUA_KC_PID_FILE="$THIDUA_KC_RUN_DIR/keycloak.pid"
THIDUA_KC_REALM_FILE="$KC_REPO/deploy/keycloak/thidua-realm.json"
THIDUA_KC_M2_REPO="${THIDUA_KC_M2_REPO:-$HOME/.m2/repository}"
THIDUA_KC_ZIP="$THIDUA_KC_M2_REPO/org/keycloak/keycloak-quarkus-dist/$THIDUA_KC_VERSION/keycloak-quarkus-dist-$THIDUA_KC_VERSION.zip"
# Public URL (issuer). Always localhost: tokens fetched through 127.0.0.1 would otherwise carry a
# different `iss` and be rejected by a backend configured with localhost.
THIDUA_KC_URL="http://localhost:$THIDUA_KC_HTTP_PORT"
THIDUA_KC_ISSUER="$THIDUA_KC_URL/realms/$THIDUA_KC_REALM"
THIDUA_KC_HEALTH_URL="http://127.0.0.1:$THIDUA_KC_MGMT_PORT/health/ready"

kc__say() { printf '[keycloak] %s\n' "$*" >&2; }
kc__err() { printf '[keycloak] ERROR: %s\n' "$*" >&2; }

# Java used to run Keycloak: Temurin 25 when present (starts faster), else JAVA_HOME, else PATH.
kc__java_home() {
  if [[ -n "${THIDUA_KC_JAVA_HOME:-}" ]]; then
    printf '%s\n' "$THIDUA_KC_JAVA_HOME"
  elif [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
    printf '%s\n' /usr/lib/jvm/temurin-25-jdk-amd64
  else
    printf '%s\n' "${JAVA_HOME:-}"
  fi
}

# True (0) when something listens on TCP port $1 (any local address).
kc__port_busy() {
  local port="$1"
  if command -v ss >/dev/null 2>&1; then
    [[ -n "$(ss -Hltn "sport = :$port" 2>/dev/null)" ]] && return 0
    return 1
  fi
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
  return 1
}

# PID recorded by kc_start when that process (the process-group leader) is still alive.
kc__pid() {
  [[ -f "$THIDUA_KC_PID_FILE" ]] || return 1
  local pid
  pid="$(tr -dc '0-9' <"$THIDUA_KC_PID_FILE")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  printf '%s\n' "$pid"
}

# PIDs in process group $1 (kc_start puts kc.sh and its java in a group of their own).
kc__group_pids() {
  ps -eo pid=,pgid= 2>/dev/null | awk -v g="$1" '$2 == g { print $1 }'
}

# Extract zip $1 into directory $2 with whatever is available (no install needed).
kc__unzip() {
  local zip="$1" dest="$2"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$zip" -d "$dest"
  elif command -v python3 >/dev/null 2>&1; then
    python3 -m zipfile -e "$zip" "$dest"
  elif command -v jar >/dev/null 2>&1; then
    (cd "$dest" && jar xf "$zip")
  else
    kc__err "no unzip, python3 or jar to extract $zip (apt-get install -y unzip)"
    return 1
  fi
}

# ---------------------------------------------------------------------------------------------
# kc_fetch: make sure Keycloak is unpacked in .run/keycloak-<version>
# ---------------------------------------------------------------------------------------------
kc_fetch() {
  if [[ -x "$THIDUA_KC_HOME/bin/kc.sh" && -f "$THIDUA_KC_HOME/lib/quarkus-run.jar" ]]; then
    return 0
  fi
  mkdir -p "$THIDUA_KC_RUN_DIR/logs" || return 1

  if [[ ! -s "$THIDUA_KC_ZIP" ]]; then
    # Someone may be downloading it already (warm-up job writing `done` at the end): wait for it.
    if [[ -f "$THIDUA_KC_WARM_LOG" ]] && ! grep -qx 'done' "$THIDUA_KC_WARM_LOG" 2>/dev/null; then
      kc__say "waiting for the download in progress ($THIDUA_KC_WARM_LOG) ..."
      local waited=0
      while [[ ! -s "$THIDUA_KC_ZIP" ]] && ! grep -qx 'done' "$THIDUA_KC_WARM_LOG" 2>/dev/null; do
        if (( waited >= THIDUA_KC_WARM_WAIT_SECONDS )); then
          kc__err "the download in progress did not finish within ${THIDUA_KC_WARM_WAIT_SECONDS}s"
          return 1
        fi
        sleep 5; waited=$((waited + 5))
      done
      # the zip appears before Maven has finished writing it: wait for the warm-up to end
      while ! grep -qx 'done' "$THIDUA_KC_WARM_LOG" 2>/dev/null && (( waited < THIDUA_KC_WARM_WAIT_SECONDS )); do
        sleep 2; waited=$((waited + 2))
      done
    fi
  fi

  if [[ ! -s "$THIDUA_KC_ZIP" ]]; then
    kc__say "downloading org.keycloak:keycloak-quarkus-dist:$THIDUA_KC_VERSION:zip (~177 MB) with mvnw ..."
    # Run from .run/ (no pom.xml there): dependency:get needs no project, and from the repository
    # root Maven would first load the whole reactor, failing whenever a module's pom is broken.
    # mvnw and Maven still find the repository's .mvn/ (wrapper, config) by walking up.
    # -Dmaven.repo.local: write exactly where we look (Maven uses Java's user.home, not $HOME).
    if ! (cd "$THIDUA_KC_RUN_DIR" && "$KC_REPO/mvnw" -B -q dependency:get \
          "-Dmaven.repo.local=$THIDUA_KC_M2_REPO" \
          "-Dartifact=org.keycloak:keycloak-quarkus-dist:$THIDUA_KC_VERSION:zip" -Dtransitive=false) \
          >"$THIDUA_KC_RUN_DIR/logs/keycloak-fetch.log" 2>&1; then
      kc__err "download failed, see $THIDUA_KC_RUN_DIR/logs/keycloak-fetch.log"
      tail -n 20 "$THIDUA_KC_RUN_DIR/logs/keycloak-fetch.log" >&2
      return 1
    fi
    [[ -s "$THIDUA_KC_ZIP" ]] || { kc__err "mvnw finished but $THIDUA_KC_ZIP is missing"; return 1; }
  fi

  if [[ -f "$THIDUA_KC_ZIP.sha1" ]] && command -v sha1sum >/dev/null 2>&1; then
    local want got
    want="$(tr -dc '0-9a-f' <"$THIDUA_KC_ZIP.sha1" | cut -c1-40)"
    got="$(sha1sum "$THIDUA_KC_ZIP" | cut -d' ' -f1)"
    if [[ -n "$want" && "$want" != "$got" ]]; then
      kc__err "checksum mismatch for $THIDUA_KC_ZIP (sha1 $got, expected $want); delete it and retry"
      return 1
    fi
  fi

  kc__say "unpacking $(basename "$THIDUA_KC_ZIP") into $THIDUA_KC_RUN_DIR ..."
  local tmp="$THIDUA_KC_RUN_DIR/.keycloak-unpack.$$"
  rm -rf "$tmp" && mkdir -p "$tmp" || return 1
  if ! kc__unzip "$THIDUA_KC_ZIP" "$tmp" || [[ ! -d "$tmp/keycloak-$THIDUA_KC_VERSION" ]]; then
    kc__err "could not extract $THIDUA_KC_ZIP"
    rm -rf "$tmp"
    return 1
  fi
  chmod +x "$tmp/keycloak-$THIDUA_KC_VERSION"/bin/*.sh   # python's zipfile drops the exec bits
  rm -rf "$THIDUA_KC_HOME"
  mv "$tmp/keycloak-$THIDUA_KC_VERSION" "$THIDUA_KC_HOME" && rm -rf "$tmp"
}

# ---------------------------------------------------------------------------------------------
# kc_start: start Keycloak in the background (own process group), realm imported from JSON
# ---------------------------------------------------------------------------------------------
kc_start() {
  local pid
  if pid="$(kc__pid)"; then
    kc__say "already running (pid $pid, log $THIDUA_KC_LOG)"
    return 0
  fi
  rm -f "$THIDUA_KC_PID_FILE"

  local port
  for port in "$THIDUA_KC_HTTP_PORT" "$THIDUA_KC_MGMT_PORT"; do
    if kc__port_busy "$port"; then
      kc__err "port $port is already in use; is another Keycloak (or anything else) running? Owner:"
      ss -Hltnp "sport = :$port" >&2 2>/dev/null || true
      return 1
    fi
  done
  [[ -f "$THIDUA_KC_REALM_FILE" ]] || { kc__err "realm file missing: $THIDUA_KC_REALM_FILE"; return 1; }

  kc_fetch || return 1

  mkdir -p "$THIDUA_KC_HOME/data/import" "$(dirname "$THIDUA_KC_LOG")" || return 1
  # THIDUA_KC_OTP=on: the approvers (secretariat, council members, unit heads) sign in with password + OTP
  # (deploy/keycloak/otp-approvers.py); off (the default here and for the browser tests): the realm as written.
  if [[ "${THIDUA_KC_OTP:-off}" == "on" ]]; then
    kc__say "second factor (OTP) required for the secretariat, council members and unit heads (THIDUA_KC_OTP=on)"
    python3 "$KC_REPO/deploy/keycloak/otp-approvers.py" <"$THIDUA_KC_REALM_FILE" >"$THIDUA_KC_HOME/data/import/thidua-realm.json" || return 1
  else
    cp "$THIDUA_KC_REALM_FILE" "$THIDUA_KC_HOME/data/import/thidua-realm.json" || return 1
  fi

  local java_home
  java_home="$(kc__java_home)"
  kc__say "starting Keycloak $THIDUA_KC_VERSION on $THIDUA_KC_URL (java: ${java_home:-PATH}), log $THIDUA_KC_LOG"
  : >"$THIDUA_KC_LOG"
  # setsid: kc.sh and the java it spawns (and re-spawns after a re-augmentation) share a new
  # process group whose id is the recorded PID, so kc_stop can end all of them at once.
  # The inner shell writes its own PID: with or without a fork by setsid, it is the group leader.
  (
    cd "$THIDUA_KC_HOME" || exit 1
    if [[ -n "$java_home" ]]; then export JAVA_HOME="$java_home"; fi
    export KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin
    exec setsid bash -c 'echo $$ >"$0"; exec "$@"' "$THIDUA_KC_PID_FILE" \
      bin/kc.sh start-dev \
        --http-host=127.0.0.1 \
        --http-port="$THIDUA_KC_HTTP_PORT" \
        --hostname="$THIDUA_KC_URL" \
        --http-management-host=127.0.0.1 \
        --http-management-port="$THIDUA_KC_MGMT_PORT" \
        --health-enabled=true \
        --db=dev-mem \
        --import-realm
  ) </dev/null >>"$THIDUA_KC_LOG" 2>&1 &
  local i
  for i in $(seq 1 50); do
    [[ -s "$THIDUA_KC_PID_FILE" ]] && break
    sleep 0.1
  done
  if ! pid="$(kc__pid)"; then
    kc__err "Keycloak did not start; last lines of $THIDUA_KC_LOG:"
    tail -n 40 "$THIDUA_KC_LOG" >&2
    return 1
  fi
  kc__say "started, pid $pid (process group $pid)"
}

# ---------------------------------------------------------------------------------------------
# kc_wait: wait until ready (health + realm discovery document), at most THIDUA_KC_WAIT_SECONDS
# ---------------------------------------------------------------------------------------------
kc_wait() {
  local deadline=$((SECONDS + THIDUA_KC_WAIT_SECONDS)) start=$SECONDS
  while :; do
    if curl -fsS -o /dev/null --max-time 3 "$THIDUA_KC_HEALTH_URL" 2>/dev/null \
       && curl -fsS -o /dev/null --max-time 5 "$THIDUA_KC_ISSUER/.well-known/openid-configuration" 2>/dev/null; then
      kc__say "ready after $((SECONDS - start))s: $THIDUA_KC_ISSUER"
      return 0
    fi
    if [[ -f "$THIDUA_KC_PID_FILE" ]] && ! kc__pid >/dev/null; then
      kc__err "Keycloak exited while starting; last lines of $THIDUA_KC_LOG:"
      tail -n 40 "$THIDUA_KC_LOG" >&2
      return 1
    fi
    if (( SECONDS >= deadline )); then
      kc__err "not ready after ${THIDUA_KC_WAIT_SECONDS}s ($THIDUA_KC_HEALTH_URL); last lines of $THIDUA_KC_LOG:"
      tail -n 40 "$THIDUA_KC_LOG" >&2
      return 1
    fi
    sleep 2
  done
}

# ---------------------------------------------------------------------------------------------
# kc_stop: stop the process group started by kc_start (kc.sh and java), verify nothing is left
# ---------------------------------------------------------------------------------------------
kc_stop() {
  local pid
  if [[ ! -f "$THIDUA_KC_PID_FILE" ]]; then
    kc__say "not running (no $THIDUA_KC_PID_FILE)"
    return 0
  fi
  pid="$(tr -dc '0-9' <"$THIDUA_KC_PID_FILE")"
  if [[ -z "$pid" ]]; then rm -f "$THIDUA_KC_PID_FILE"; return 0; fi

  if [[ -n "$(kc__group_pids "$pid")" ]]; then
    kc__say "stopping process group $pid ..."
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    local i
    for i in $(seq 1 60); do            # graceful shutdown: up to 30 s
      [[ -z "$(kc__group_pids "$pid")" ]] && break
      sleep 0.5
    done
    if [[ -n "$(kc__group_pids "$pid")" ]]; then
      kc__say "still alive after 30 s, sending SIGKILL"
      kill -KILL -- "-$pid" 2>/dev/null || true
      sleep 1
    fi
  fi
  local left
  left="$(kc__group_pids "$pid")"
  if [[ -n "$left" ]]; then
    kc__err "processes of group $pid still running:"
    ps -o pid=,args= -p "$(echo $left | tr ' ' ,)" >&2 || true
    return 1
  fi
  rm -f "$THIDUA_KC_PID_FILE"
  kc__say "stopped"
}

kc_status() {
  local pid
  if pid="$(kc__pid)"; then
    if curl -fsS -o /dev/null --max-time 3 "$THIDUA_KC_HEALTH_URL" 2>/dev/null; then
      kc__say "running (pid $pid), ready: $THIDUA_KC_ISSUER"
    else
      kc__say "running (pid $pid), not ready yet"
    fi
    return 0
  fi
  kc__say "not running"
  return 1
}

# ---------------------------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------------------------
# Print field $1 of the JSON object on stdin (jq, else python3).
kc__json_field() {
  if command -v jq >/dev/null 2>&1; then
    jq -er --arg f "$1" '.[$f] // empty'
  else
    python3 -c 'import json,sys; v=json.load(sys.stdin).get(sys.argv[1]); print(v) if v else sys.exit(1)' "$1"
  fi
}

# POST form data ($@ = curl args) to the token endpoint and print the access token.
kc__token_request() {
  local body
  body="$(curl -sS --max-time 20 -X POST "$THIDUA_KC_ISSUER/protocol/openid-connect/token" "$@")" || {
    kc__err "token endpoint unreachable ($THIDUA_KC_ISSUER); is Keycloak running?"
    return 1
  }
  printf '%s' "$body" | kc__json_field access_token 2>/dev/null || {
    kc__err "no access token: $body"
    return 1
  }
}

# kc_token USER [PASSWORD]: access token of a demo user (password grant, public client thidua-spa).
# The password of every demo user is its username.
kc_token() {
  if [[ $# -lt 1 ]]; then kc__err "usage: kc_token USER [PASSWORD]"; return 2; fi
  local user="$1" password="${2:-$1}"
  kc__token_request -d grant_type=password -d client_id=thidua-spa -d scope=openid \
    --data-urlencode "username=$user" --data-urlencode "password=$password"
}

# kc_client_token [CLIENT_ID] [SECRET]: client_credentials token (default: thidua-integration).
kc_client_token() {
  local client="${1:-thidua-integration}" secret="${2:-thidua-integration-demo-secret}"
  kc__token_request -d grant_type=client_credentials \
    --data-urlencode "client_id=$client" --data-urlencode "client_secret=$secret"
}

# kc_decode TOKEN: print the JWT payload as indented JSON (no signature check).
kc_decode() {
  if [[ $# -lt 1 ]]; then kc__err "usage: kc_decode TOKEN"; return 2; fi
  python3 - "$1" <<'PY'
import base64, json, sys
part = sys.argv[1].split(".")[1]
part += "=" * (-len(part) % 4)
print(json.dumps(json.loads(base64.urlsafe_b64decode(part)), indent=2, ensure_ascii=False))
PY
}

# ---------------------------------------------------------------------------------------------
# Direct execution: bash deploy/local/keycloak.sh <command>
# ---------------------------------------------------------------------------------------------
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  cmd="${1:-}"
  [[ $# -gt 0 ]] && shift
  case "$cmd" in
    start)        kc_start && kc_wait ;;
    stop)         kc_stop ;;
    restart)      kc_stop && kc_start && kc_wait ;;
    status)       kc_status ;;
    wait)         kc_wait ;;
    fetch)        kc_fetch ;;
    token)        kc_token "$@" ;;
    client-token) kc_client_token "$@" ;;
    decode)       kc_decode "$@" ;;
    *)
      echo "usage: $0 start|stop|restart|status|wait|fetch|token USER [PASSWORD]|client-token [CLIENT SECRET]|decode TOKEN" >&2
      exit 2 ;;
  esac
fi
