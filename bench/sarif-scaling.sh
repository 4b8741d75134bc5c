#!/usr/bin/env bash
# Measures how wirecheck-sarif's time grows with the number of findings in
# one file, against a linear baseline, and prints the ratio. One invocation:
#
#   bench/sarif-scaling.sh [BUILD_DIR] [SMALL] [FACTOR] [RUNS]
#
# It generates (test/tools/wirecheck-sarif/Inputs/many_findings.py) one
# source file with SMALL*FACTOR functions, and clang-tidy
# exports (--export-fixes YAML) and text output with one finding (and one
# note) in each of the first SMALL and of all SMALL*FACTOR functions, then
# converts each with wirecheck-sarif. Each time is the process's CPU time
# (user + system: the machine may be shared), the best of RUNS. Linear
# cost gives a time ratio of about FACTOR between the two; a quadratic one,
# about FACTOR squared. Exits 1 when the ratio exceeds twice FACTOR.
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$SRC/build}
SMALL=${2:-5000}
FACTOR=${3:-4}
RUNS=${4:-3}
TOOL=$BUILD/bin/wirecheck-sarif
[ -x "$TOOL" ] || { echo "no $TOOL: build first" >&2; exit 2; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 "$SRC/test/tools/wirecheck-sarif/Inputs/many_findings.py" "$WORK" \
  "$((SMALL * FACTOR))" "$SMALL" "$((SMALL * FACTOR))"

# best_time KIND N: the best CPU time of RUNS conversions, in seconds.
best_time() {
  local kind=$1 n=$2 best="" t
  local input="--export-fixes=$WORK/$n.yaml"
  [ "$kind" = text ] && input="--diagnostics=$WORK/$n.txt"
  for _ in $(seq 1 "$RUNS"); do
    t=$( { /usr/bin/time -f "%U %S" "$TOOL" "$input" --source-root="$WORK" \
        -o "$WORK/out.sarif" 2>&1 >/dev/null; } | tail -1 |
        awk '{printf "%.2f", $1 + $2}')
    if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
  done
  echo "$best"
}

LARGE=$((SMALL * FACTOR))
status=0
for kind in yaml text; do
  small=$(best_time "$kind" "$SMALL")
  large=$(best_time "$kind" "$LARGE")
  ratio=$(awk "BEGIN{printf \"%.2f\", $large / ($small > 0.01 ? $small : 0.01)}")
  echo "$kind: $SMALL findings ${small}s, $LARGE findings ${large}s:" \
       "ratio $ratio (linear $FACTOR, quadratic $((FACTOR * FACTOR)))"
  if awk "BEGIN{exit !($ratio > 2 * $FACTOR)}"; then status=1; fi
done
exit $status
