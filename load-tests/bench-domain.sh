#!/usr/bin/env bash
# The domain benchmark of issue 4: every list and get-by-id at 10 connections on 10x KoproGo's realistic data,
# then the lists on 100x, then 10x again (the ratio 100x/10x is read against both 10x runs of the same session).
#
# Usage: load-tests/bench-domain.sh [BASE_URL]     (default http://localhost:8080)
#   Generates the data with bench-data.sh unless it exists; the database as bench-data.sh finds it.
#   WARMUP_ROUNDS [2] rounds of 12 s on every route before measuring: on 2 busy cores the JIT needs minutes.
#   OUT_DIR [load-tests/results] where the markdown tables go.
set -euo pipefail
BASE_URL=${1:-http://localhost:8080}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-2}
OUT_DIR=${OUT_DIR:-load-tests/results}
. "$(dirname "$0")/pg-env.sh"
here=$(dirname "$0")
mkdir -p "$OUT_DIR"
q() { psql -qAt -c "$1"; }

login_for() { # scale → email:password of a bench syndic, generating the data when missing
    local email
    email=$(q "select u.email from users u join organizations o on o.id = u.organization_id
               where o.name = 'Bench $1 #1' and u.email like 'bench-syndic-%' limit 1")
    if [[ -n $email ]]; then echo "$email:bench-password"; else "$here/bench-data.sh" "$BASE_URL" "$1"; fi
}
small=$(login_for 10)
large=$(login_for 100)
org=$(q "select id from organizations where name = 'Bench 10 #1'")
building=$(q "select id from buildings where organization_id = '$org' order by id limit 1")
unit=$(q "select id from units where organization_id = '$org' order by id limit 1")
owner=$(q "select id from owners where organization_id = '$org' order by id limit 1")
expense=$(q "select id from expenses where organization_id = '$org' order by id limit 1")
lists="/api/v1/buildings /api/v1/units /api/v1/owners /api/v1/expenses"
singles="/api/v1/buildings/$building /api/v1/units/$unit /api/v1/owners/$owner /api/v1/expenses/$expense /api/v1/accounts/611002"

token=$(curl -sf -XPOST "$BASE_URL/api/v1/auth/login" -H 'Content-Type: application/json' \
        -d "{\"email\":\"${small%%:*}\",\"password\":\"${small#*:}\"}" | sed -E 's/.*"token":"([^"]+)".*/\1/')
for ((round = 1; round <= WARMUP_ROUNDS; round++)); do
    for route in $lists /api/v1/accounts $singles; do
        echo "warm-up round $round: $route" >&2
        wrk -t2 -c10 -d12s -H "Authorization: Bearer $token" "$BASE_URL$route" >/dev/null
    done
done
export CONNECTIONS=${CONNECTIONS:-10} WARMUP=${WARMUP:-15s} DURATION=${DURATION:-20s}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
LOGIN=$small ROUTES="$lists /api/v1/accounts $singles" OUT="$OUT_DIR/domain-10x-$stamp.md" "$here/bench.sh" "$BASE_URL"
LOGIN=$large ROUTES="$lists" OUT="$OUT_DIR/domain-100x-$stamp.md" "$here/bench.sh" "$BASE_URL"
LOGIN=$small ROUTES="$lists" OUT="$OUT_DIR/domain-10x-again-$stamp.md" "$here/bench.sh" "$BASE_URL"
