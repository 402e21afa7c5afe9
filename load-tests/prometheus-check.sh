#!/usr/bin/env bash
# Does a real Prometheus (Debian's), scraping the platform every second with the shipped rules, compute the same
# p99 per route as the platform and the load-test kit? A fresh platform on the realistic seed, Prometheus on a
# temporary directory with deploy/prometheus/prometheus-loopback.yml's job and rules (scrape and evaluation every
# 1 s, the one target), the kit's realistic mix through it; then, for every route and status class with
# MIN_COUNT requests or more:
#   1. the kit's server-side p99 of the measured phase (its /metrics deltas) against Prometheus'
#      histogram_quantile(0.99, rate(..._bucket[<the phase>])) at the phase's end;
#   2. the platform's own p99 since start (http_server_request_duration_quantile_seconds, fine buckets) against
#      Prometheus' histogram_quantile over the same scrape's cumulative buckets;
# each pair agreeing within the width of the exported bucket that holds the reference. Also prints the shipped
# recording rule's p99 (job_method_route:...:quantile1m, all statuses) at the phase's end.
#
# Usage: load-tests/prometheus-check.sh
#   PORT [18190]  PROMETHEUS_PORT [19190]  DURATION [60s]  WARMUP [20s]  CONNECTIONS [10]  MIN_COUNT [500]
#   DIR [/tmp/koprogo-prometheus-check] (wiped first)
# Needs prometheus (scripts/install-test-tools prometheus), jq, python3. Stops what it started on exit.
# Exit codes: 0 every pair agrees, 1 a process did not start, 3 some pair disagrees or the run failed.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
port=${PORT:-18190}
prometheus_port=${PROMETHEUS_PORT:-19190}
dir=${DIR:-/tmp/koprogo-prometheus-check}
min_count=${MIN_COUNT:-500}

log() { printf '%s\n' "$*" >&2; }

command -v prometheus >/dev/null || { log "prometheus-check: no prometheus; run scripts/install-test-tools prometheus (as root)"; exit 1; }
rm -rf "$dir"
mkdir -p "$dir/results"

pids=()
stop() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
    done
}
trap stop EXIT

wait_for() { # url seconds
    for _ in $(seq "$2"); do
        curl -sf -o /dev/null --max-time 2 "$1" && return 0
        sleep 1
    done
    return 1
}

export KOPROGO_DATA_DIR=$dir/data # the kit finds the embedded PostgreSQL there
KOPROGO_HTTP_PORT=$port "$root/deploy/run.sh" --seed realistic >"$dir/platform.log" 2>&1 &
pids+=($!)
wait_for "http://localhost:$port/health/ready" 180 || { log "prometheus-check: the platform did not start ($dir/platform.log)"; exit 1; }

sed -e 's/scrape_interval: 10s/scrape_interval: 1s/' -e 's/evaluation_interval: 10s/evaluation_interval: 1s/' \
    -e "s#- rules/\*.yml#- $root/deploy/prometheus/rules/*.yml#" \
    -e '/localhost:808[23]/d' -e "s/localhost:8081/localhost:$port/" \
    "$root/deploy/prometheus/prometheus-loopback.yml" >"$dir/prometheus.yml"
prometheus --config.file="$dir/prometheus.yml" --storage.tsdb.path="$dir/tsdb" \
    --web.listen-address="127.0.0.1:$prometheus_port" >"$dir/prometheus.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$prometheus_port/-/ready" 30 || { log "prometheus-check: Prometheus did not start ($dir/prometheus.log)"; exit 1; }

DURATION=${DURATION:-60s} WARMUP=${WARMUP:-20s} CONNECTIONS=${CONNECTIONS:-10} OUT=$dir/results \
    "$here/run.sh" realistic "http://localhost:$port" || { log "prometheus-check: the load run failed"; exit 3; }
sleep 3 # a last scrape after the phase's end

result=$(ls "$dir"/results/realistic-*.json | head -1)
python3 - "$result" "http://127.0.0.1:$prometheus_port" "$min_count" <<'PY'
import datetime, json, sys, urllib.parse, urllib.request

result_file, prometheus, min_count = sys.argv[1], sys.argv[2], int(sys.argv[3])
run = json.load(open(result_file))
start = datetime.datetime.fromisoformat(run["startedAt"].replace("Z", "+00:00")).timestamp()
seconds = run["settings"]["durationSeconds"]
end = start + seconds
# the exported bucket bounds (core-api LatencyHistogram.BOUNDS_SECONDS)
bounds = [0.0001, 0.00025, 0.0005, 0.00075, 0.001, 0.0015, 0.002, 0.003, 0.004, 0.005, 0.0075, 0.01, 0.015, 0.02,
          0.03, 0.05, 0.075, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

def width(seconds_value):
    lower = 0
    for upper in bounds:
        if seconds_value <= upper:
            return upper - lower
        lower = upper
    return float("inf")

def query(expr, at):
    url = prometheus + "/api/v1/query?" + urllib.parse.urlencode({"query": expr, "time": at})
    data = json.load(urllib.request.urlopen(url))["data"]["result"]
    return {tuple(s["metric"].get(k, "") for k in ("method", "route", "status", "quantile")): float(s["value"][1])
            for s in data}

window = query('histogram_quantile(0.99, sum by (method, route, status, le) '
               '(rate(http_server_request_duration_seconds_bucket[%ds])))' % seconds, end)
cumulative = query('histogram_quantile(0.99, http_server_request_duration_seconds_bucket)', end)
own = query('http_server_request_duration_quantile_seconds{quantile="0.99"}', end)
recorded = query('job_method_route:http_server_request_duration_seconds:quantile1m{quantile="0.99"}', end)

failures = 0
print("| route | status | requests | kit p99 | Prometheus p99 (phase) | platform p99 (since start) "
      "| Prometheus p99 (since start) | recorded p99 (1m, all statuses) | bucket widths | agree |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|---|")
for route in sorted(run["serverRoutes"], key=lambda r: -r["count"]):
    if route["count"] < min_count:
        continue
    key = (route["method"], route["route"], route["status"], "")
    kit = route["p99Ms"] / 1000
    phase = window.get(key, float("nan"))
    since_own = own.get(key[:3] + ("0.99",), float("nan"))
    since_prometheus = cumulative.get(key, float("nan"))
    rule = recorded.get((route["method"], route["route"], "", "0.99"), float("nan"))
    agree = abs(phase - kit) <= width(kit) and abs(since_prometheus - since_own) <= width(since_own)
    failures += not agree
    ms = lambda v: "%.2f ms" % (v * 1000)
    print("| %s %s | %s | %d | %s | %s | %s | %s | %s | %s | %s |" % (route["method"], route["route"],
          route["status"], route["count"], ms(kit), ms(phase), ms(since_own), ms(since_prometheus), ms(rule),
          ms(width(kit)) + " / " + ms(width(since_own)), "yes" if agree else "NO"))
sys.exit(3 if failures else 0)
PY
