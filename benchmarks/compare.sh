#!/usr/bin/env bash
# Whole-process comparison of jkompose and kompose: wall time and peak RSS of `convert`, medians of
# interleaved rounds, ratios jkompose/kompose, printed as Markdown ready for docs/performance.md.
#
# Usage: benchmarks/compare.sh [options]
#   -s, --sizes "LIST"     projects to convert: "example" (examples/web-db-cache, 3 services) and numbers
#                          of generated services (benchmarks' SyntheticProject). Default: "example 100 1000 10000"
#       --50k              add 50000 (slow; kompose alone takes many minutes) and the linearity check
#   -r, --rounds N         timed rounds per size (default 5)
#       --rounds-large N   timed rounds for sizes of 10000 services and more (default 3)
#   -m, --mode MODE        stdout (convert --stdout > /dev/null, default), files (convert -o DIR), or both
#       --kompose-max N    run kompose only up to N services (default: all sizes)
#       --kompose-path-max N  also run kompose "as installed" up to N services (default 100; 0: never), see below
#       --no-kompose       jkompose only (also when no kompose is found)
#       --no-jar           skip `java -jar cli/target/jkompose.jar`; --no-launcher skips ./jkompose
#   -w, --work DIR         where the generated projects, outputs and raw results go
#                          (default ${TMPDIR:-/tmp}/jkompose-bench; projects are reused while the generator is unchanged)
#
# kompose: $KOMPOSE if set, else `kompose` on the PATH. kompose 1.38 runs `kompose version` from the PATH
# once per object it writes (for its kompose.version annotation); when that finds nothing it uses its own
# version, and the output is the same. The row "kompose" runs it with no kompose on the PATH: its conversion
# work alone, the fair baseline of the ratios and targets. The row "kompose, on PATH" runs it as installed,
# its folder on the PATH (a process per object: slow, so only up to --kompose-path-max services).
# The jar is built (-pl cli -am package) when missing.
# Every run is checked: a failed run (exit code, OutOfMemoryError) is reported and never timed as a result.
# Sizes above 10,000 services raise jkompose's loader limits (services, characters per file): -D options
# before -jar for the jar, JAVA_OPTS for the launcher. Tests never run this script.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
jar=$root/cli/target/jkompose.jar
generator=$root/benchmarks/src/main/java/io/jkompose/benchmarks/SyntheticProject.java
example=$root/examples/web-db-cache

sizes="example 100 1000 10000"
rounds=5
rounds_large=3
mode=stdout
kompose_max=
kompose_path_max=100
use_kompose=1
use_jar=1
use_launcher=1
work=${TMPDIR:-/tmp}/jkompose-bench

die() { echo "compare.sh: $*" >&2; exit 2; }
while [[ $# -gt 0 ]]; do
  case $1 in
    -s|--sizes) sizes=$2; shift ;;
    --50k) sizes="$sizes 50000" ;;
    -r|--rounds) rounds=$2; shift ;;
    --rounds-large) rounds_large=$2; shift ;;
    -m|--mode) mode=$2; shift ;;
    --kompose-max) kompose_max=$2; shift ;;
    --kompose-path-max) kompose_path_max=$2; shift ;;
    --no-kompose) use_kompose=0 ;;
    --no-jar) use_jar=0 ;;
    --no-launcher) use_launcher=0 ;;
    -w|--work) work=$2; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
  shift
done
case $mode in stdout) modes=(stdout) ;; files) modes=(files) ;; both) modes=(stdout files) ;; *) die "--mode: stdout, files or both" ;; esac
[[ $rounds =~ ^[1-9][0-9]*$ && $rounds_large =~ ^[1-9][0-9]*$ ]] || die "rounds must be whole numbers from 1"
command -v /usr/bin/time >/dev/null || die "/usr/bin/time (GNU time) is needed for the peak RSS"

kompose=${KOMPOSE:-$(command -v kompose || true)}
if [[ $use_kompose == 1 && -z $kompose ]]; then
  echo "compare.sh: no kompose on the PATH (or KOMPOSE=...): jkompose only, no ratios" >&2
  use_kompose=0
fi
if [[ $use_kompose == 1 ]]; then
  kompose=$(cd "$(dirname "$kompose")" && pwd)/$(basename "$kompose")
  # PATH without any folder that holds a kompose, and the same with kompose's own folder first.
  path_without=$(tr ':' '\n' <<<"$PATH" | while read -r d; do [[ -n $d && ! -x $d/kompose ]] && echo "$d"; done | paste -sd:)
  path_with=$(dirname "$kompose"):$path_without
