#!/usr/bin/env bash
# Whole-process timings of `jkompose convert --stdout` (the JVM start-up dominates a short CLI run).
# Usage: benchmarks/cli-timing.sh [RUNS] [COMPOSE_FILE]   Prints min / median / max wall time in ms.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-15}
file=${2:-$root/examples/web-db-cache/compose.yaml}
jar=$root/cli/target/jkompose.jar
[ -f "$jar" ] || (cd "$root" && mvn -q -DskipTests -pl cli -am package)

time_one() {  # prints the wall time of one run, in ms
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

report() {  # name, then the command
  local name=$1; shift
  "$@" >/dev/null 2>&1 || { echo "$name: the command failed" >&2; return 1; }
  local times=()
  for _ in $(seq "$runs"); do times+=("$(time_one "$@")"); done
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" -v n="$runs" \
    '{ t[NR] = $1 } END { printf "%-34s min %5d ms  median %5d ms  max %5d ms  (%d runs)\n", name, t[1], t[int((n + 1) / 2)], t[n], n }'
}

cd "$(dirname "$file")"
report "java -version (JVM alone)" java -Xshare:auto -version
report "jkompose version" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -jar "$jar" version
report "jkompose convert --stdout" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -jar "$jar" convert -f "$file" --stdout
report "jkompose convert (plain java -jar)" java -jar "$jar" convert -f "$file" --stdout
"$root/jkompose" version >/dev/null  # the launcher makes its AppCDS archive on a first run
report "./jkompose convert (launcher, AppCDS)" "$root/jkompose" convert -f "$file" --stdout
