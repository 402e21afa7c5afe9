#!/usr/bin/env bash
# HTTP throughput/latency benchmark for the service, driven by wrk.
#
# Usage: load-tests/bench.sh [BASE_URL]        (default http://localhost:8080)
#
# Env options (defaults in brackets):
#   CONNECTIONS [8]  THREADS [2]  DURATION [30s]  WARMUP [15s]
#   DB_ROUTE [/api/v1/buildings]  HEALTH_ROUTE [/health/live]
#   ROUTES   space-separated routes to measure instead of HEALTH_ROUTE and DB_ROUTE
#   TOKEN    access token sent as "Authorization: Bearer TOKEN" (the domain routes need one)
#   LOGIN    "email:password" to sign in with first and use that token
#   BODY     JSON body: every request is then a POST with it
#   APP_PID   server pid for RSS/CPU figures [found via `ss -ltnp` on BASE_URL's port]
#   OUT       file to also write the markdown summary into
#
# Exit codes: 0 ok, 1 service not healthy / wrk failed, 2 wrk not installable,
#             3 a measured run saw HTTP >= 400 or socket errors.
# This is a benchmark, not a test: numbers depend on the machine; compare runs
# on the same machine only.
set -euo pipefail

BASE_URL=${1:-http://localhost:8080}
BASE_URL=${BASE_URL%/}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=${THREADS:-2}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-15s}
DB_ROUTE=${DB_ROUTE:-/api/v1/buildings}
HEALTH_ROUTE=${HEALTH_ROUTE:-/health/live}
APP_PID=${APP_PID:-}
OUT=${OUT:-}
ROUTES=${ROUTES:-}
TOKEN=${TOKEN:-}
LOGIN=${LOGIN:-}
BODY=${BODY:-}

log() { printf '%s\n' "$*" >&2; }
die() { local code=$1; shift; log "bench: $*"; exit "$code"; }

# wrk refuses to run with fewer connections than threads.
if (( THREADS > CONNECTIONS )); then THREADS=$CONNECTIONS; fi

# --- 1. wrk ------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
    if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        log "bench: wrk not found, installing it with apt-get"
        apt-get update -qq && apt-get install -y -qq wrk >/dev/null
    else
        die 2 "wrk is not installed. Install it with 'sudo apt-get install wrk' (Debian/Ubuntu), or 'brew install wrk' (macOS)"
    fi
fi
command -v wrk >/dev/null 2>&1 || die 2 "wrk still missing after apt-get install"

# --- temp files, cleaned up however we exit -----------------------------------
lua_script=$(mktemp --suffix=.lua)
wrk_out=$(mktemp)
trap 'rm -f "$lua_script" "$wrk_out"' EXIT

# Summary via done() instead of response(): a per-response Lua hook would
# throttle wrk itself. summary.errors.status counts HTTP status > 399.
if [[ -n $BODY ]]; then
    printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = [==[%s]==]\n' \
        "$BODY" >"$lua_script"
fi
cat >>"$lua_script" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  local secs = summary.duration / 1e6
  local function out(k, fmt, v) io.write(string.format("BENCH %s " .. fmt .. "\n", k, v)) end
  out("requests", "%d", summary.requests)
  out("duration_s", "%.3f", secs)
  out("rps", "%.1f", summary.requests / secs)
  out("status_errors", "%d", e.status)
  out("socket_errors", "%d", e.connect + e.read + e.write + e.timeout)
  out("p50", "%.3f", latency:percentile(50) / 1000)
  out("p75", "%.3f", latency:percentile(75) / 1000)
  out("p90", "%.3f", latency:percentile(90) / 1000)
  out("p99", "%.3f", latency:percentile(99) / 1000)
  out("p99_9", "%.3f", latency:percentile(99.9) / 1000)
end
LUA

# --- 2. health check ----------------------------------------------------------
health_url=$BASE_URL$HEALTH_ROUTE
deadline=$(( SECONDS + 30 ))
code=000
while :; do
    code=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 2 "$health_url" 2>/dev/null) || code=000
    [[ $code == 2?? ]] && break
    (( SECONDS >= deadline )) && die 1 "$health_url did not answer 2xx within 30 s (last status: $code)"
    sleep 1
done

