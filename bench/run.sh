#!/usr/bin/env bash
# ThiĐua benchmarks, one command:
#   bash bench/run.sh            full run: 10× smaller and full datasets, baselines, voting, scale-out → bench/results/
#   bash bench/run.sh --smoke    tiny dataset, one-second scenarios: checks everything still runs (no timing asserted)
# Needs the backend built (./mvnw -pl backend -am package -DskipTests), and wrk, pgbench, psql, nginx, openssl, python3.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

MODE=full
[[ ${1:-} == --smoke ]] && MODE=smoke
if [[ $MODE == smoke ]]; then
  LABELS=(smoke); SCALES=(0.01)
  export BENCH_DURATION=${BENCH_DURATION:-2} BENCH_WARMUP=${BENCH_WARMUP:-1} BENCH_SMOKE=1 BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-2}
  VOTERS=${BENCH_VOTERS:-40}
  OUT="$BENCH_RUN/results-smoke"
else
  LABELS=(small full); SCALES=(0.1 1)
  export BENCH_DURATION=${BENCH_DURATION:-15} BENCH_WARMUP=${BENCH_WARMUP:-5} BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-16}
  VOTERS=${BENCH_VOTERS:-1000}
  OUT="${BENCH_OUT:-$BENCH_DIR/results}"
fi
export BENCH_THREADS=${BENCH_THREADS:-2}
# BENCH_STAGES picks stages: "baseline datasets before scaleout report" (all, the default). A later stage alone
# reuses the database of the last run (BENCH_STAGES="before scaleout report" after a run that stopped there).
STAGES=" ${BENCH_STAGES:-baseline datasets before scaleout report} "
stage() { [[ $STAGES == *" $1 "* ]]; }
mkdir -p "$OUT"

for tool in wrk pgbench psql nginx openssl python3 curl java; do
  command -v "$tool" >/dev/null || die "$tool is missing (Debian: apt-get install wrk postgresql-client nginx-light openssl)"
done
[[ -f $JAR ]] || die "backend not built ($JAR): ./mvnw -pl backend -am package -DskipTests"

trap bench_stop_all EXIT
bench_stop_all

