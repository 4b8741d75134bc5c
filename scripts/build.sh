#!/usr/bin/env bash
# Configures and builds wirecheck into build/ (Ninja, Release, no debug
# info): the plugin build/lib/libWireCheck.so, the tools and the unit tests.
# JOBS (default 2) bounds the parallel compile jobs.
set -euo pipefail
cd "$(dirname "$0")/.."

cmake -G Ninja -S . -B build -DCMAKE_BUILD_TYPE=Release
ninja -C build -j "${JOBS:-2}"
