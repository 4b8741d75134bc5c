#!/usr/bin/env bash
# Installs the dependencies, builds wirecheck and runs the whole test suite
# (lit suites, unit tests, the example demo) through ctest, on LLVM 22 and
# (lit suites) on LLVM 19. Works without a
# terminal (CI=true); ctest's summary is the last thing printed.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
bash scripts/build.sh
# The second supported LLVM: the plugin, wirecheck-tidy and the lit suites
# built and run against Debian's LLVM 19 (in build-llvm19/).
bash scripts/test-llvm19.sh
exec ctest --test-dir build --output-on-failure
