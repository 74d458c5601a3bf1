#!/usr/bin/env bash
# Whole-process timings of jkompose as users run it (the JVM start-up dominates a short CLI run): the
# checkout's ./jkompose with the start-up archives the build made (target/jkompose.jsa for the JDK of the
# build, target/jkompose.aot for a JDK 25+), plain `java -jar`, and `jkompose version`; on the default java
# and, when there is one, on a JDK 25+ ($JAVA_HOME_25, else /usr/lib/jvm/temurin-25-jdk-amd64).
# Usage: benchmarks/cli-timing.sh [RUNS] [COMPOSE_FILE]
# Runs the commands in turn, RUNS rounds (so that a change of the machine's load hits all alike), and prints
# min / median / max wall time in ms of each, and the load average before and after.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-11}
file=$(cd "$(dirname "${2:-$root/examples/web-db-cache/compose.yaml}")" && pwd)/$(basename "${2:-compose.yaml}")
jar=$root/cli/target/jkompose.jar
[ -f "$jar" ] && [ -f "$root/cli/target/jkompose.jsa" ] || (cd "$root" && mvn -q -DskipTests -pl cli -am package)
jdk25=${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}
[ -x "$jdk25/bin/java" ] || jdk25=

names=()
commands=()
add() {  # name, then the command (one string, run by bash in the compose file's folder)
  names+=("$1")
  commands+=("$2")
}

java17=$(command -v java)
v17=$("$java17" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.version = //p')
add "java -version (JVM alone, $v17)" "java -version"
add "jkompose version (launcher, $v17)" "JKOMPOSE_JAVA=$java17 '$root/jkompose' version"
add "convert (launcher, $v17, AppCDS)" "JKOMPOSE_JAVA=$java17 '$root/jkompose' convert -f '$file' --stdout"
add "convert (java -jar, $v17)" "java -jar '$jar' convert -f '$file' --stdout"
if [ -n "$jdk25" ]; then
  v25=$("$jdk25/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.version = //p')
  add "java -version (JVM alone, $v25)" "'$jdk25/bin/java' -version"
  add "jkompose version (launcher, $v25)" "JKOMPOSE_JAVA='$jdk25/bin/java' '$root/jkompose' version"
  add "convert (launcher, $v25, AOT cache)" "JKOMPOSE_JAVA='$jdk25/bin/java' '$root/jkompose' convert -f '$file' --stdout"
  add "convert (java -jar, $v25)" "'$jdk25/bin/java' -jar '$jar' convert -f '$file' --stdout"
fi

cd "$(dirname "$file")"
times=$(mktemp -d)
trap 'rm -rf "$times"' EXIT
for i in "${!commands[@]}"; do  # once each first: a failing command stops here, and file caches are warm
  bash -c "${commands[$i]}" >/dev/null 2>&1 || { echo "${names[$i]}: the command failed" >&2; exit 1; }
done
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
for _ in $(seq "$runs"); do
  for i in "${!commands[@]}"; do
    start=$(date +%s%N)
    bash -c "${commands[$i]}" >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(((end - start) / 1000000)) >>"$times/$i"
  done
done
for i in "${!commands[@]}"; do
  sort -n "$times/$i" | awk -v name="${names[$i]}" -v n="$runs" \
    '{ t[NR] = $1 } END { printf "%-46s min %5d ms  median %5d ms  max %5d ms  (%d runs)\n", name, t[1], t[int((n + 1) / 2)], t[n], n }'
done
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
