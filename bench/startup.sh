#!/usr/bin/env bash
# Start-up time and memory of the default run (no configuration: H2 under ./data, LINE off), in one run:
#   - the first start in an empty folder (database created, migrated, catalogue loaded), from the single jar;
#   - then restarts on that data, taking turns so that both see the same machine: the single jar
#     (`java -jar tambondesk.jar`) and the installed layout of deploy/install-jar.sh (unpacked, with its class data
#     sharing archive), started with the systemd unit's JVM options.
# Reports the time until /actuator/health answers UP, Spring's own figure, and the resident set then.
#
#   bench/startup.sh [restarts of each, default 3]      figures: target/bench/startup.md
set -euo pipefail
cd "$(dirname "$0")/.."

restarts="${1:-3}"
./mvnw -q -DskipTests package
jar="$(ls "$PWD"/target/tambondesk-*.jar | head -1)"
port=18080
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
deploy/install-jar.sh "$jar" "$work/opt" >/dev/null
jvm=(-Xms64m -Xmx256m -XX:+ExitOnOutOfMemoryError -XX:+UseG1GC)
out=target/bench/startup.md
mkdir -p target/bench "$work/data"
{
  echo "# Start-up of the default run"
  echo
  echo "No environment, H2 in an empty folder, then restarts on its data; $(nproc) cores; $(java -version 2>&1 | head -1)."
  echo
  echo "| start | how | until health is UP | Spring's own figure | resident set when UP |"
  echo "|---|---|---|---|---|"
} > "$out"

# $1 = label of the start, $2 = how, rest = the java command line after "java"
start() {
  local label=$1 how=$2; shift 2
  local begin pid up_ms rss spring
  begin=$(date +%s%N)
  (cd "$work/data" && exec env -i PATH="$PATH" HOME="$work" LANG=C.UTF-8 java "$@" \
    --server.port=$port --management.server.port=$port > "$work/run.log" 2>&1) &
  pid=$!
  until curl -fsS "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { tail -20 "$work/run.log" >&2; exit 1; }
    sleep 0.1
  done
  up_ms=$(( ($(date +%s%N) - begin) / 1000000 ))
  java_pid=$(pgrep -f -- "--server.port=$port" | head -1)
  rss=$(( $(awk '/VmRSS/ {print $2}' /proc/"$java_pid"/status) / 1024 ))
  spring=$(grep -ao 'Started TambonDeskApplication in [0-9.]* seconds' "$work/run.log" | grep -o '[0-9.]* seconds' || true)
  echo "| $label | $how | $(printf '%d.%03d s' $((up_ms / 1000)) $((up_ms % 1000))) | $spring | $rss MB |" >> "$out"
  kill "$java_pid"
  wait $pid 2>/dev/null || true
  sleep 1
}

start "first (empty folder)" "single jar" "${jvm[@]}" -jar "$jar"
for i in $(seq 1 "$restarts"); do
  start "restart $i" "single jar" "${jvm[@]}" -jar "$jar"
  start "restart $i" "installed, with its archive" "${jvm[@]}" -XX:SharedArchiveFile="$work/opt/app/tambondesk.jsa" \
    -Xshare:auto -jar "$work/opt/app/tambondesk.jar"
done
cat "$out"
