#!/usr/bin/env bash
# Webhook load benchmark: the application in its own JVM (the systemd unit's heap and collector), signed webhooks
# at 100, 200 and 500 a second, LINE's API played by the LINE emulator; in the same run, at each rate, its two peers:
# the floor endpoint (a bare signature check, in the application's JVM) and the LINE SDK's echo bot (bench/echo, its
# own JVM with the same options), with TambonDesk's throughput and ack p99 as ratios to both
# (bench/java/th/tambondesk/bench/WebhookBenchmark.java).
# Figures: target/bench/webhook-<db>.md.
#
#   bench/webhook.sh [h2|postgres] [seconds per rate] [rates]     e.g. bench/webhook.sh h2 60 100,200,500
#   BENCH_DRAIN=120 how long to wait for the answers of one rate to be sent before the next
#   BENCH_WARMUP=30 seconds of unreported load at 200/s on each endpoint before the first rate
#   BENCH_JVM_ARGS="-XX:StartFlightRecording=filename=target/bench/server.jfr" more options for the server's JVM
#   BENCH_APP_ARGS="--tambondesk.line.claim-gap=0ms" more options for TambonDesk itself
#
# H2 runs in a fresh file database under target/bench; PostgreSQL uses the database tambondesk_bench_hook on
# 127.0.0.1:5432 as user postgres (dropped and created again). Do not run it next to another Maven build.
set -euo pipefail
cd "$(dirname "$0")/.."

db="${1:-h2}"
seconds="${2:-60}"
rates="${3:-100,200,500}"
case "$db" in h2|postgres) ;; *) echo "usage: bench/webhook.sh [h2|postgres] [seconds] [rates]" >&2; exit 2 ;; esac

mkdir -p target/bench
./mvnw -q -Pbench test-compile dependency:build-classpath -Dmdep.outputFile=target/bench/runtime-cp.txt \
  -DincludeScope=runtime
# The floor endpoint lives only on the benchmark's class path, never in the application's jar.
rm -rf target/bench/floor && mkdir -p target/bench/floor
javac -q -nowarn -d target/bench/floor -cp "target/classes:$(cat target/bench/runtime-cp.txt)" \
  bench/floor/th/tambondesk/bench/FloorEndpoint.java 2>/dev/null \
  || javac -d target/bench/floor -cp "target/classes:$(cat target/bench/runtime-cp.txt)" \
       bench/floor/th/tambondesk/bench/FloorEndpoint.java
classpath="$PWD/target/classes:$PWD/target/bench/floor:$(cat target/bench/runtime-cp.txt)"
# The echo bot needs the SDK's handler module, which TambonDesk does not use: only on the echo bot's class path.
rm -rf target/bench/echo target/bench/echo-lib && mkdir -p target/bench/echo target/bench/echo-lib
./mvnw -q dependency:copy -Dartifact=com.linecorp.bot:line-bot-spring-boot-handler:8.6.0 \
  -DoutputDirectory=target/bench/echo-lib
echo_classpath="$PWD/target/bench/echo:$PWD/target/bench/echo-lib/line-bot-spring-boot-handler-8.6.0.jar:$(cat target/bench/runtime-cp.txt)"
javac -nowarn -d target/bench/echo -cp "$echo_classpath" bench/echo/th/tambondesk/bench/echo/EchoBot.java

rm -rf "target/bench/webhook-data-$db"
if [ "$db" = postgres ]; then
  psql -h 127.0.0.1 -U postgres -d postgres -q -c "drop database if exists tambondesk_bench_hook" \
    -c "create database tambondesk_bench_hook"
fi
./mvnw -q -Pbench surefire:test -Dtest=WebhookBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -DtrimStackTrace=false "-Dbench.classpath=$classpath" "-Dbench.database=$db" "-Dbench.seconds=$seconds" \
  "-Dbench.rates=$rates" "-Dbench.drain=${BENCH_DRAIN:-120}" "-Dbench.warmup=${BENCH_WARMUP:-30}" \
  "-Dbench.jvmArgs=${BENCH_JVM_ARGS:-}" "-Dbench.appArgs=${BENCH_APP_ARGS:-}" "-Dbench.echoClasspath=$echo_classpath"
ls target/bench/webhook-*.md
