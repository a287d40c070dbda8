#!/usr/bin/env bash
# Tries the deploy kit as written, on this machine (CI runs it after the tests):
#  1. the systemd unit passes `systemd-analyze verify` with no warning (where systemd-analyze exists);
#  2. the Caddyfile passes `caddy validate` (where caddy is installed);
#  3. the container image's start: the jar extracted into Spring Boot's layers as deploy/Dockerfile does, its class
#     data sharing archive trained by the Dockerfile's RUN line, then started with the Dockerfile's ENV and ENTRYPOINT
#     (the archive required: -Xshare:on) in an empty folder, must turn healthy by the Dockerfile's HEALTHCHECK;
#  4. deploy/install-jar.sh installs the jar into a folder, then the systemd unit's ExecStart, with its Environment=
#     lines and a .env file in the working folder (as EnvironmentFile would give), must turn healthy and show the
#     SAO name set in that file.
# No Docker daemon is needed (CI has none); `docker build` itself is not tried here.
#
#   deploy/check.sh [path/to/tambondesk.jar]      (default: target/tambondesk-*.jar, built by ./mvnw verify)
set -euo pipefail
cd "$(dirname "$0")/.."

jar="${1:-$(ls "$PWD"/target/tambondesk-*.jar | head -1)}"
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
fail() { echo "deploy check FAILED: $*" >&2; exit 1; }

echo "== 1. systemd unit"
if command -v systemd-analyze >/dev/null; then
  out="$(systemd-analyze verify deploy/tambondesk.service 2>&1 || true)"
  [ -z "$out" ] || fail "systemd-analyze verify deploy/tambondesk.service: $out"
  echo "ok: systemd-analyze verify"
else
  echo "skipped: no systemd-analyze"
fi

echo "== 2. Caddyfile"
if command -v caddy >/dev/null; then
  TAMBONDESK_HOST=desk.example.go.th caddy validate --config deploy/Caddyfile --adapter caddyfile >"$work/caddy.log" 2>&1 \
    || fail "caddy validate: $(tail -5 "$work/caddy.log")"
  echo "ok: caddy validate"
else
  echo "skipped: no caddy"
fi

# Waits until the health check command succeeds, or fails with the log; $1 = pid, $2 = log, rest = the command.
wait_healthy() {
  local pid=$1 log=$2; shift 2
  for _ in $(seq 1 120); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    kill -0 "$pid" 2>/dev/null || fail "the application stopped: $(tail -20 "$log")"
    sleep 1
  done
  fail "not healthy after 120 s: $(tail -20 "$log")"
}

echo "== 3. the container image's start (deploy/Dockerfile)"
python3 - deploy/Dockerfile "$work/image" <<'PY'
import json, re, sys
text = open(sys.argv[1]).read().replace("\\\n", " ")
final = text[text.rindex("\nFROM "):]
env = {}
for line in final.splitlines():
    if line.startswith("ENV "):
        for key, value in re.findall(r'(\w+)=("[^"]*"|\S+)', line[4:]):
            env[key] = value.strip('"')
train = [l[4:] for l in final.splitlines() if l.startswith("RUN ") and "ArchiveClassesAtExit" in l][0]
entry = json.loads(re.search(r"^ENTRYPOINT (\[.*\])$", final, re.M).group(1))
health = json.loads(re.search(r"HEALTHCHECK .*?CMD (\[.*\])$", final, re.M).group(1))
with open(sys.argv[2] + ".env", "w") as f:
    for key, value in env.items():
        f.write(f"{key}={value}\n")
json.dump({"train": train, "entrypoint": entry, "health": health}, open(sys.argv[2] + ".json", "w"))
PY
image="$work/image"
mkdir -p "$image/app" "$image/data"
cp "$jar" "$work/tambondesk.jar"
java -Djarmode=tools -jar "$work/tambondesk.jar" extract --layers --destination "$work/layers" >/dev/null
for layer in dependencies spring-boot-loader snapshot-dependencies application; do
  cp -r "$work/layers/$layer/." "$image/app/"
