#!/usr/bin/env bash
# Builds wirecheck against Debian's LLVM 19 (clang-tidy-19, libclang-19-dev)
# in build-llvm19/ and runs the lit suites there: the hermetic check tests
# with the plugin and with wirecheck-tidy, the integration tests and the
# module tests. wirecheck-clangd is left out to save CI time
# (WIRECHECK_BUILD_CLANGD=ON builds and tests it too).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${WIRECHECK_LLVM19_BUILD:-build-llvm19}
start=$SECONDS
cmake -G Ninja -S . -B "$build" -DCMAKE_BUILD_TYPE=Release \
  -DWIRECHECK_LLVM_VERSION=19 \
  -DWIRECHECK_BUILD_CLANGD="${WIRECHECK_BUILD_CLANGD:-OFF}"
ninja -C "$build" -j"${JOBS:-2}"
echo "llvm19: build took $((SECONDS - start)) s"
start=$SECONDS
ctest --test-dir "$build" --output-on-failure -R '^lit-'
echo "llvm19: lit suites took $((SECONDS - start)) s"
