#!/usr/bin/env bash
# Load test of a running platform with the load-test kit's Java generator (open and closed models, stateful
# virtual users, per-second percentiles, server sampling): see the "Runner" section of load-tests/README.md.
#
# Usage: load-tests/run.sh <scenario> [BASE_URL]      (default http://localhost:8080)
#        load-tests/run.sh documents [BASE_URL]      rounds of 4 concurrent 50 MB uploads, then downloads
#        load-tests/run.sh report <result.json>
#        load-tests/run.sh compare <a.json> <b.json> [out.html]
#        load-tests/run.sh layers <run.jfr|run.stacks.txt>   the app's CPU samples by layer of the platform
#
# Scenarios: warmup light health realistic realistic-70-30 realistic-shares soak spike heavy progressive fixed-rate
#
# documents: ROUNDS [3], CONCURRENCY [4], SIZE_MB [50], USERS (one syndic) [admin@small.be:admin123], APP_PID,
#            OUT, and the PostgreSQL found as below (its postmaster's pid: DB_PID when KOPROGO_DB_URL is set).
#
# Env options (override the scenario's):
#   DURATION (30s, 5m)  CONNECTIONS  RATE (req/s, open model)  WARMUP [30s]
#   USERS     email:password,... to sign in as [the realistic seed's syndics]
#   SEED      realistic[:N] or demo: seed the data first (replacing earlier seed data), as ADMIN
#   ADMIN     email:password of a superadmin [admin@koprogo.com:admin123]
#   APP_PID   the server's pid [the process listening on BASE_URL's port]
#   PROFILE=1 record the app's CPU with Java Flight Recorder (jcmd) over the measured phase: a flame graph and
#             the top frames in the report, <run>.stacks.txt and <run>.jfr beside the results
#   OUT       results directory [load-tests/results]
#   KOPROGO_DB_URL / KOPROGO_DB_USER / KOPROGO_DB_PASSWORD: the platform's PostgreSQL; when unset, the embedded
#             one from ${KOPROGO_DATA_DIR:-./koprogo-data}/postgres/postmaster.pid, with the password kept in
#             ${KOPROGO_DATA_DIR:-./koprogo-data}/postgres-password (relative to the repository, as deploy/run.sh
#             runs there). The password reaches the generator as PGPASSWORD, never on its command line.
#
# Exit codes: 0 ok, 1 server not ready or set-up refused, 2 usage, 3 some requests failed (non-2xx/3xx).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
jar=$here/target/koprogo-load.jar

log() { printf '%s\n' "$*" >&2; }
die() { local code=$1; shift; log "run.sh: $*"; exit "$code"; }

[[ $# -ge 1 ]] || die 2 "usage: load-tests/run.sh <scenario> [base-url] | report <json> | compare <a.json> <b.json> [out.html]"

# --- the generator, rebuilt when its sources changed ---------------------------------------------------------
if [[ ! -f $jar || -n "$(find "$here/pom.xml" "$here/src/main" -newer "$jar" -type f -print -quit)" ]]; then
    log "run.sh: building $jar"
    mvn -q -B -f "$here/pom.xml" -DskipTests package
fi
# A small heap and one GC thread: the generator shares the 2 cores with the server it measures.
java_opts=(-XX:+UseSerialGC -Xms64m -Xmx512m)

case $1 in
    report | compare | layers) exec java "${java_opts[@]}" -jar "$jar" "$@" ;;
esac

scenario=$1
base=${2:-http://localhost:8080}
base=${base%/}

# --- the server must be ready --------------------------------------------------------------------------------
status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$base/health/ready" || true)
[[ $status == 200 ]] || die 1 "$base/health/ready answered ${status:-nothing} (000: no server there); start it first (deploy/run.sh)"

# --- optional seeding ----------------------------------------------------------------------------------------
seed_label=""
if [[ -n ${SEED:-} ]]; then
    kind=${SEED%%:*}
    query="replace=true"
    case $kind in
        realistic) scale=1; [[ $SEED == *:* ]] && scale=${SEED#*:}; query="scale=$scale&replace=true"
                   seed_label="realistic x$scale" ;;
        demo) seed_label="demo" ;;
        *) die 2 "SEED must be realistic[:N] or demo, not '$SEED'" ;;
    esac
    admin=${ADMIN:-admin@koprogo.com:admin123}
    login=$(printf '{"email":"%s","password":"%s"}' "${admin%%:*}" "${admin#*:}")
    token=$(curl -s -X POST "$base/api/v1/auth/login" -H 'Content-Type: application/json' -d "$login" \
        | sed -n 's/.*"token":"\([^"]*\)".*/\1/p' || true)
    [[ -n $token ]] || die 1 "signing in as ${admin%%:*} failed (ADMIN=email:password of a superadmin)"
    log "run.sh: seeding $seed_label (may take a while)"
    answer=$(mktemp)
    trap 'rm -f "$answer"' EXIT
    status=$(curl -s -o "$answer" -w '%{http_code}' -X POST "$base/api/v1/seed/$kind?$query" \
        -H "Authorization: Bearer $token")
    cat "$answer" >&2; echo >&2
    [[ $status == 200 || $status == 201 ]] || die 1 "POST /api/v1/seed/$kind answered $status"
