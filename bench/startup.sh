#!/usr/bin/env bash
# Start-up time and memory of the default run: the application jar with no configuration at all (H2 under ./data,
# LINE off), started in an empty folder, then twice more on the data the first start made. Reports the time until
# /actuator/health answers UP, the resident set size then, and the live heap after a full collection.
#
#   bench/startup.sh            figures: target/bench/startup.md
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -DskipTests package
jar="$(ls "$PWD"/target/tambondesk-*.jar | grep -v original | head -1)"
port=18080
work="$(mktemp -d)"
out=target/bench/startup.md
mkdir -p target/bench
{
  echo "# Start-up of the default run"
  echo
  echo "\`java -jar $(basename "$jar")\` with no environment, in an empty folder; $(nproc) cores; $(java -version 2>&1 | head -1)."
  echo
  echo "| run | until health is UP | Spring's own figure | resident set when UP | live heap after a full GC |"
  echo "|---|---|---|---|---|"
} > "$out"
for run in 1 2 3; do
  start=$(date +%s%N)
  (cd "$work" && exec env -i PATH="$PATH" HOME="$work" LANG=C.UTF-8 java -jar "$jar" --server.port=$port --management.server.port=$port > "run-$run.log" 2>&1) &
  pid=$!
  until curl -fsS "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "the application stopped; see $work/run-$run.log" >&2; exit 1; }
    sleep 0.1
  done
  up_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  java_pid=$(pgrep -f "$jar --server.port=$port" | head -1)
  rss_mb=$(( $(awk '/VmRSS/ {print $2}' /proc/"$java_pid"/status) / 1024 ))
  jcmd "$java_pid" GC.run >/dev/null
  live=$(jcmd "$java_pid" GC.heap_info | awk '/garbage-first heap/ {for (i=1;i<=NF;i++) if ($i=="used") print $(i+1)}' | head -1)
  spring=$(grep -ao 'Started TambonDeskApplication in [0-9.]* seconds' "$work/run-$run.log" | grep -o '[0-9.]* seconds' || true)
  label=$([ $run = 1 ] && echo "1 (empty folder: database created, migrated, seeded)" || echo "$run (restart)")
  echo "| $label | $(printf '%d.%03d s' $((up_ms / 1000)) $((up_ms % 1000))) | $spring | $rss_mb MB | $live |" >> "$out"
  kill "$java_pid"
  wait $pid 2>/dev/null || true
done
rm -rf "$work"
cat "$out"