python3 - "$OUT/machine.json" <<'PY'
import json, os, platform, subprocess, sys
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
mem = next((int(l.split()[1]) // 1024 for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
json.dump({"cpus": os.cpu_count(), "cpu": cpu, "memory_mb": mem, "kernel": platform.release(), "java": java,
           "load_at_start": os.getloadavg()}, open(sys.argv[1], "w"), indent=2)
PY

if stage datasets; then db_start; else BENCH_KEEP_DATA=1 db_start; fi
keys_ready
PG_VERSION=$(psql_su -tAc "SHOW server_version")
say "PostgreSQL $PG_VERSION; results in ${OUT#$REPO/}"

# --- the database's ceiling: pgbench -S (select-only) with the same connection count -----------------------
if stage baseline; then
say "baseline: pgbench -S, $BENCH_CONNECTIONS connections, ${BENCH_DURATION}s"
db_create pgbench
pgbench -h 127.0.0.1 -p "$BENCH_DB_PORT" -U thidua -i -q -s 10 pgbench >/dev/null 2>&1
rm -rf "$BENCH_RUN/pgbench-log" && mkdir -p "$BENCH_RUN/pgbench-log"
(cd "$BENCH_RUN/pgbench-log" && pgbench -h 127.0.0.1 -p "$BENCH_DB_PORT" -U thidua -S -n -c "$BENCH_CONNECTIONS" -j "$BENCH_THREADS" \
  -T "$BENCH_DURATION" -l pgbench >"$BENCH_RUN/pgbench.out" 2>&1)
python3 - "$BENCH_RUN/pgbench.out" "$BENCH_RUN/pgbench-log" "$OUT/pgbench.json" "$PG_VERSION" <<'PY'
import glob, json, re, sys
text = open(sys.argv[1]).read()
tps = float(re.search(r"tps = ([0-9.]+)", text).group(1))
lat = sorted(int(line.split()[2]) for f in glob.glob(sys.argv[2] + "/pgbench*") for line in open(f))
p = lambda q: lat[min(len(lat) - 1, int(q / 100 * len(lat)))]
json.dump({"tps": tps, "transactions": len(lat), "p50_us": p(50), "p95_us": p(95), "p99_us": p(99),
           "postgres": sys.argv[4]}, open(sys.argv[3], "w"), indent=2)
print(f"[bench] pgbench -S {tps:.0f} tps, p50 {p(50) / 1000:.2f} ms, p99 {p(99) / 1000:.2f} ms", file=sys.stderr)
PY
fi

SECRETARIAT_TOKEN=$(mint bench.secretariat secretariat)
stage datasets && for i in "${!LABELS[@]}"; do
  label=${LABELS[$i]} scale=${SCALES[$i]} db="bench_${LABELS[$i]}"
  say "dataset $label (scale $scale): migrating an empty database"
  db_create "$db"
  first_ms=$(backend_start "$label" "$db" "$BENCH_PORT_A")
  stop_one "backend-$label"
  gen_start=$(date +%s)
  PGOPTIONS="-c bench.scale=$scale" psql_db "$db" -1 -f "$BENCH_DIR/generate.sql" >"$OUT/dataset-$label.txt"
  psql_su -d "$db" -c "VACUUM ANALYZE" >/dev/null
  gen_s=$(( $(date +%s) - gen_start ))
  say "dataset $label generated in ${gen_s}s"; cat "$OUT/dataset-$label.txt" >&2
  ready_ms=$(backend_start "$label" "$db" "$BENCH_PORT_A")
  say "backend: first answer ${ready_ms} ms after start (empty database with migrations: ${first_ms} ms)"
  printf '{"startup_empty_ms":%s,"startup_ms":%s,"generate_s":%s,"scale":%s}\n' "$first_ms" "$ready_ms" "$gen_s" "$scale" >"$OUT/startup-$label.json"
  python3 "$BENCH_DIR/scenarios.py" paths "$db" "$BENCH_RUN/paths-$label"
  python3 "$BENCH_DIR/scenarios.py" reads "$BENCH_PORT_A" "$BENCH_RUN/paths-$label" "$SECRETARIAT_TOKEN" \
    "$(cat "$BENCH_RUN/backend-$label.pid")" "$OUT/reads-$label.json"
  python3 "$BENCH_DIR/scenarios.py" vote "$BENCH_PORT_A" "$VOTERS" "$OUT/vote-$label.json"
  if [[ $i -lt $(( ${#LABELS[@]} - 1 )) ]]; then
    stop_one "backend-$label"
    psql_su -c "DROP DATABASE $db" # frees memory and disk for the larger set
  fi
done

# --- before/after: an earlier build on the same full dataset, same machine, same run --------------------------
label=${LABELS[-1]} db="bench_${LABELS[-1]}"
if [[ -n ${BENCH_BEFORE_JAR:-} ]] && stage before; then
  say "before/after: $BENCH_BEFORE_JAR on :$BENCH_PORT_B"
  # the earlier build does not know the newer migrations: Flyway leaves them alone instead of refusing to start
  QUARKUS_FLYWAY_IGNORE_MIGRATION_PATTERNS='*:future' JAR="$BENCH_BEFORE_JAR" backend_start before "$db" "$BENCH_PORT_B" >/dev/null
  # the earlier build may fail a scenario outright (that is what was fixed): recorded, not fatal
  BENCH_TOLERATE_ERRORS=1 BENCH_ONLY="${BENCH_BEFORE_ONLY:-nominations-page people-page people-search units-page unit-get person-get trivial ranking ranking@2 report-10y@2 stats-0601@2 stats-0602@2 stats-0603@2}" python3 "$BENCH_DIR/scenarios.py" reads \
    "$BENCH_PORT_B" "$BENCH_RUN/paths-$label" "$SECRETARIAT_TOKEN" "$(cat "$BENCH_RUN/backend-before.pid")" "$OUT/before-reads.json"
  python3 "$BENCH_DIR/scenarios.py" vote "$BENCH_PORT_B" "$VOTERS" "$OUT/before-vote.json" || say "before: the vote was not exact"
  stop_one backend-before
fi

# --- scale-out: two identical instances behind nginx, one database -----------------------------------------
if stage scaleout; then
[[ -f $BENCH_RUN/backend-$label.pid ]] || backend_start "$label" "$db" "$BENCH_PORT_A" >/dev/null
say "scale-out: second instance on :$BENCH_PORT_B, nginx on :$BENCH_NGINX_PORT"
backend_start second "$db" "$BENCH_PORT_B" >/dev/null
mkdir -p "$BENCH_RUN/nginx"
cat >"$BENCH_RUN/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $BENCH_RUN/nginx/nginx.pid;
error_log $BENCH_RUN/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  upstream thidua { server 127.0.0.1:$BENCH_PORT_A; server 127.0.0.1:$BENCH_PORT_B; keepalive 64; }
  server {
    listen 127.0.0.1:$BENCH_NGINX_PORT;
    client_max_body_size 25m;
    location / {
      proxy_pass http://thidua;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
    }
  }
}
CONF
start_bg nginx "$BENCH_LOGS/nginx.log" nginx -p "$BENCH_RUN/nginx" -c "$BENCH_RUN/nginx/nginx.conf" -g 'daemon off;'
for _ in $(seq 1 50); do curl -fs -o /dev/null "http://127.0.0.1:$BENCH_NGINX_PORT/q/health/ready" && break; sleep 0.2; done
python3 "$BENCH_DIR/scenarios.py" exact "http://127.0.0.1:$BENCH_NGINX_PORT" "$OUT/exact.json"
BENCH_DIR_PY="$BENCH_DIR" python3 - "$BENCH_PORT_A" "$BENCH_NGINX_PORT" "$BENCH_RUN/paths-$label" "$SECRETARIAT_TOKEN" "$OUT/scaleout.json" <<'PY'
import json, os, sys
sys.path.insert(0, os.environ["BENCH_DIR_PY"])
import scenarios
single, balanced, folder, token, out = sys.argv[1:6]
seconds, conns, threads = int(os.environ["BENCH_DURATION"]), int(os.environ["BENCH_CONNECTIONS"]), int(os.environ["BENCH_THREADS"])
result = {}
for name in ("unit-get", "people-page", "ranking"):
    f = os.path.join(folder, name + ".paths")
    one = scenarios.wrk(single, f, token, seconds, conns, threads)
    two = scenarios.wrk(balanced, f, token, seconds, conns, threads)
    result[name] = {"one_instance": one, "two_instances_nginx": two}
    print(f"[bench] scale-out {name}: one instance {one['rps']:.0f} req/s, two behind nginx {two['rps']:.0f} req/s", file=sys.stderr)
json.dump(result, open(out, "w"), indent=2)
if any(v[k]["status_errors"] or v[k]["socket_errors"] for v in result.values() for k in v):
    sys.exit("errors in the scale-out run")
PY

fi

stage report && python3 "$BENCH_DIR/report.py" "$OUT" "$MODE"
say "done: $OUT"
