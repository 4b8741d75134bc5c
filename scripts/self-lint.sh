#!/usr/bin/env bash
# Runs the project's own .clang-tidy over wirecheck's sources (lib/, checks/,
# tools/) using the build's compile_commands.json. Fails on any finding.
set -uo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$src/build}
llvm=${WIRECHECK_LLVM_ROOT:-/usr/lib/llvm-22}
cd "$src" || exit 2
out=$("$llvm/bin/run-clang-tidy" -quiet -p "$build" \
  -clang-tidy-binary "$llvm/bin/clang-tidy" \
  -j "$(nproc)" "^$src/(lib|checks|tools)/" 2>&1)
rc=$?
printf '%s\n' "$out" | grep -E 'warning:|error:|note:' || true
if [ "$rc" -ne 0 ]; then
  echo "self-lint: findings in wirecheck's own sources (rc=$rc)"
  exit 1
fi
echo "self-lint: clean"
