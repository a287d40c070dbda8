#!/usr/bin/env bash
# Duplicate check benchmark: fills an empty database with open street-light cases and times the check "is an open
# case of this service within 100 m?" against a plain latitude/longitude query in the same run
# (see bench/java/th/tambondesk/bench/NearbyBenchmark.java). Figures: target/bench/nearby-*.md.
#
#   bench/nearby.sh [h2|postgres]        BENCH_CASES=100000 sets the number of open cases.
#
# H2 runs in a file under target/bench/h2-nearby (deleted first). PostgreSQL uses the database tambondesk_bench on
# 127.0.0.1:5432 as user postgres (dropped and created again). Do not run it next to another Maven build.
set -euo pipefail
cd "$(dirname "$0")/.."

db="${1:-h2}"
args=(-Pbench -q test -Dtest=NearbyBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DtrimStackTrace=false
      "-Dbench.cases=${BENCH_CASES:-100000}")

source bench/in-database.sh
in_database "$db" h2-nearby "${args[@]}"
ls target/bench/nearby-*.md
