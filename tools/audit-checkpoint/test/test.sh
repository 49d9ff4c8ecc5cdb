#!/usr/bin/env bash
# Tests checkpoint.sh against a stub backend: fetch writes a read-only file named by its time; verify sends the
# newest N files and exits 0 when intact, 1 when rewritten or refused (422), 2 when misused.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
python3 "$here/stub_server.py" >"$work/port" &
stub=$!
trap 'kill $stub 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do [[ -s $work/port ]] && break; sleep 0.1; done
export THIDUA_API="http://127.0.0.1:$(cat "$work/port")" THIDUA_CHECKPOINT_DIR="$work/cp" THIDUA_TOKEN=t0ken
cli="$here/../checkpoint.sh"
failures=0
check() { # name expected-exit actual-exit
  if [[ $2 == "$3" ]]; then echo "ok   $1"; else echo "FAIL $1 (exit $3, expected $2)"; failures=$((failures + 1)); fi
}

out=$("$cli" fetch); check "fetch succeeds" 0 $?
check "fetch names the file by its time" "$work/cp/audit-checkpoint-2026-12-03T160000Z.json" "$out"
check "the file is read-only" 444 "$(stat -c %a "$out")"
"$cli" verify 5 >"$work/verify.txt"; check "verify of an intact trail exits 0" 0 $?
grep -q "\[INTACT\]" "$work/verify.txt"; check "verify prints each checkpoint's status" 0 $?

# an older, second file whose event was rewritten since: verify sends both and fails
jq '.headHash = ("cd" * 32) | .createdAt = "2026-12-02T16:00:00Z"' "$out" >"$work/cp/audit-checkpoint-2026-12-02T160000Z.json"
"$cli" verify 5 >"$work/verify.txt"; check "verify of a rewritten tail exits 1" 1 $?
grep -q "n=2" "$work/verify.txt"; check "verify sends every file up to N" 0 $?
"$cli" verify 1 >"$work/verify.txt"; check "verify 1 sends only the newest (intact) file" 0 $?
grep -q "n=1" "$work/verify.txt"; check "verify 1 sends one file" 0 $?

jq '.signature = "forged"' "$out" >"$work/cp/audit-checkpoint-2026-12-04T160000Z.json"
"$cli" verify 1 2>"$work/err.txt" >/dev/null; check "a refused (forged) checkpoint exits 1" 1 $?
grep -q "Không nhận điểm mốc" "$work/err.txt"; check "the refusal is printed" 0 $?

"$cli" verify x 2>/dev/null; check "a bad count is misuse" 2 $?
THIDUA_TOKEN=wrong "$cli" fetch 2>/dev/null; check "a refused token fails the fetch" 2 $?
env -u THIDUA_API "$cli" fetch 2>/dev/null; check "no THIDUA_API is misuse" 2 $?

(( failures == 0 )) && echo "all passed" || { echo "$failures failed"; exit 1; }
