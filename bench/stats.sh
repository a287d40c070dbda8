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

source bench/in-database.sh
in_database "$db" h2 "${args[@]}"
ls target/bench/*.md
