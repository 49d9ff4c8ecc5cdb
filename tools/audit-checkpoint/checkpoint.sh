#!/usr/bin/env bash
# Audit checkpoints kept outside the database (docs/audit.md).
#   checkpoint.sh fetch        download a signed checkpoint of the audit chain's head into $THIDUA_CHECKPOINT_DIR
#   checkpoint.sh verify [N]   send the newest N checkpoint files (default 5) to the server's verify; exit 1 when
#                              the chain is broken or its tail was rewritten or truncated
# Settings (environment, or a file named by THIDUA_CHECKPOINT_ENV holding KEY=value lines):
#   THIDUA_API            the backend, e.g. https://thidua.example.gov.vn (no trailing slash)
#   THIDUA_CHECKPOINT_DIR where checkpoint files go (default ./checkpoints); keep it on another machine or WORM storage
#   a token: THIDUA_TOKEN, or THIDUA_TOKEN_URL + THIDUA_CLIENT_ID + THIDUA_CLIENT_SECRET (client_credentials; the
#            read-only integration client may fetch; verify needs an admin or viewer (auditor) token)
# Cron, hourly: 0 * * * * THIDUA_CHECKPOINT_ENV=/etc/thidua/checkpoint.env /opt/thidua/tools/audit-checkpoint/checkpoint.sh fetch
# Needs curl and jq. Exit codes: 0 ok, 1 verification failed, 2 misuse / server or network error.
set -euo pipefail

die() { printf 'checkpoint: %s\n' "$*" >&2; exit 2; }

if [[ -n ${THIDUA_CHECKPOINT_ENV:-} ]]; then
  [[ -r $THIDUA_CHECKPOINT_ENV ]] || die "cannot read $THIDUA_CHECKPOINT_ENV"
  set -a; source "$THIDUA_CHECKPOINT_ENV"; set +a
fi
command -v curl >/dev/null && command -v jq >/dev/null || die "needs curl and jq"
[[ -n ${THIDUA_API:-} ]] || die "THIDUA_API is not set"
DIR=${THIDUA_CHECKPOINT_DIR:-./checkpoints}

token() {
  if [[ -n ${THIDUA_TOKEN:-} ]]; then printf '%s' "$THIDUA_TOKEN"; return; fi
  [[ -n ${THIDUA_TOKEN_URL:-} && -n ${THIDUA_CLIENT_ID:-} && -n ${THIDUA_CLIENT_SECRET:-} ]] \
    || die "set THIDUA_TOKEN, or THIDUA_TOKEN_URL, THIDUA_CLIENT_ID and THIDUA_CLIENT_SECRET"
  curl -fsS --max-time 30 -d grant_type=client_credentials --data-urlencode "client_id=$THIDUA_CLIENT_ID" \
    --data-urlencode "client_secret=$THIDUA_CLIENT_SECRET" "$THIDUA_TOKEN_URL" | jq -er .access_token \
    || die "no token from $THIDUA_TOKEN_URL"
}

fetch() {
  mkdir -p "$DIR"
  local tmp name
  tmp=$(mktemp "$DIR/.incoming.XXXXXX")
  trap 'rm -f "$tmp"' EXIT
  curl -fsS --max-time 60 -H "Authorization: Bearer $(token)" -H 'Accept: application/json' \
    -o "$tmp" "$THIDUA_API/api/v1/audit-events/checkpoint" || die "the server did not give a checkpoint"
  jq -e '.format == "thidua-audit-checkpoint/1" and (.signature | length > 0)' "$tmp" >/dev/null \
    || die "the answer is not a checkpoint"
  name="audit-checkpoint-$(jq -r '.createdAt' "$tmp" | tr -d ':').json"
  chmod 0444 "$tmp"
  mv -n "$tmp" "$DIR/$name"
  trap - EXIT
  printf '%s\n' "$DIR/$name"
}

verify() {
  local n=${1:-5} files answer
  [[ $n =~ ^[1-9][0-9]*$ ]] || die "verify takes a number of files"
  # names carry the creation time, so name order is time order
  mapfile -t files < <(find "$DIR" -maxdepth 1 -name 'audit-checkpoint-*.json' | sort | tail -n "$n")
  (( ${#files[@]} > 0 )) || die "no checkpoint files in $DIR"
  answer=$(jq -s '{checkpoints: .}' "${files[@]}" | curl -sS --max-time 300 -H "Authorization: Bearer $(token)" \
    -H 'Content-Type: application/json' -H "Accept-Language: ${THIDUA_LANGUAGE:-vi}" --data-binary @- \
    -w '\n%{http_code}' "$THIDUA_API/api/v1/audit-events/verify") || die "the server did not answer"
  local status=${answer##*$'\n'} body=${answer%$'\n'*}
  if [[ $status != 200 ]]; then
    printf '%s\n' "$body" | jq -r '"\(.title // "error"): \(.detail // "")"' >&2 2>/dev/null || printf '%s\n' "$body" >&2
    [[ $status == 422 ]] && exit 1
    exit 2
  fi
  printf '%s\n' "$body" | jq -r '
    "chain: \(if .valid then "valid / hợp lệ" else "BROKEN / HỎNG at event \(.firstBrokenEventId): \(.problem)" end), \(.eventsChecked) events",
    (.checkpoints[] | "[\(.status)] \(.createdAt) event \(.lastEventId // "-"): \(.description)")'
  printf '%s\n' "$body" | jq -e '.valid and .checkpointsIntact' >/dev/null || exit 1
}

case ${1:-} in
  fetch) fetch ;;
  verify) shift; verify "$@" ;;
  *) die "usage: checkpoint.sh fetch | verify [N]" ;;
esac