done
field() { python3 -c 'import json,sys; v=json.load(open(sys.argv[1]))[sys.argv[2]]; print("\n".join(v) if isinstance(v, list) else v)' "$work/image.json" "$1"; }
image_env=()
while IFS= read -r line; do
  line="${line//\/data/$image/data}"
  image_env+=("$line")
done < "$work/image.env"
# The image's own paths (/app, /data, /tmp/train) become folders of this check.
train="$(field train | sed "s#/app/#$image/app/#g; s#/tmp/train#$image/train#g")"
(env -i PATH="$PATH" HOME="$image" "${image_env[@]}" bash -c "$train") >"$work/train.log" 2>&1 \
  || fail "the image's training start: $(tail -20 "$work/train.log")"
[ -s "$image/app/tambondesk.jsa" ] || fail "the image's training start wrote no archive"
[ ! -e "$image/data/tambondesk.mv.db" ] || fail "the training start wrote a database into the image's data folder"
# -Xshare:on instead of auto: the check fails if the archive cannot be used.
mapfile -t entry < <(field entrypoint | sed "s#/app/#$image/app/#g; s#^-Xshare:auto\$#-Xshare:on#")
mapfile -t health < <(field health)
(cd "$image/app" && exec env -i PATH="$PATH" HOME="$image" "${image_env[@]}" "${entry[@]}" \
  --server.port=18090 --management.server.port=18091 >"$work/image.log" 2>&1) &
image_pid=$!
health_cmd=("${health[@]}")
health_cmd[2]="${health_cmd[2]//8081/18091}"
wait_healthy $image_pid "$work/image.log" "${health_cmd[@]}"
[ -f "$image/data/tambondesk.mv.db" ] || fail "the database is not in the image's data folder"
kill $image_pid; wait $image_pid 2>/dev/null || true
echo "ok: the image's training start wrote its archive; its entrypoint (archive in use) turned healthy by its own health check"

echo "== 4. the systemd unit's start (after deploy/install-jar.sh)"
deploy/install-jar.sh "$jar" "$work/opt" >"$work/install.log" 2>&1 || fail "install-jar.sh: $(tail -20 "$work/install.log")"
[ -s "$work/opt/app/tambondesk.jsa" ] || fail "install-jar.sh wrote no archive: $(tail -20 "$work/install.log")"
exec_start="$(sed -n '/^ExecStart=/,/[^\\]$/p' deploy/tambondesk.service | sed 's/^ExecStart=//; s/\\$//' | tr '\n' ' ')"
exec_start="${exec_start//\/opt\/tambondesk/$work/opt}"
read -r -a command <<< "$exec_start"
[ -x "${command[0]}" ] || command[0]="$(command -v java)"
mkdir -p "$work/unit"
unit_env=()
while IFS= read -r line; do
  unit_env+=("${line//\/var\/lib\/tambondesk/$work/unit}")
done < <(sed -n 's/^Environment=//p' deploy/tambondesk.service)
printf 'TAMBONDESK_SAO_SHORT_NAME=อบต.ทดสอบการติดตั้ง\nTAMBONDESK_ADMIN_PASSWORD=check-only-password\n' > "$work/unit/.env"
(cd "$work/unit" && exec env -i PATH="$PATH" HOME="$work/unit" "${unit_env[@]}" "${command[@]}" \
  --server.port=18092 --management.server.port=18093 >"$work/unit.log" 2>&1) &
unit_pid=$!
wait_healthy $unit_pid "$work/unit.log" curl -fsS http://127.0.0.1:18093/actuator/health
curl -fsS -o "$work/chat.html" http://127.0.0.1:18092/chat
grep -q "อบต.ทดสอบการติดตั้ง" "$work/chat.html" || fail "the .env file's SAO name is not on /chat"
[ -f "$work/unit/data/tambondesk.mv.db" ] || fail "the database is not in the unit's data folder"
kill $unit_pid; wait $unit_pid 2>/dev/null || true
echo "ok: the unit's ExecStart turned healthy and read the .env file"
echo "deploy check passed"