# --- sign-in ------------------------------------------------------------------
if [[ -n $LOGIN && -z $TOKEN ]]; then
    login_body=$(printf '{"email":"%s","password":"%s"}' "${LOGIN%%:*}" "${LOGIN#*:}")
    TOKEN=$(curl -sS --max-time 10 -H 'Content-Type: application/json' -d "$login_body" \
        "$BASE_URL/api/v1/auth/login" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
    [[ -n $TOKEN ]] || die 1 "sign-in as ${LOGIN%%:*} failed"
fi
auth=()
if [[ -n $TOKEN ]]; then auth=(-H "Authorization: Bearer $TOKEN"); fi

# --- server pid (for RSS / CPU) ----------------------------------------------
# Port from BASE_URL: strip scheme and path, handle [ipv6]:port and default ports.
hostport=${BASE_URL#*://}
hostport=${hostport%%/*}
if [[ $hostport =~ :([0-9]+)$ ]]; then
    port=${BASH_REMATCH[1]}
elif [[ $BASE_URL == https://* ]]; then
    port=443
else
    port=80
fi
if [[ -z $APP_PID ]] && command -v ss >/dev/null 2>&1; then
    APP_PID=$(ss -Hltnp "( sport = :$port )" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n1 | cut -d= -f2 || true)
fi
if [[ -n $APP_PID && ! -r /proc/$APP_PID/stat ]]; then
    log "bench: pid $APP_PID not readable in /proc; RSS/CPU will be n/a"
    APP_PID=
fi
clk_tck=$(getconf CLK_TCK)

# utime+stime in clock ticks; fields counted after the last ')' since the
# command name in field 2 may contain spaces.
cpu_ticks() {
    local stat rest f
    stat=$(<"/proc/$APP_PID/stat") || return 1
    rest=${stat##*) }
    read -r -a f <<<"$rest"
    echo $(( f[11] + f[12] ))
}
rss_mb() {
    awk '/^VmRSS:/ { printf "%.1f", $2 / 1024; found = 1 } END { exit !found }' "/proc/$APP_PID/status"
}

# --- 3./4. runs -------------------------------------------------------------
if [[ -n $ROUTES ]]; then read -r -a routes <<<"$ROUTES"; else routes=("$HEALTH_ROUTE" "$DB_ROUTE"); fi
rows=()
failed=0
for route in "${routes[@]}"; do
    url=$BASE_URL$route
    log "bench: $route warm-up ${WARMUP}"
    if ! wrk -t "$THREADS" -c "$CONNECTIONS" -d "$WARMUP" "${auth[@]}" -s "$lua_script" "$url" >"$wrk_out" 2>&1; then
        cat "$wrk_out" >&2
        die 1 "wrk warm-up failed for $url"
    fi

    cpu_before=
    if [[ -n $APP_PID ]]; then cpu_before=$(cpu_ticks 2>/dev/null || true); fi

    log "bench: $route measured ${DURATION}"
    if ! wrk -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" --latency "${auth[@]}" -s "$lua_script" "$url" >"$wrk_out" 2>&1; then
        cat "$wrk_out" >&2
        die 1 "wrk run failed for $url"
    fi

    rss=n/a cpu=n/a
    if [[ -n $APP_PID ]]; then
        rss=$(rss_mb 2>/dev/null) || rss=n/a
        if [[ -n $cpu_before ]] && cpu_after=$(cpu_ticks 2>/dev/null); then
            cpu=$(awk -v d=$(( cpu_after - cpu_before )) -v t="$clk_tck" 'BEGIN { printf "%.2f", d / t }')
        fi
    fi

    declare -A r=()
    while read -r tag key val; do
        [[ $tag == BENCH ]] && r[$key]=$val
    done <"$wrk_out"
    for k in requests duration_s rps status_errors socket_errors p50 p75 p90 p99 p99_9; do
        if [[ -z ${r[$k]:-} ]]; then
            cat "$wrk_out" >&2
            die 1 "could not parse '$k' from wrk output for $url"
        fi
    done

    errors=$(( r[status_errors] + r[socket_errors] ))
    (( errors > 0 )) && failed=1
    log "bench: $route requests=${r[requests]} in ${r[duration_s]}s rps=${r[rps]}" \
        "p50=${r[p50]} p75=${r[p75]} p90=${r[p90]} p99=${r[p99]} p99.9=${r[p99_9]} ms" \
        "http>=400=${r[status_errors]} socket=${r[socket_errors]} rss_mb=${rss} cpu_s=${cpu}"
    label=$route
    if [[ -n $BODY ]]; then label="POST $route"; fi
    if [[ -n $TOKEN ]]; then label="$label (token)"; fi
    rows+=("| $label | $CONNECTIONS | ${r[rps]} | ${r[p50]} | ${r[p99]} | ${r[p99_9]} | $errors | $rss | $cpu |")
    unset r
done

# --- 5. summary -------------------------------------------------------------
commit=$(git -C "$(dirname "$0")" rev-parse --short HEAD 2>/dev/null || echo unknown)
summary=$(
    printf '**bench** %s | nproc %s | kernel %s | commit %s | %s\n' \
        "$(date -u '+%Y-%m-%dT%H:%M:%SZ')" "$(nproc)" "$(uname -r)" "$commit" \
        "BASE_URL=$BASE_URL CONNECTIONS=$CONNECTIONS THREADS=$THREADS DURATION=$DURATION WARMUP=$WARMUP APP_PID=${APP_PID:-n/a} wrk=$(wrk -v 2>&1 | awk 'NR==1 { print $2 }')"
    echo
    echo '| route | conns | req/s | p50 ms | p99 ms | p99.9 ms | errors | RSS MB after | CPU s |'
    echo '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
    printf '%s\n' "${rows[@]}"
)
printf '%s\n' "$summary"
if [[ -n $OUT ]]; then printf '%s\n' "$summary" >"$OUT"; fi

if (( failed )); then
    log "bench: some runs had errors (HTTP >= 400 or socket errors)"
    exit 3
fi