fi

# --- where PostgreSQL is, for its CPU, memory, connections and pg_stat_statements ----------------------------
db_args=()
if [[ -n ${KOPROGO_DB_URL:-} ]]; then
    db_args=(--db-url "$KOPROGO_DB_URL" --db-user "${KOPROGO_DB_USER:-postgres}")
    export PGPASSWORD=${KOPROGO_DB_PASSWORD:-}
else
    data_dir=${KOPROGO_DATA_DIR:-./koprogo-data}
    [[ $data_dir == /* ]] || data_dir=$root/${data_dir#./}
    pidfile=$data_dir/postgres/postmaster.pid
    if [[ -r $pidfile ]]; then
        db_pid=$(sed -n 1p "$pidfile")
        db_port=$(sed -n 4p "$pidfile")
        db_args=(--db-url "jdbc:postgresql://localhost:$db_port/postgres" --db-user postgres --db-pid "$db_pid")
        if [[ -r $data_dir/postgres-password ]]; then
            PGPASSWORD=$(<"$data_dir/postgres-password")
            export PGPASSWORD
        fi
    else
        log "run.sh: no KOPROGO_DB_URL and no $pidfile: PostgreSQL will not be sampled"
    fi
fi

out=${OUT:-$here/results}
[[ $out == /* ]] || out=$PWD/$out

if [[ $scenario == documents ]]; then
    args=(documents --base-url "$base" --out "$out")
    db_pid=${DB_PID:-${db_pid:-}}
    [[ -n $db_pid ]] && args+=(--db-pid "$db_pid")
    [[ -n ${ROUNDS:-} ]] && args+=(--rounds "$ROUNDS")
    [[ -n ${CONCURRENCY:-} ]] && args+=(--concurrency "$CONCURRENCY")
    [[ -n ${SIZE_MB:-} ]] && args+=(--size-mb "$SIZE_MB")
    [[ -n ${USERS:-} ]] && args+=(--user "$USERS")
    [[ -n ${APP_PID:-} ]] && args+=(--app-pid "$APP_PID")
    exec java "${java_opts[@]}" -jar "$jar" "${args[@]}"
fi

args=(run "$scenario" --base-url "$base" --out "$out" "${db_args[@]}")
[[ -n ${DURATION:-} ]] && args+=(--duration "$DURATION")
[[ -n ${CONNECTIONS:-} ]] && args+=(--connections "$CONNECTIONS")
[[ -n ${RATE:-} ]] && args+=(--rate "$RATE")
[[ -n ${WARMUP:-} ]] && args+=(--warmup "$WARMUP")
[[ -n ${USERS:-} ]] && args+=(--users "$USERS")
[[ -n ${APP_PID:-} ]] && args+=(--app-pid "$APP_PID")
[[ -n $seed_label ]] && args+=(--seed-label "$seed_label")
[[ ${PROFILE:-0} == 1 ]] && args+=(--profile)

exec java "${java_opts[@]}" -jar "$jar" "${args[@]}"
