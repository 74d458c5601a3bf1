#!/usr/bin/env bash
# Where a JFR recording's CPU samples are: the hottest top-of-stack frames, and the methods of a
# package counted once per sample they appear in (inclusive: the method and what it calls).
# Usage: benchmarks/jfr-top.sh RECORDING.jfr [PACKAGE_PREFIX (default io.jkompose.)] [LINES (default 30)]
# Make a recording with java -XX:StartFlightRecording=filename=x.jfr,settings=profile ... (see README.md).
set -euo pipefail
jfr_file=${1:?usage: jfr-top.sh RECORDING.jfr [PACKAGE_PREFIX] [LINES]}
prefix=${2:-io.jkompose.}
lines=${3:-30}
samples=$(mktemp)
trap 'rm -f "$samples"' EXIT
jfr print --stack-depth 64 --events jdk.ExecutionSample "$jfr_file" >"$samples"
total=$(grep -c '^jdk.ExecutionSample' "$samples" || true)
echo "## $total samples in $jfr_file"
echo
echo "### top of stack"
awk '/stackTrace = \[/ { getline; sub(/^ +/, ""); sub(/ +line:.*/, ""); print }' "$samples" \
  | sort | uniq -c | sort -rn | head -n "$lines"
echo
echo "### $prefix* methods, inclusive (samples in which the method is on the stack)"
awk -v prefix="$prefix" '
  /stackTrace = \[/ { inside = 1; split("", seen); next }
  inside && /^ *\]/ { inside = 0; next }
  inside {
    frame = $0; sub(/^ +/, "", frame); sub(/ +line:.*/, "", frame)
    if (index(frame, prefix) == 1 && !(frame in seen)) { seen[frame] = 1; count[frame]++ }
  }
  END { for (f in count) printf "%7d %s\n", count[f], f }' "$samples" | sort -rn | head -n "$lines"
