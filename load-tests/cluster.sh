#!/usr/bin/env bash
# N instances of the platform on one external PostgreSQL behind nginx, all on loopback, driven by the load-test
# kit through nginx while a fault is injected: issue 18's "N instances, proven here on loopback". Every process it
# starts (PostgreSQL, PgBouncer, the instances, nginx, the kit) is stopped on exit, interrupted or not.
#
# Usage: load-tests/cluster.sh [mode]
#   steady           the load alone (no fault, no retries)
#   rolling-restart  each instance in turn: SIGTERM, restarted on its port, waited for until ready, then the next
#   kill             one instance (KILL_INSTANCE, default the 2nd) kill -9 at FAULT_AT, restarted KILL_DOWN later
#   db-restart       PostgreSQL stopped (pg_ctl stop -m fast) at FAULT_AT, kept down DB_DOWN, started again
# Fault modes run the kit with --faults: every POST carries an Idempotency-Key and is retried with it; the
# acknowledged writes are counted in the database at the end; the faults' times are marked on the report.
#
#   INSTANCES [3]  FIRST_PORT [8081]  PORT [8080] (nginx)  POOL_MAX [8] (KOPROGO_DB_POOL_MAX of each)
#   JAR [deploy/target/koprogo-platform.jar] (with the class data sharing archive beside it, as deploy/run.sh)
#   JVM_OPTS [deploy/jvm.options]  PLATFORM_ENV ("KEY=value ...", extra environment of every instance)
#   PLATFORM_ARGS [--nocluster]  SEED [realistic] (planted by the first instance's start, before the others start)
#   POOLER [none | pgbouncer]  transaction pooling between the instances and PostgreSQL (apt-get installs Debian's
#          pgbouncer when missing and root); PGBOUNCER_POOL [10] server connections per database/user
#   DB_URL_PARAMS  appended to the instances' JDBC URL after '?'. PgBouncer 1.18 (Debian 12) in transaction mode
#          needs prepareThreshold=0: pgjdbc's server-side prepared statements (S_1, S_2...) are per server
#          connection, which transaction pooling shares, so instances fail with 'prepared statement "S_1" already
#          exists' (PgBouncer 1.21+ tracks protocol-level prepared statements: max_prepared_statements)
#   SCENARIO [realistic]  DURATION [60s; 240s for rolling-restart]  WARMUP [10s]  CONNECTIONS  USERS
#   FAULT_AT [10] seconds into the measured phase  KILL_INSTANCE [2]  KILL_DOWN [5]  DB_DOWN [5]
#   RETRY_DEADLINE [90s]  DATA_DIR [/tmp/koprogo-cluster] (wiped first)  OUT [load-tests/results]
#   NGINX_CONF [deploy/nginx/koprogo.conf] and NGINX_UPSTREAM [deploy/nginx/koprogo-upstream.conf]: the shipped
#          server and upstream, turned into loopback ones (the instances' ports, nginx's port, logs under DATA_DIR)
#
# Exit codes: those of the kit (0 ok, 1 not ready or set-up refused, 2 usage, 3 failed requests or writes lost),
# 1 as well when the cluster cannot be started.
set -euo pipefail
# One compound command, read whole before it runs: editing this file during a run cannot change the run.
{
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
kit_jar=$here/target/koprogo-load.jar

log() { printf 'cluster.sh: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }
absolute() { [[ $1 == /* ]] && printf '%s' "$1" || printf '%s/%s' "$PWD" "$1"; }

mode=${1:-steady}
case $mode in
    steady | rolling-restart | kill | db-restart) ;;
    *) log "unknown mode '$mode': steady, rolling-restart, kill or db-restart"; exit 2 ;;
esac

instances=${INSTANCES:-3}
first_port=${FIRST_PORT:-8081}
lb_port=${PORT:-8080}
pool_max=${POOL_MAX:-8}
pooler=${POOLER:-none}
jar=$(absolute "${JAR:-$root/deploy/target/koprogo-platform.jar}")
jvm_opts=${JVM_OPTS:-$(grep -v '^#' "$root/deploy/jvm.options" | xargs)}
platform_args=${PLATFORM_ARGS:---nocluster}
data=$(absolute "${DATA_DIR:-/tmp/koprogo-cluster}")
out=$(absolute "${OUT:-$here/results}")
pg_bin=/usr/lib/postgresql/15/bin
[[ $mode == rolling-restart ]] && default_duration=240s || default_duration=60s
duration=${DURATION:-$default_duration}
fault_at=${FAULT_AT:-10}

[[ -f $jar ]] || die "no platform at $jar: build it (mvn -B -DskipTests package) or give JAR"
[[ -x $pg_bin/initdb ]] || die "Debian's PostgreSQL 15 is missing ($pg_bin): apt-get install postgresql-15"
command -v nginx >/dev/null || die "nginx is missing: apt-get install nginx-light"
case $pooler in
    none) ;;
    pgbouncer)
        if ! command -v pgbouncer >/dev/null && [[ -x /usr/sbin/pgbouncer ]]; then PATH=$PATH:/usr/sbin; fi
        if ! command -v pgbouncer >/dev/null; then
            [[ $(id -u) == 0 ]] || die "pgbouncer is missing: apt-get install pgbouncer (as root)"
            log "installing Debian's pgbouncer"
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q pgbouncer >/dev/null
            # The package starts a system-wide pgbouncer on 6432; ours is started below on a port of its own.
        fi ;;
    *) die "POOLER must be none or pgbouncer, not '$pooler'" ;;
esac
nginx_server=${NGINX_CONF:-$root/deploy/nginx/koprogo.conf}
nginx_upstream=${NGINX_UPSTREAM:-$root/deploy/nginx/koprogo-upstream.conf}
[[ -f $nginx_server && -f $nginx_upstream ]] || die "no $nginx_server or $nginx_upstream"
grep -q '^\s*upstream\s' "$nginx_upstream" && grep -q '^\s*server\s\+127\.0\.0\.1:' "$nginx_upstream" \
    || die "$nginx_upstream must hold an upstream of 'server 127.0.0.1:PORT ...;' lines"
! grep -q '^\s*events\s*{' "$nginx_server" \
    || die "$nginx_server must be an http-context file (no events {}): cluster.sh writes the main context"

if [[ ! -f $kit_jar || -n "$(find "$here/pom.xml" "$here/src/main" -newer "$kit_jar" -type f -print -quit)" ]]; then
    log "building $kit_jar"
    mvn -q -B -f "$here/pom.xml" -DskipTests package
fi

# PostgreSQL and PgBouncer refuse to run as root: as root, they run as the postgres user over a directory of theirs.
as_db() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
instance_port() { echo $((first_port + $1 - 1)); }
events=$data/events.txt
event() { printf '%s %s\n' "$(date +%s%3N)" "$*" >> "$events"; log "event: $*"; }

for ((i = 1; i <= instances; i++)); do
    ! port_taken "$(instance_port "$i")" || die "port $(instance_port "$i") already answers: stop what listens there"
done
! port_taken "$lb_port" || die "port $lb_port already answers: stop what listens there"

# --- cleanup: every process started here, by the pid it was given ---------------------------------------------
kit=""
driver=""
nginx_pid=""
cleanup() {
    trap - EXIT INT TERM
    [[ -n $driver ]] && kill "$driver" 2>/dev/null
    if [[ -n $kit ]] && kill -0 "$kit" 2>/dev/null; then kill -TERM "$kit" 2>/dev/null; wait "$kit" 2>/dev/null; fi
    for ((i = 1; i <= instances; i++)); do stop_instance "$i" || true; done
    [[ -n $nginx_pid ]] && kill -TERM "$nginx_pid" 2>/dev/null
    [[ -r $data/pgbouncer/pgbouncer.pid ]] && kill -TERM "$(<"$data/pgbouncer/pgbouncer.pid")" 2>/dev/null
    [[ -r $data/pg/postmaster.pid ]] && as_db "$pg_bin/pg_ctl" -D "$data/pg" stop -m fast >/dev/null 2>&1
    return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- PostgreSQL 15 --------------------------------------------------------------------------------------------
rm -rf "$data"
mkdir -p "$data" "$out"
chmod 755 "$data"
mkdir "$data/pg" && chown postgres: "$data/pg" 2>/dev/null || true
db_port=${DB_PORT:-$(free_port)}
as_db "$pg_bin/initdb" -D "$data/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
# Connections: every instance's pool, the kit's probe, psql, and headroom for a pool refilling after a restart.
cat >> "$data/pg/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $db_port
unix_socket_directories = '$data/pg'
max_connections = $((instances * pool_max * 2 + 20))
shared_buffers = 256MB
shared_preload_libraries = 'pg_stat_statements'
log_min_messages = warning
EOF
as_db "$pg_bin/pg_ctl" -D "$data/pg" -l "$data/pg/postgresql.log" -w start >/dev/null
as_db "$pg_bin/createdb" -h 127.0.0.1 -p "$db_port" -U postgres koprogo
# Authentication is trust on loopback, but the platform refuses an empty KOPROGO_DB_PASSWORD (MicroProfile Config
# reads an empty value as none): the superuser gets one, kept in a file and the environment, never on a command line.
db_password=$(openssl rand -hex 16)
printf '%s' "$db_password" > "$data/db-password"
printf "alter user postgres password '%s'" "$db_password" \
    | as_db "$pg_bin/psql" -q -h 127.0.0.1 -p "$db_port" -U postgres -d koprogo -f - >/dev/null
log "PostgreSQL 15 on 127.0.0.1:$db_port (log $data/pg/postgresql.log)"

app_db_port=$db_port
if [[ $pooler == pgbouncer ]]; then
    app_db_port=${PGBOUNCER_PORT:-$(free_port)}
    mkdir -p "$data/pgbouncer" && chown postgres: "$data/pgbouncer" 2>/dev/null || true
    printf '"postgres" "%s"\n' "$db_password" > "$data/pgbouncer/userlist.txt"
    # pgjdbc sends extra_float_digits at start-up, which PgBouncer refuses unless told to ignore it.
    cat > "$data/pgbouncer/pgbouncer.ini" <<EOF
[databases]
koprogo = host=127.0.0.1 port=$db_port dbname=koprogo
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $app_db_port
unix_socket_dir =
auth_type = trust
auth_file = $data/pgbouncer/userlist.txt
pool_mode = transaction
default_pool_size = ${PGBOUNCER_POOL:-10}
max_client_conn = $((instances * pool_max * 2 + 20))
ignore_startup_parameters = extra_float_digits
pidfile = $data/pgbouncer/pgbouncer.pid
logfile = $data/pgbouncer/pgbouncer.log
admin_users = postgres
EOF
    chown -R postgres: "$data/pgbouncer" 2>/dev/null || true
    as_db pgbouncer -d "$data/pgbouncer/pgbouncer.ini"
    for _ in $(seq 50); do port_taken "$app_db_port" && break; sleep 0.1; done
    port_taken "$app_db_port" || die "pgbouncer did not start: $data/pgbouncer/pgbouncer.log"
    log "$(pgbouncer --version | head -1) in transaction mode on 127.0.0.1:$app_db_port, pool ${PGBOUNCER_POOL:-10}"
fi
db_url="jdbc:postgresql://127.0.0.1:$app_db_port/koprogo${DB_URL_PARAMS:+?$DB_URL_PARAMS}"

# --- the instances --------------------------------------------------------------------------------------------
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$data/jwt-key.pem" 2>/dev/null
cds=""
archive=${jar%.jar}.jsa
[[ -f $archive && ! $archive -ot $jar ]] && cds=-XX:SharedArchiveFile=$archive

start_instance() {   # number [extra platform arguments...]
    local n=$1 dir=$data/instance-$1
    shift
    mkdir -p "$dir"
    # shellcheck disable=SC2086 # option lists
    env KOPROGO_HTTP_PORT="$(instance_port "$n")" KOPROGO_DATA_DIR="$dir" KOPROGO_DB_URL="$db_url" \
        KOPROGO_DB_USER=postgres KOPROGO_DB_PASSWORD="$db_password" KOPROGO_DB_POOL_MAX="$pool_max" \
        KOPROGO_JWT_PRIVATE_KEY="$data/jwt-key.pem" KOPROGO_TRUSTED_PROXIES=127.0.0.1 ${PLATFORM_ENV:-} \
        java $jvm_opts $cds -jar "$jar" $platform_args "$@" >> "$dir/platform.log" 2>&1 &
    echo $! > "$dir/platform.pid"
}
wait_ready() {   # number [seconds]
    local n=$1 limit=${2:-300} pid url
    pid=$(<"$data/instance-$n/platform.pid")
    url=http://127.0.0.1:$(instance_port "$n")/health/ready
    for ((t = 0; t < limit * 5; t++)); do
        kill -0 "$pid" 2>/dev/null || die "instance $n exited before it was ready: $data/instance-$n/platform.log"
        [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url") == 200 ]] && return 0
        sleep 0.2
    done
    die "instance $n not ready after $limit s: $data/instance-$n/platform.log"
}
stop_instance() {   # number [signal]: the signal, then SIGKILL after a minute; waits for the end
    local pidfile=$data/instance-$1/platform.pid pid
    [[ -r $pidfile ]] || return 0
    pid=$(<"$pidfile")
    kill "-${2:-TERM}" "$pid" 2>/dev/null || return 0
    for _ in $(seq 600); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
}

seed=${SEED:-realistic}
seed_args=(--seed "${seed%%:*}")
[[ $seed == *:* ]] && seed_args+=(--seed-scale "${seed#*:}")
log "instance 1 on :$(instance_port 1): migrating and seeding ($seed)"
start_instance 1 "${seed_args[@]}"
wait_ready 1 600
for ((i = 2; i <= instances; i++)); do
    log "instance $i on :$(instance_port "$i")"
    start_instance "$i"
done
for ((i = 2; i <= instances; i++)); do wait_ready "$i"; done
log "$instances instances ready"

# --- nginx ----------------------------------------------------------------------------------------------------
mkdir -p "$data/nginx/logs"
upstream_servers=""
params=$(sed -n 's/^\s*server\s\+127\.0\.0\.1:[0-9]\+\s*\([^;]*\);.*/\1/p' "$nginx_upstream" | head -1)
for ((i = 1; i <= instances; i++)); do
    upstream_servers+="    server 127.0.0.1:$(instance_port "$i") $params;\\n"
done
# The upstream's servers become ours (one line each, the first's parameters); the server listens on loopback at
# our port only (its IPv6 line dropped) and logs under DATA_DIR.
awk -v servers="$upstream_servers" '
    /^[ \t]*server[ \t]+127\.0\.0\.1:[0-9]+/ { if (!done) { printf "%s", servers; done = 1 } next }
    { print }' "$nginx_upstream" > "$data/nginx/koprogo.conf"
sed -e "s/^\(\s*listen\s\+\)\(127\.0\.0\.1:\)\?[0-9]\+/\1127.0.0.1:$lb_port/" -e '/^\s*listen\s\+\[::\]/d' \
    -e "s|^\(\s*access_log\s\+\)/[^ ;]*|\1$data/nginx/logs/access.log|" "$nginx_server" >> "$data/nginx/koprogo.conf"
cat > "$data/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $data/nginx/nginx.pid;
error_log $data/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $data/nginx/client_body;
    proxy_temp_path $data/nginx/proxy;
    fastcgi_temp_path $data/nginx/fastcgi;
    uwsgi_temp_path $data/nginx/uwsgi;
    scgi_temp_path $data/nginx/scgi;
    include $data/nginx/koprogo.conf;
}
EOF
nginx -t -q -p "$data/nginx" -c "$data/nginx/nginx.conf" -g 'daemon off;' \
    || die "nginx -t refused $data/nginx/nginx.conf (from $nginx_server and $nginx_upstream)"
nginx -p "$data/nginx" -c "$data/nginx/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
for _ in $(seq 50); do port_taken "$lb_port" && break; sleep 0.1; done
[[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$lb_port/health/ready") == 200 ]] \
    || die "nginx on :$lb_port does not reach the instances: $data/nginx/logs/error.log"
log "nginx on :$lb_port from $nginx_server and $nginx_upstream"

# --- the fault, timed from the start of the kit's measured phase ------------------------------------------------
kit_log=$data/kit.log
: > "$events"
inject() {
    until grep -q '^load: measuring for' "$kit_log" 2>/dev/null; do sleep 0.2; done
    sleep "$fault_at"
    case $mode in
        rolling-restart)
            for ((i = 1; i <= instances; i++)); do
                event "sigterm :$(instance_port "$i")"
                stop_instance "$i" TERM
                event "stopped :$(instance_port "$i")"
                start_instance "$i"
                wait_ready "$i"
                event "ready :$(instance_port "$i")"
                sleep 5
            done ;;
        kill)
            local n=${KILL_INSTANCE:-2}
            event "kill -9 :$(instance_port "$n")"
            kill -KILL "$(<"$data/instance-$n/platform.pid")"
            sleep "${KILL_DOWN:-5}"
            event "restart :$(instance_port "$n")"
            start_instance "$n"
            wait_ready "$n"
            event "ready :$(instance_port "$n")" ;;
        db-restart)
            event "db-down"
            as_db "$pg_bin/pg_ctl" -D "$data/pg" stop -m fast >/dev/null
            event "db-stopped"
            sleep "${DB_DOWN:-5}"
            as_db "$pg_bin/pg_ctl" -D "$data/pg" -l "$data/pg/postgresql.log" -w start >/dev/null
            event "db-up" ;;
    esac
}

instance_list=""
for ((i = 1; i <= instances; i++)); do
    instance_list+="${instance_list:+,}http://127.0.0.1:$(instance_port "$i")=$data/instance-$i/platform.pid"
done
args=(run "${SCENARIO:-realistic}" --base-url "http://127.0.0.1:$lb_port" --out "$out" --instances "$instance_list"
    --db-url "jdbc:postgresql://127.0.0.1:$db_port/koprogo" --db-user postgres --duration "$duration"
    --warmup "${WARMUP:-10s}" --seed-label "$seed, $instances instances behind nginx, pooler $pooler, mode $mode")
[[ $mode != steady ]] && args+=(--faults "$events" --retry-deadline "${RETRY_DEADLINE:-90s}")
[[ -n ${CONNECTIONS:-} ]] && args+=(--connections "$CONNECTIONS")
[[ -n ${USERS:-} ]] && args+=(--users "$USERS")

[[ $mode != steady ]] && { inject & driver=$!; }
PGPASSWORD=$db_password java -XX:+UseSerialGC -Xms64m -Xmx512m -jar "$kit_jar" "${args[@]}" > >(tee "$kit_log") 2>&1 &
kit=$!
status=0
wait "$kit" || status=$?
kit=""
if [[ -n $driver ]] && kill -0 "$driver" 2>/dev/null; then
    log "the run ended before the fault was over"
    kill "$driver" 2>/dev/null || true
fi
driver=""
exit "$status"
}
