#!/usr/bin/env bash
# Measures what wirecheck-index (routes, messages and settings in one parse
# per TU) costs against a plain `clang++ -fsyntax-only` parse of the same
# translation units, in the same invocation, and prints the ratios (the
# target is at most 1.2x in CPU time). The measurement is bench/routes.sh's;
# the TUs are the route integration tests plus the message integration
# tests (real nlohmann, jsoncpp and RapidJSON headers) when they exist.
#
#   bench/index.sh [BUILD_DIR] [COPIES] [RUNS]
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
export WIRECHECK_BENCH_TOOL=wirecheck-index
WIRECHECK_BENCH_TUS=$(cd "$SRC" && ls test/integration/message-contract-*.cpp \
  2>/dev/null | tr '\n' ' ' || true)
export WIRECHECK_BENCH_TUS
exec bash "$SRC/bench/routes.sh" "$@"
