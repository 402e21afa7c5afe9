#!/usr/bin/env bash
# Runs the platform: builds the uberjar when it is missing or older than the sources, then starts it with
# the JVM settings the benchmarks were measured with. Arguments go to Payara Micro.
# KOPROGO_JAVA_OPTS replaces the JVM settings; every KOPROGO_* variable configures the platform (README).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=deploy/target/koprogo-platform.jar
if [[ ! -f $jar || -n "$(find pom.xml core-api module-* deploy/pom.xml deploy/src deploy/webapp \
        -newer "$jar" -type f -not -path '*/target/*' -print -quit)" ]]; then
    echo "Building $jar ..." >&2
    mvn -q -B -DskipTests package
fi
# Heap and stacks sized for a 384 MB container; Serial GC: one core's worth of collector on small heaps.
default_opts="-Xmx128m -Xss512k -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m"
# shellcheck disable=SC2086 # the options are a list
exec java ${KOPROGO_JAVA_OPTS:-$default_opts} -jar "$jar" "$@"