fi
if [[ ! -f $jar ]]; then
  echo "compare.sh: building $jar" >&2
  (cd "$root" && mvn -B -ntp -q -pl cli -am package -DskipTests) >&2
fi
mkdir -p "$work"
stamp=$(date +%Y%m%d-%H%M%S)
raw=$work/results-$stamp.tsv
printf 'size\ttool\tround\tms\trss_kb\texit\n' >"$raw"

# --- the projects ---------------------------------------------------------------------------------
project_dir() {  # size -> the folder holding compose.yaml
  if [[ $1 == example ]]; then echo "$example"; else echo "$work/p$1"; fi
}
services_of() { if [[ $1 == example ]]; then echo 3; else echo "$1"; fi; }
for size in $sizes; do
  [[ $size == example || $size =~ ^[1-9][0-9]*$ ]] || die "size '$size': 'example' or a number of services"
  if [[ $size != example ]]; then
    dir=$(project_dir "$size")
    if [[ ! -f $dir/compose.yaml || $generator -nt $dir/compose.yaml ]]; then
      echo "compare.sh: generating $size services in $dir" >&2
      rm -rf "$dir"
      java "$generator" "$size" "$dir"
    fi
  fi
done

# --- the commands ---------------------------------------------------------------------------------
tools=()
[[ $use_launcher == 1 ]] && tools+=(launcher)
[[ $use_jar == 1 ]] && tools+=(jar)
[[ $use_kompose == 1 ]] && tools+=(kompose)
[[ $use_kompose == 1 && $kompose_path_max -gt 0 ]] && tools+=(kompose-path)
label() {  # tool -> how the table names it
  case $1 in
    launcher) echo "jkompose (./jkompose)" ;;
    jar) echo "jkompose (java -jar)" ;;
    kompose) echo "kompose $("$kompose" version 2>/dev/null | awk '{print $1}')" ;;
    kompose-path) echo "kompose $("$kompose" version 2>/dev/null | awk '{print $1}'), on PATH" ;;
  esac
}
runs_tool() {  # tool size -> whether this tool runs at this size
  local n; n=$(services_of "$2")
  case $1 in
    kompose) [[ -z $kompose_max || $n -le $kompose_max ]] ;;
    kompose-path) [[ ( -z $kompose_max || $n -le $kompose_max ) && $n -le $kompose_path_max ]] ;;
    *) true ;;
  esac
}
cmd=()
set_cmd() {  # tool mode out_dir -> cmd
  local target=(--stdout)
  [[ $2 == files ]] && target=(-o "$3")
  case $1 in
    launcher) cmd=("$root/jkompose" convert -f compose.yaml "${target[@]}") ;;
    jar) cmd=(java -jar "$jar" convert -f compose.yaml "${target[@]}") ;;
    kompose|kompose-path) cmd=("$kompose" convert -f compose.yaml "${target[@]}") ;;
  esac
}
java_options() {  # size -> the -D options jkompose needs (empty within the default limits)
  local n; n=$(services_of "$1")
  if [[ $n -gt 10000 ]]; then
    echo "-Djkompose.limits.services=$((n * 2)) -Djkompose.limits.fileChars=$((n * 2000))"
  fi
}

errfile=$work/stderr.txt
timefile=$work/time.txt
result_ms=0 result_rss=0 result_exit=0
run_once() {  # tool mode size [stdout_file] -> result_ms, result_rss (KiB), result_exit
  local tool=$1 m=$2 size=$3 sink=${4:-/dev/null} dir out opts path start end
  dir=$(project_dir "$size")
  out=$work/out-$tool
  rm -rf "$out"
  [[ $m == files ]] && mkdir -p "$out"
  set_cmd "$tool" "$m" "$out"
  opts= path=$PATH
  case $tool in
    kompose) path=$path_without ;;
    kompose-path) path=$path_with ;;
    *) opts=$(java_options "$size") ;;
  esac
  # -D options go before -jar (a bare jar still relaunches with them) and into the launcher's JAVA_OPTS;
  # JDK_JAVA_OPTIONS would count as the user's own JVM tuning and keep the jar from relaunching.
  # shellcheck disable=SC2206 # opts holds several words
  if [[ $tool == jar && -n $opts ]]; then cmd=(java $opts "${cmd[@]:1}"); fi
  start=$(date +%s%N)
  (
    cd "$dir"
    export PATH=$path
    unset JDK_JAVA_OPTIONS
    if [[ -n $opts ]]; then export JAVA_OPTS=$opts; else unset JAVA_OPTS; fi
    exec /usr/bin/time -f 'RSS %M EXIT %x' -o "$timefile" "${cmd[@]}"
  ) >"$sink" 2>"$errfile" || true
  end=$(date +%s%N)
  result_ms=$(( (end - start) / 1000000 ))
  result_rss=$(awk '/^RSS /{print $2}' "$timefile" | tail -1)
  result_exit=$(awk '/^RSS /{print $4}' "$timefile" | tail -1)
  [[ -n $result_rss ]] || result_rss=0
  [[ -n $result_exit ]] || result_exit=255  # killed by a signal: time writes no normal line
  if grep -q 'OutOfMemoryError' "$errfile"; then result_exit=137; fi
  return 0
}
objects_of() {  # tool mode size -> number of objects written (for the check run)
  local tool=$1 m=$2 size=$3
  if [[ $m == stdout ]]; then
    grep -c '^kind: ' "$work/check.yaml" || true
  else
    find "$work/out-$tool" -type f | wc -l
  fi
}

