#!/usr/bin/env bash
# Installs the dependencies, builds wirecheck and runs the whole test suite
# (lit suites, unit tests, the example demo) through ctest. Works without a
# terminal (CI=true); ctest's summary is the last thing printed.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
bash scripts/build.sh
exec ctest --test-dir build --output-on-failure
