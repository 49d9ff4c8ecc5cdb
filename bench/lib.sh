# Shared functions of the benchmark scripts (sourced). Every process started is recorded in $BENCH_RUN/*.pid
# and stopped by bench_stop_all.
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$BENCH_DIR/.." && pwd)"
BENCH_RUN="${BENCH_RUN:-$BENCH_DIR/.run}"
BENCH_LOGS="$BENCH_RUN/logs"
BENCH_DB_PORT="${BENCH_DB_PORT:-54339}"
BENCH_PORT_A="${BENCH_PORT_A:-8091}"
BENCH_PORT_B="${BENCH_PORT_B:-8092}"
BENCH_NGINX_PORT="${BENCH_NGINX_PORT:-8090}"
JAR="${BENCH_JAR:-$REPO/backend/target/quarkus-app/quarkus-run.jar}"
# The JVM options of deploy/kubernetes/configmap.yaml, with the container's 512 MB memory limit made explicit.
BENCH_JAVA_DEFAULT="-XX:MaxRAM=512m -XX:MaxRAMPercentage=50 -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k"
mkdir -p "$BENCH_LOGS"

say() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

psql_su() { psql -h 127.0.0.1 -p "$BENCH_DB_PORT" -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
psql_db() { local db=$1; shift; psql -h 127.0.0.1 -p "$BENCH_DB_PORT" -U thidua -d "$db" -v ON_ERROR_STOP=1 -q -X "$@"; }

start_bg() { # name log command...
  local name=$1 log=$2; shift 2
  setsid "$@" >"$log" 2>&1 </dev/null &
  echo $! >"$BENCH_RUN/$name.pid"
}

stop_one() { # name
  local pidfile="$BENCH_RUN/$1.pid" pid
  [[ -f $pidfile ]] || return 0
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

bench_stop_all() {
  local f
  for f in "$BENCH_RUN"/backend-*.pid "$BENCH_RUN"/nginx.pid "$BENCH_RUN"/db.pid; do
    [[ -f $f ]] && stop_one "$(basename "$f" .pid)"
  done
  return 0
}

db_start() {
  [[ -f $REPO/backend/target/dev-classpath.txt ]] || die "backend not built: ./mvnw -pl backend -am package -DskipTests"
  [[ -n ${BENCH_KEEP_DATA:-} ]] || rm -rf "$BENCH_RUN/pgdata"
  say "starting PostgreSQL (embedded binaries, $([[ -n ${BENCH_KEEP_DATA:-} ]] && echo kept || echo fresh) data dir) on 127.0.0.1:$BENCH_DB_PORT"
  start_bg db "$BENCH_LOGS/postgres.log" java -cp "$REPO/backend/target/test-classes:$(cat "$REPO/backend/target/dev-classpath.txt")" \
    vn.gov.moj.thidua.devtools.DevDatabase "$BENCH_RUN/pgdata" "$BENCH_DB_PORT"
  for _ in $(seq 1 120); do grep -q '^READY' "$BENCH_LOGS/postgres.log" 2>/dev/null && break; sleep 1; done
  grep -q '^READY' "$BENCH_LOGS/postgres.log" || { tail -20 "$BENCH_LOGS/postgres.log" >&2; die "PostgreSQL did not start"; }
  # The embedded binaries start with fsync and synchronous commit off (fine for tests); measure with production
  # durability: every acknowledged write is on disk.
  psql_su -c "ALTER SYSTEM SET fsync = on" -c "ALTER SYSTEM SET synchronous_commit = on" \
    -c "ALTER SYSTEM SET full_page_writes = on" -c "SELECT pg_reload_conf()" >/dev/null
}

db_create() { # name
  psql_su -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1 OWNER thidua"
  psql_su -d "$1" -c "CREATE EXTENSION IF NOT EXISTS unaccent" -c "CREATE EXTENSION IF NOT EXISTS pg_trgm" -c "CREATE EXTENSION IF NOT EXISTS btree_gist"
}

keys_ready() {
  python3 "$BENCH_DIR/tokens.py" keys "$BENCH_RUN/keys"
}

mint() { python3 "$BENCH_DIR/tokens.py" mint "$BENCH_RUN/keys" "$@"; }

# Starts one backend instance on database $2, port $3; prints the milliseconds from process start to the first
# answered authenticated request (/api/v1/me → 200).
backend_start() { # name db port
  local name=$1 db=$2 port=$3 token start now
  token=$(mint bench.probe viewer)
  start=$(date +%s%N)
  start_bg "backend-$name" "$BENCH_LOGS/backend-$name.log" env \
    DB_URL="jdbc:postgresql://127.0.0.1:$BENCH_DB_PORT/$db" DB_USER=thidua_app DB_PASSWORD=thidua_app \
    DB_OWNER_USER=thidua DB_OWNER_PASSWORD=thidua HTTP_PORT="$port" \
    DB_POOL_MAX="${BENCH_POOL:-16}" RATE_LIMIT_HEAVY_REPORTS=1000000000 \
    QUARKUS_OIDC_AUTH_SERVER_URL= QUARKUS_OIDC_PUBLIC_KEY="$(cat "$BENCH_RUN/keys/public.b64")" QUARKUS_OIDC_TOKEN_ISSUER=thidua-bench \
    java ${BENCH_JAVA_OPTS:-$BENCH_JAVA_DEFAULT} -jar "$JAR"
  for _ in $(seq 1 600); do
    if [[ $(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/me") == 200 ]]; then
      now=$(date +%s%N); echo $(( (now - start) / 1000000 )); return 0
    fi
    kill -0 "$(cat "$BENCH_RUN/backend-$name.pid")" 2>/dev/null || break
    sleep 0.1
  done
  tail -30 "$BENCH_LOGS/backend-$name.log" >&2; die "backend $name did not answer"
}
