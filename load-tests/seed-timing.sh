#!/usr/bin/env bash
# Times POST /api/v1/seed/realistic?scale=N then DELETE /api/v1/seed on an uberjar, on a fresh embedded database.
# usage: load-tests/seed-timing.sh JAR LABEL [SCALE]   (SCALE defaults to 1000)
# Prints one line: the seeding's HTTP status and wall time, the time it reports, its rows, and the removal's.
# To compare two builds, run them alternately (A B A B A B) on an idle machine and compare medians.
set -euo pipefail
jar=$1; label=$2; scale=${3:-1000}
opts=$(grep -v '^#' "$(dirname "$0")/../deploy/jvm.options" | xargs)
dir=$(mktemp -d /tmp/seedtime.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
env -u KOPROGO_SEED KOPROGO_DATA_DIR=$dir/data KOPROGO_HTTP_PORT=$port java $opts -jar "$jar" > $dir/log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf $dir' EXIT
for i in $(seq 1 480); do
  curl -sf -o /dev/null http://127.0.0.1:$port/health/ready && break
  kill -0 $pid || { tail -20 $dir/log; exit 1; }
  sleep 0.5
done
token=$(curl -s -H 'Content-Type: application/json' -d '{"email":"admin@koprogo.com","password":"admin123"}' \
  http://127.0.0.1:$port/api/v1/auth/login | python3 -c 'import sys,json; print(json.load(sys.stdin)["token"])')
seed=$(curl -s -o $dir/seed.json -w '%{http_code} %{time_total}' -X POST -H "Authorization: Bearer $token" \
  "http://127.0.0.1:$port/api/v1/seed/realistic?scale=$scale")
# the token lives 15 minutes: sign in again for the removal
token=$(curl -s -H 'Content-Type: application/json' -d '{"email":"admin@koprogo.com","password":"admin123"}' \
  http://127.0.0.1:$port/api/v1/auth/login | python3 -c 'import sys,json; print(json.load(sys.stdin)["token"])')
del=$(curl -s -o $dir/delete.json -w '%{http_code} %{time_total}' -X DELETE -H "Authorization: Bearer $token" \
  "http://127.0.0.1:$port/api/v1/seed")
python3 - "$label" "$seed" "$del" $dir/seed.json $dir/delete.json <<'PY'
import sys, json
label, seed, dele, sj, dj = sys.argv[1:]
s = json.load(open(sj)); d = json.load(open(dj))
print(f"{label} seed_http={seed} reported={s['seconds']}s rows={s['total_rows']} delete_http={dele} removed_orgs={d['organizations']} removed_rows={sum(d['rows'].values())}")
PY