# --- the machine ----------------------------------------------------------------------------------
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
git -C "$root" diff --quiet HEAD -- 2>/dev/null || commit="$commit (with uncommitted changes)"
branch=$(git -C "$root" rev-parse --abbrev-ref HEAD 2>/dev/null || echo unknown)
load_before=$(uptime | sed 's/.*load average: //')
echo "## jkompose vs kompose, whole process ($(date '+%Y-%m-%d %H:%M'))"
echo
echo "- code: $branch at $commit; jar $(du -m "$jar" | cut -f1) MB"
echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(awk '/MemTotal/{printf "%.1f GiB", $2/1048576}' /proc/meminfo) RAM, $(uname -sr)"
echo "- java: $(java -version 2>&1 | sed -n 2p) ($(command -v java))"
[[ $use_kompose == 1 ]] && echo "- kompose: $("$kompose" version 2>/dev/null) ($kompose)"
echo "- load average (1, 5, 15 min) before: $load_before"
echo "- rounds: $rounds ($rounds_large from 10,000 services), tools interleaved, the order rotating each round; output: ${modes[*]}"
echo

# --- the runs -------------------------------------------------------------------------------------
# One run first, not timed: the jar, the archives the build made and the JDK are then in the page cache for
# every tool alike, so that the first timed round is not the only cold one.
if [[ $use_launcher == 1 ]]; then
  (cd "$example" && "$root/jkompose" convert -f compose.yaml --stdout >/dev/null 2>&1) \
    || die "./jkompose convert of examples/web-db-cache failed"
fi

