#!/usr/bin/env bash
# Overhead of the wire checks: LLVM 22's clang-tidy with the plugin loaded,
# `--checks=-*,wire-*` against `--checks=-*,readability-braces-around-
# statements`, interleaved over ROUNDS rounds (default 5), medians, on the
# example's translation units and on bench/heavy_tu.cpp with nlohmann::json,
# spdlog, fmt and cpp-httplib both as system headers and vendored (copied
# into build/bench/vendor at run time and included with -I). Then the wire
# checks' own times from --enable-check-profile.
#
# Needs the plugin (bash scripts/build.sh) and the example's dependencies
# (bash scripts/install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

CLANG_TIDY=/usr/lib/llvm-22/bin/clang-tidy
PLUGIN=build/lib/libWireCheck.so
[[ -f $PLUGIN ]] || { echo "overhead: build the plugin first (bash scripts/build.sh)" >&2; exit 1; }

# The example's compilation database, configured inside the build tree.
cmake -G Ninja -S examples -B build/bench/examples >/dev/null

# The vendored copies: the same Debian headers, no longer system headers.
vendor=build/bench/vendor
rm -rf "$vendor"
mkdir -p "$vendor"
cp -r /usr/include/nlohmann /usr/include/spdlog /usr/include/fmt \
  /usr/include/httplib.h "$vendor/"

exec python3 bench/overhead.py --clang-tidy "$CLANG_TIDY" --plugin "$PLUGIN" \
  --config-file examples/.clang-tidy \
  --example-build build/bench/examples --example-source examples \
  --heavy-tu bench/heavy_tu.cpp --vendor-dir "$vendor" \
  --rounds "${ROUNDS:-5}"
