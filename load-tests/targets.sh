#!/usr/bin/env bash
# Every figure of issue 17's targets in one session, for one platform configuration (A) or two (A then B): each
# started fresh on its own data dir (a first start migrates and seeds and is discarded), timed to ready, the
# realistic mix's warm-up curve from that moment, rounds of health then realistic, the open model at half the
# realistic throughput, the app's RSS; then stopped. See "Targets of issue 17" in load-tests/README.md.
#
# Usage: load-tests/targets.sh
#   A_JAR     the platform [deploy/target/koprogo-platform.jar]
#   A_OPTS    its JVM options [deploy/jvm.options]
#   A_ENV     extra environment of the platform, "KEY=value KEY=value" (e.g. KOPROGO_HTTP_THREADS=8)
#   A_ARGS    platform arguments
#   B_JAR, B_OPTS, B_ENV, B_ARGS: configuration B, measured after A; any of them makes a B (B_JAR defaults
#             to A_JAR, B_OPTS to deploy/jvm.options). Only A when none is set.
#   PORT [18180]  DATA_DIR [/tmp/koprogo-targets] (DATA_DIR/a and DATA_DIR/b are wiped first)
#   SEED [realistic]  realistic[:N] or demo, planted by the discarded first start
#   WARMUP_MEASURE [180s]  ROUNDS [3]  ROUND_DURATION [20s]  OPEN_DURATION [60s]
#   CONNECTIONS [10]  OPEN_CONNECTIONS [64]  USERS [the realistic seed's syndics]  OUT [load-tests/results]
#
# Every process it starts is stopped on exit, interrupted or not. Exit codes: 0 ok, 1 a platform did not start
# or the set-up was refused, 2 usage, 3 some requests failed.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
jar=$here/target/koprogo-load.jar

log() { printf '%s\n' "$*" >&2; }

if [[ ! -f $jar || -n "$(find "$here/pom.xml" "$here/src/main" -newer "$jar" -type f -print -quit)" ]]; then
    log "targets.sh: building $jar"
    mvn -q -B -f "$here/pom.xml" -DskipTests package
fi

absolute() { [[ $1 == /* ]] && printf '%s' "$1" || printf '%s/%s' "$PWD" "$1"; }
jvm_options=$(grep -v '^#' "$root/deploy/jvm.options" | xargs)
data=$(absolute "${DATA_DIR:-/tmp/koprogo-targets}")
out=$(absolute "${OUT:-$here/results}")

seed=${SEED:-realistic}
case ${seed%%:*} in
    realistic) seed_args="--seed realistic"; [[ $seed == *:* ]] && seed_args+=" --seed-scale ${seed#*:}" ;;
    demo) seed_args="--seed demo" ;;
    *) log "targets.sh: SEED must be realistic[:N] or demo, not '$seed'"; exit 2 ;;
esac

args=(targets --port "${PORT:-18180}" --data-dir "$data" --out "$out" --seed "$seed_args"
    --a-jar "$(absolute "${A_JAR:-$root/deploy/target/koprogo-platform.jar}")"
    --a-jvm-options "${A_OPTS:-$jvm_options}")
[[ -n ${A_ENV:-} ]] && args+=(--a-env "$A_ENV")
[[ -n ${A_ARGS:-} ]] && args+=(--a-args "$A_ARGS")
if [[ -n ${B_JAR:-}${B_OPTS:-}${B_ENV:-}${B_ARGS:-} ]]; then
    args+=(--b-jar "$(absolute "${B_JAR:-${A_JAR:-$root/deploy/target/koprogo-platform.jar}}")"
        --b-jvm-options "${B_OPTS:-$jvm_options}")
    [[ -n ${B_ENV:-} ]] && args+=(--b-env "$B_ENV")
    [[ -n ${B_ARGS:-} ]] && args+=(--b-args "$B_ARGS")
fi
[[ -n ${WARMUP_MEASURE:-} ]] && args+=(--warmup-measure "$WARMUP_MEASURE")
[[ -n ${ROUNDS:-} ]] && args+=(--rounds "$ROUNDS")
[[ -n ${ROUND_DURATION:-} ]] && args+=(--round-duration "$ROUND_DURATION")
[[ -n ${OPEN_DURATION:-} ]] && args+=(--open-duration "$OPEN_DURATION")
[[ -n ${CONNECTIONS:-} ]] && args+=(--connections "$CONNECTIONS")
[[ -n ${OPEN_CONNECTIONS:-} ]] && args+=(--open-connections "$OPEN_CONNECTIONS")
[[ -n ${USERS:-} ]] && args+=(--users "$USERS")

# A process of ours still running: its pid file's process whose environment or command line names our data dir.
ours() { { tr '\0' '\n' < "/proc/$1/environ"; } 2>/dev/null | grep -qxF "KOPROGO_DATA_DIR=$2" \
    || { tr '\0' ' ' < "/proc/$1/cmdline"; } 2>/dev/null | grep -qF -- "-D $2/postgres"; }
stop() {   # pid signal data-dir
    ours "$1" "$3" || return 0
    kill "-$2" "$1" 2>/dev/null || return 0
    for _ in $(seq 600); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
    kill -KILL "$1" 2>/dev/null || true
}
# The kit stops its platform itself, on interrupts too (a shutdown hook); this is for a kit that could not.
cleanup() {
    if [[ -n ${kit:-} ]] && kill -0 "$kit" 2>/dev/null; then
        kill -TERM "$kit" 2>/dev/null || true
        wait "$kit" 2>/dev/null || true
    fi
    for dir in "$data"/*/; do
        dir=${dir%/}
        [[ -r $dir/platform.pid ]] && stop "$(<"$dir/platform.pid")" TERM "$dir"
        [[ -r $dir/postgres/postmaster.pid ]] && stop "$(sed -n 1p "$dir/postgres/postmaster.pid")" INT "$dir"
    done
    return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# In the background, so that a TERM sent to this script runs the trap at once rather than after the kit.
java -XX:+UseSerialGC -Xms64m -Xmx512m -jar "$jar" "${args[@]}" &
kit=$!
status=0
wait "$kit" || status=$?
kit=""
exit "$status"
