#!/usr/bin/env bash
# Runs the platform: builds the uberjar when it is missing or older than the sources, then starts it with
# the JVM settings of deploy/jvm.options, which the benchmarks were measured with. Arguments go to Payara
# Micro. KOPROGO_JAVA_OPTS replaces the JVM settings (-Xshare:off in it turns the archive below off); every
# KOPROGO_* variable configures the platform.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=deploy/target/koprogo-platform.jar
archive=deploy/target/koprogo-platform.jsa
if [[ ! -f $jar || -n "$(find pom.xml core-api module-* deploy/pom.xml deploy/src deploy/webapp \
        -newer "$jar" -type f -not -path '*/target/*' -print -quit)" ]]; then
    echo "Building $jar ..." >&2
    mvn -q -B -DskipTests package
fi
default_opts=$(grep -v '^#' deploy/jvm.options | xargs)
# The class data sharing archive the build trains with the jar (deploy/src/cds/ArchiveTraining.java): most classes
# are then mapped from it instead of being read, parsed and verified at each start. Only one at least as new as
# the jar: the JVM checks it against the jar and ignores a stale one with a warning.
cds=""
if [[ -f $archive && ! $archive -ot $jar ]]; then
    cds=-XX:SharedArchiveFile=$archive
fi
# shellcheck disable=SC2086 # the options are a list
exec java ${KOPROGO_JAVA_OPTS:-$default_opts} $cds -jar "$jar" "$@"
