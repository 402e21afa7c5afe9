#!/usr/bin/env bash
# Seconds from `java -jar` to /health/ready, the figure the README quotes for start-up (with and without plugins).
# Usage: load-tests/start-timing.sh JAR DATA_DIR PORT [platform args...]
#   KOPROGO_MODULES_DIR=dir load-tests/start-timing.sh deploy/target/koprogo-platform.jar /tmp/st 18090
# Run it a few times, alternating the builds compared, and quote the runs side by side.
set -euo pipefail
jar=$1; data=$2; port=$3; shift 3
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck disable=SC2046 # the options are a list
opts=$(grep -v '^#' "$here/../deploy/jvm.options" | xargs)
# as deploy/run.sh: the class data sharing archive the build trained with this jar, when it is as new as the jar
archive=${jar%.jar}.jsa
if [[ -f $archive && ! $archive -ot $jar ]]; then
    opts="$opts -XX:SharedArchiveFile=$archive"
fi
mkdir -p "$data"
start=$(date +%s.%N)
# shellcheck disable=SC2086
KOPROGO_DATA_DIR=$data KOPROGO_HTTP_PORT=$port java $opts -jar "$jar" "$@" > "$data.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/health/ready" > /dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "the platform exited (log: $data.log)" >&2; exit 1; }
    sleep 0.1
done
echo "ready in $(echo "$(date +%s.%N) - $start" | bc) s"
