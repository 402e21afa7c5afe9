#!/usr/bin/env bash
# Runs the platform: builds the uberjar when it is missing or older than the sources, then starts it with
# the JVM settings of deploy/jvm.options, which the benchmarks were measured with. Arguments go to Payara
# Micro. KOPROGO_JAVA_OPTS replaces the JVM settings; every KOPROGO_* variable configures the platform.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=deploy/target/koprogo-platform.jar
if [[ ! -f $jar || -n "$(find pom.xml core-api module-* deploy/pom.xml deploy/src deploy/webapp \
        -newer "$jar" -type f -not -path '*/target/*' -print -quit)" ]]; then
    echo "Building $jar ..." >&2
    mvn -q -B -DskipTests package
fi
default_opts=$(grep -v '^#' deploy/jvm.options | xargs)
# shellcheck disable=SC2086 # the options are a list
exec java ${KOPROGO_JAVA_OPTS:-$default_opts} -jar "$jar" "$@"
