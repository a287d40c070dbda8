#!/usr/bin/env bash
# Installs a TambonDesk jar for the systemd unit, for the first install and for every upgrade:
#   - unpacks it into Spring Boot's extracted layout (<dir>/app/tambondesk.jar and <dir>/app/lib/), which starts
#     faster than the single jar and is what class data sharing needs;
#   - writes a class data sharing archive (<dir>/app/tambondesk.jsa) from a training start that stops as soon as the
#     application is ready. It runs in an empty temporary folder with no settings (H2, LINE off): it never touches
#     the SAO's data, and it runs while the service is up too (it takes a free port).
# A start with the archive loads most classes from it (docs/benchmarks.md, "Start-up"). Without it (or after a JDK
# update, when the JVM finds the archive stale) the application starts normally, only slower.
#
#   sudo deploy/install-jar.sh target/tambondesk-*.jar [/opt/tambondesk]
set -euo pipefail

jar="$(realpath "${1:?usage: install-jar.sh path/to/tambondesk.jar [dir]}")"
dir="${2:-/opt/tambondesk}"
java="${JAVA:-java}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$dir"
rm -rf "$dir/app.new"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$dir/app.new" >/dev/null
mv "$dir/app.new/$(basename "$jar")" "$dir/app.new/tambondesk.jar"
chmod -R a+rX "$dir/app.new"
if [ -d "$dir/app" ]; then rm -rf "$dir/app.previous" && mv "$dir/app" "$dir/app.previous"; fi
mv "$dir/app.new" "$dir/app"

# The archive records the class path it was made with, so it is made where the application will run.
mkdir -p "$work/train"
echo "training start for the class data sharing archive (about half a minute)..."
if (cd "$work/train" && env -i PATH="$PATH" HOME="$work/train" LANG=C.UTF-8       "$java" -XX:ArchiveClassesAtExit="$dir/app/tambondesk.jsa" -Dspring.context.exit=onRefresh       -jar "$dir/app/tambondesk.jar" --server.port=0 --management.server.port=-1 >"$work/train.log" 2>&1)     && [ -s "$dir/app/tambondesk.jsa" ]; then
  chmod a+r "$dir/app/tambondesk.jsa"
else
  tail -20 "$work/train.log" >&2
  rm -f "$dir/app/tambondesk.jsa"
  echo "warning: no class data sharing archive; the application starts without it, only slower" >&2
fi
echo "installed $(basename "$jar") in $dir/app"
if [ -d "$dir/app.previous" ]; then echo "the one before it is in $dir/app.previous (see README, Roll back)"; fi
