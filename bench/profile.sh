#!/usr/bin/env bash
# A JFR profile of read scenarios on the last run's database (issue 21: "a profile of a page request"):
#   bash bench/profile.sh [scenario ...]        default: people-page nominations-page, 20 s each
# Starts PostgreSQL on the kept data directory, one backend (BENCH_JAR), warms each scenario up, records it with
# JFR's "profile" settings (jcmd JFR.start/stop), and prints the hottest frames of jdk.ExecutionSample: the top
# (self) methods and the share of samples in which each layer (Vert.x, JWT, Jackson, Hibernate, JDBC, ThiĐua…) is on
# the stack. Recordings stay in $BENCH_RUN/profile-<scenario>.jfr. Knobs: BENCH_PROFILE_DB (bench_full),
# BENCH_PROFILE_SECONDS (20), BENCH_PROFILE_PATHS (the paths folder, $BENCH_RUN/paths-full), BENCH_CONNECTIONS (16).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
SCENARIOS=("$@"); [[ ${#SCENARIOS[@]} -gt 0 ]] || SCENARIOS=(people-page nominations-page)
DB=${BENCH_PROFILE_DB:-bench_full} SECONDS_EACH=${BENCH_PROFILE_SECONDS:-20} PATHS=${BENCH_PROFILE_PATHS:-$BENCH_RUN/paths-full}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
for tool in wrk jcmd jfr; do command -v "$tool" >/dev/null || die "$tool is missing"; done

trap bench_stop_all EXIT
BENCH_KEEP_DATA=1 db_start
keys_ready
backend_start profile "$DB" "$BENCH_PORT_A" >/dev/null
JPID=$(python3 -c "import sys; sys.path.insert(0, '$BENCH_DIR'); import scenarios; print(scenarios.java_pid($(cat "$BENCH_RUN/backend-profile.pid")))")
TOKEN=$(mint bench.secretariat secretariat)
drive() { # paths seconds
  BENCH_TOKEN=$TOKEN BENCH_PATHS=$1 wrk -t 2 -c "$CONNECTIONS" -d "${2}s" --timeout 10s -s "$BENCH_DIR/scenario.lua" \
    "http://127.0.0.1:$BENCH_PORT_A" | tail -1
}
for s in "${SCENARIOS[@]}"; do
  [[ -f $PATHS/$s.paths ]] || die "no paths for $s in $PATHS"
  jfr_file="$BENCH_RUN/profile-$s.jfr"
  drive "$PATHS/$s.paths" 5 >/dev/null # warm-up (JIT) outside the recording
  jcmd "$JPID" JFR.start name="$s" settings=profile filename="$jfr_file" >/dev/null
  result=$(drive "$PATHS/$s.paths" "$SECONDS_EACH")
  jcmd "$JPID" JFR.stop name="$s" >/dev/null
  say "$s: $result (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  jfr print --json --stack-depth 64 --events jdk.ExecutionSample "$jfr_file" | python3 "$BENCH_DIR/jfr_summary.py" "$s"
done
