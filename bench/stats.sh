#!/usr/bin/env bash
# Statistics benchmark: fills an empty database with interactions, cases and QR scans, rolls them up and times
# every report and export (see bench/java/th/tambondesk/bench/StatsBenchmark.java). Figures: target/bench/*.md.
#
#   bench/stats.sh [h2|postgres] [scales]      e.g. bench/stats.sh h2 1,10   (default: h2 1,10)
#   BENCH_INTERACTIONS=1000000 BENCH_CASES=100000 BENCH_SCANS=20000 set the size of scale 1.
#
# H2 runs in a file under target/bench/h2 (deleted first). PostgreSQL uses the database tambondesk_bench on
# 127.0.0.1:5432 as user postgres (dropped and created again). Do not run it next to another Maven build.
set -euo pipefail
cd "$(dirname "$0")/.."

db="${1:-h2}"
scales="${2:-1,10}"
args=(-Pbench -q test -Dtest=StatsBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DtrimStackTrace=false
      "-Dbench.scales=$scales" "-Dbench.interactions=${BENCH_INTERACTIONS:-1000000}"
      "-Dbench.cases=${BENCH_CASES:-100000}" "-Dbench.scans=${BENCH_SCANS:-20000}")

case "$db" in
  h2)
    rm -rf target/bench/h2
    ./mvnw "${args[@]}" \
      "-Dspring.datasource.url=jdbc:h2:file:$PWD/target/bench/h2/bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
    ;;
  postgres)
    psql -h 127.0.0.1 -U postgres -d postgres -q -c "drop database if exists tambondesk_bench" \
      -c "create database tambondesk_bench"
    SPRING_PROFILES_ACTIVE=postgres \
    TAMBONDESK_DB_URL="jdbc:postgresql://127.0.0.1:5432/tambondesk_bench?reWriteBatchedInserts=true" \
    TAMBONDESK_DB_USER=postgres TAMBONDESK_DB_PASSWORD= \
      ./mvnw "${args[@]}"
    ;;
  *)
    echo "usage: bench/stats.sh [h2|postgres] [scales]" >&2
    exit 2
    ;;
esac
ls target/bench/*.md