declare -A median_ms max_rss median_rss ok_runs failed objects spread
keys=()
for size in $sizes; do
  n=$rounds
  [[ $(services_of "$size") -ge 10000 ]] && n=$rounds_large
  for m in "${modes[@]}"; do
    active=()
    for tool in "${tools[@]}"; do
      runs_tool "$tool" "$size" || continue
      # An untimed check run: it must succeed and write objects (it also warms the page cache).
      run_once "$tool" "$m" "$size" "$work/check.yaml"
      key="$size|$m|$tool"
      keys+=("$key")
      if [[ $result_exit != 0 ]]; then
        echo "compare.sh: $tool $m on $size failed (exit $result_exit):" >&2
        tail -5 "$errfile" >&2
        failed[$key]="exit $result_exit"
        continue
      fi
      objects[$key]=$(objects_of "$tool" "$m" "$size")
      active+=("$tool")
    done
    [[ ${#active[@]} -gt 0 ]] || continue
    declare -A times=() rsses=()
    for ((r = 0; r < n; r++)); do
      for ((i = 0; i < ${#active[@]}; i++)); do
        tool=${active[$(( (i + r) % ${#active[@]} ))]}
        key="$size|$m|$tool"
        run_once "$tool" "$m" "$size"
        printf '%s\t%s\t%d\t%d\t%d\t%d\n' "$size" "$tool-$m" "$r" "$result_ms" "$result_rss" "$result_exit" >>"$raw"
        if [[ $result_exit != 0 ]]; then
          echo "compare.sh: $tool $m on $size, round $((r + 1)), failed (exit $result_exit); not timed:" >&2
          tail -3 "$errfile" >&2
          failed[$key]="${failed[$key]:-}x"
          continue
        fi
        times[$key]+="$result_ms "
        rsses[$key]+="$result_rss "
      done
    done
    for tool in "${active[@]}"; do
      key="$size|$m|$tool"
      if [[ -z ${times[$key]:-} ]]; then failed[$key]="every round failed"; continue; fi
      median_ms[$key]=$(tr ' ' '\n' <<<"${times[$key]}" | grep . | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}')
      min_max=$(tr ' ' '\n' <<<"${times[$key]}" | grep . | sort -n | awk 'NR==1{a=$1} {b=$1} END {print a "–" b}')
      median_rss[$key]=$(tr ' ' '\n' <<<"${rsses[$key]}" | grep . | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}')
      max_rss[$key]=$(tr ' ' '\n' <<<"${rsses[$key]}" | grep . | sort -n | tail -1)
      ok_runs[$key]=$(tr ' ' '\n' <<<"${times[$key]}" | grep -c .)
      spread[$key]=$min_max
    done
    unset times rsses
  done
done

mib() { awk -v k="$1" 'BEGIN {printf "%.0f", k / 1024}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "—"}'; }

echo "| project | services | mode | tool | objects | runs | wall median (ms) | min–max (ms) | peak RSS median (MiB) | peak RSS max (MiB) | time ÷ kompose | RSS ÷ kompose | time ÷ kompose on PATH |"
echo "|---|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for key in "${keys[@]}"; do
  IFS='|' read -r size m tool <<<"$key"
  name=$size; [[ $size == example ]] && name=web-db-cache
  k="$size|$m|kompose"; kp="$size|$m|kompose-path"
  if [[ -z ${median_ms[$key]:-} ]]; then
    echo "| $name | $(services_of "$size") | $m | $(label "$tool") | — | 0 | FAILED (${failed[$key]:-}) | | | | | | |"
    continue
  fi
  tr=—; rr=—; tp=—
  if [[ $tool != kompose* && -n ${median_ms[$k]:-} ]]; then
    tr=$(ratio "${median_ms[$key]}" "${median_ms[$k]}")
    rr=$(ratio "${median_rss[$key]}" "${median_rss[$k]}")
  fi
  if [[ $tool != kompose* && -n ${median_ms[$kp]:-} ]]; then
    tp=$(ratio "${median_ms[$key]}" "${median_ms[$kp]}")
  fi
  fails=${failed[$key]:-}
  echo "| $name | $(services_of "$size") | $m | $(label "$tool") | ${objects[$key]} | ${ok_runs[$key]}${fails:+ (+${#fails} failed)} | ${median_ms[$key]} | ${spread[$key]} | $(mib "${median_rss[$key]}") | $(mib "${max_rss[$key]}") | $tr | $rr | $tp |"
done
echo
echo "- load average after: $(uptime | sed 's/.*load average: //')"
echo "- raw results: $raw"

# --- the targets of issue 15 (whole process) --------------------------------------------------------
echo
echo "| target | tool | measured | met |"
echo "|---|---|---:|---|"
check() {  # text tool value limit
  local met=no
  awk -v v="$3" -v l="$4" 'BEGIN {exit !(v <= l)}' && met=yes
  echo "| $1 | $(label "$2") | $3 | $met |"
}
for m in "${modes[@]}"; do
  for tool in launcher jar; do
    k1="1000|$m|$tool"; k10="10000|$m|$tool"; k50="50000|$m|$tool"
    if [[ -n ${median_ms[$k1]:-} && -n ${median_ms[1000|$m|kompose]:-} ]]; then
      check "1,000 services ($m): time ≤ 0.5 × kompose" "$tool" "$(ratio "${median_ms[$k1]}" "${median_ms[1000|$m|kompose]}")" 0.5
    fi
    if [[ -n ${median_ms[$k10]:-} ]]; then
      if [[ -n ${median_ms[10000|$m|kompose]:-} ]]; then
        check "10,000 services ($m): time ≤ 0.2 × kompose" "$tool" "$(ratio "${median_ms[$k10]}" "${median_ms[10000|$m|kompose]}")" 0.2
      fi
      check "10,000 services ($m): peak RSS ≤ 300 MiB (max of runs)" "$tool" "$(mib "${max_rss[$k10]}")" 300
    fi
    if [[ -n ${median_ms[$k50]:-} && -n ${median_ms[$k10]:-} ]]; then
      check "50,000 vs 10,000 services ($m): time ratio ≤ 5.5 (per service: $(awk -v a="${median_ms[$k10]}" -v b="${median_ms[$k50]}" 'BEGIN {printf "%.2f → %.2f ms", a / 10000, b / 50000}'))" \
        "$tool" "$(ratio "${median_ms[$k50]}" "${median_ms[$k10]}")" 5.5
    elif [[ -n ${failed[$k50]:-} ]]; then
      echo "| 50,000 services ($m): no OutOfMemoryError | $(label "$tool") | ${failed[$k50]} | no |"
    fi
  done
done
