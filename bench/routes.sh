#!/usr/bin/env bash
# Measures what wirecheck-routes costs against a plain `clang++ -fsyntax-only`
# parse of the same translation units, serially and on all cores, and
# prints the ratios. One invocation:
#
#   bench/routes.sh [BUILD_DIR] [COPIES] [RUNS]
#
# The TUs are the route integration tests (real Debian headers: cpp-httplib,
# cpprestsdk, Pistache, Boost.Beast, websocketpp, libcurl), COPIES times
# each. Every measurement is the best of RUNS (default 3).
#
# bench/index.sh runs the same measurement for wirecheck-index by setting
# WIRECHECK_BENCH_TOOL (the tool under bin/) and WIRECHECK_BENCH_TUS (more
# globs of TUs, relative to the source tree, besides the route tests).
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$SRC/build}
COPIES=${2:-2}
RUNS=${3:-3}
CLANG=/usr/lib/llvm-22/bin/clang++
NAME=${WIRECHECK_BENCH_TOOL:-wirecheck-routes}
TOOL=$BUILD/bin/$NAME
JOBS=$(nproc)
[ -x "$TOOL" ] || { echo "no $TOOL: build first" >&2; exit 2; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for i in $(seq 1 "$COPIES"); do
  for f in "$SRC"/test/integration/route-mismatch-real-*.cpp \
           ${WIRECHECK_BENCH_TUS:-}; do
    [ -f "$f" ] || f=$SRC/$f
    [ -f "$f" ] || continue
    cp "$f" "$WORK/$(basename "$f" .cpp)-$i.cpp"
  done
done
python3 - "$WORK" "$CLANG" <<'PY'
import json, os, sys
work, clang = sys.argv[1:3]
entries = []
for name in sorted(os.listdir(work)):
    if not name.endswith(".cpp"):
        continue
    args = [clang, "-std=c++17", "-c", os.path.join(work, name)]
    # The flags the integration tests give these TUs.
    if "pistache" in name or "rapidjson" in name:
        args.insert(2, "-fdelayed-template-parsing")
    if "jsoncpp" in name:
        args[2:2] = ["-isystem", "/usr/include/jsoncpp"]
    entries.append({"directory": work, "file": os.path.join(work, name),
                    "arguments": args})
json.dump(entries, open(os.path.join(work, "compile_commands.json"), "w"))
PY
python3 - "$WORK" > "$WORK/syntax.cmds" <<'PY'
import json, shlex, sys
for e in json.load(open(sys.argv[1] + "/compile_commands.json")):
    args = [a for a in e["arguments"] if a != "-c"] + ["-fsyntax-only"]
    print(" ".join(shlex.quote(a) for a in args))
PY
TUS=$(wc -l < "$WORK/syntax.cmds")

# best_of CMD...: "WALL CPU" (seconds) of the run with the least CPU time
# among RUNS runs. CPU time (user + sys of all processes) is what the
# comparison rests on: it does not depend on how busy the machine is.
best_of() {
  local best_wall="" best_cpu=""
  for _ in $(seq 1 "$RUNS"); do
    local out wall cpu
    out=$( { TIMEFORMAT='%R %U %S'; time "$@" > /dev/null 2>&1 || true; } 2>&1 )
    wall=$(echo "$out" | awk '{print $1}')
    cpu=$(echo "$out" | awk '{print $2 + $3}')
    if [ -z "$best_cpu" ] || [ "$(echo "$cpu < $best_cpu" | bc -l)" = 1 ]; then
      best_cpu=$cpu
      best_wall=$wall
    fi
  done
  printf '%.3f %.3f' "$best_wall" "$best_cpu"
}

syntax_serial() { while read -r cmd; do eval "$cmd"; done < "$WORK/syntax.cmds"; }
syntax_parallel() { xargs -P "$JOBS" -I{} sh -c '{}' < "$WORK/syntax.cmds"; }

read -r S1W S1C <<< "$(best_of syntax_serial)"
read -r T1W T1C <<< "$(best_of "$TOOL" -p "$WORK" -j 1)"
read -r SNW SNC <<< "$(best_of syntax_parallel)"
read -r TNW TNC <<< "$(best_of "$TOOL" -p "$WORK" -j "$JOBS")"

ratio() { printf '%.2f' "$(echo "$1 / $2" | bc -l)"; }
echo "$NAME vs clang++ -fsyntax-only: $TUS TUs, $JOBS cores, best of $RUNS"
printf '  CPU time, 1 job:  syntax-only %7ss  %s %7ss  ratio %sx\n' \
  "$S1C" "$NAME" "$T1C" "$(ratio "$T1C" "$S1C")"
printf '  CPU time, %s jobs: syntax-only %7ss  %s %7ss  ratio %sx\n' \
  "$JOBS" "$SNC" "$NAME" "$TNC" "$(ratio "$TNC" "$SNC")"
printf '  wall, 1 job:      syntax-only %7ss  %s %7ss  ratio %sx\n' \
  "$S1W" "$NAME" "$T1W" "$(ratio "$T1W" "$S1W")"
printf '  wall, %s jobs:     syntax-only %7ss  %s %7ss  ratio %sx\n' \
  "$JOBS" "$SNW" "$NAME" "$TNW" "$(ratio "$TNW" "$SNW")"
printf '  scaling (wall):   %s 1 -> %s jobs %sx faster, syntax-only %sx\n' \
  "$NAME" "$JOBS" "$(ratio "$T1W" "$TNW")" "$(ratio "$S1W" "$SNW")"
