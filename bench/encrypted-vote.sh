#!/usr/bin/env bash
# Issue 16's encrypted-ballot figure on its own: a fresh database, one backend (fast-jar) with a server secret, 1,000
# council members casting encrypted 11-candidate ballots at once, then a three-member counting board decrypting.
#   ./mvnw -pl backend -am package -DskipTests && (cd tools/verify-election && npm ci) && bash bench/encrypted-vote.sh
# Knobs: BENCH_VOTERS (1000), BENCH_VOTE_WORKERS (50), BENCH_CANDIDATES (11), BENCH_OUT (bench/results).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
trap bench_stop_all EXIT
OUT="${BENCH_OUT:-$BENCH_DIR/results}"
VOTERS="${BENCH_VOTERS:-1000}"
mkdir -p "$OUT"
[[ -d $REPO/tools/verify-election/node_modules ]] || die "run: (cd tools/verify-election && npm ci)"
db_start
db_create thidua_enc
keys_ready
export THIDUA_VOTING_SERVER_SECRET="bench-only-server-secret-$(openssl rand -hex 16)"
ms=$(backend_start a thidua_enc "$BENCH_PORT_A")
say "backend up in $ms ms"
python3 "$BENCH_DIR/tokens.py" voters "$BENCH_RUN/keys" "council.enc.$(date +%s)." "$VOTERS" > "$BENCH_RUN/enc-voters.tsv"
for m in 1 2 3; do printf 'kp.bench.%s\t%s\n' "$m" "$(mint "kp.bench.$m" viewer)"; done > "$BENCH_RUN/enc-members.tsv"
node "$BENCH_DIR/encrypted-vote.mjs" "http://127.0.0.1:$BENCH_PORT_A" "$BENCH_RUN/enc-voters.tsv" "$(mint bench.secretariat secretariat)" \
  "$BENCH_RUN/enc-members.tsv" "$OUT/encrypted-vote.json"
