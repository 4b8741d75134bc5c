#!/usr/bin/env bash
# The wirecheck demo: builds the plugin and the agent-control example
# (examples/), runs the example once to show what it puts on the wire, then
# runs clang-tidy with the `wire` checks on every one of its translation units
# and compares the findings with the `// expect:` markers in its sources.
# Ends with `expected N, found M`; exits non-zero if a marked finding is
# missing or an unmarked one appears.
set -euo pipefail
cd "$(dirname "$0")/.."

CLANG_TIDY=/usr/lib/llvm-22/bin/clang-tidy
PLUGIN=build/lib/libWireCheck.so

bash scripts/install-deps.sh
bash scripts/build.sh

echo
echo "== building the example (examples/ -> examples/build)"
cmake -G Ninja -S examples -B examples/build
ninja -C examples/build -j "${JOBS:-2}"

echo
echo "== on the wire: examples/build/agent-control --self-test"
echo "   (the auth_error reply, the warning and the summary's history carry"
echo "   WebSocketState as integers; the replies built by"
echo "   serialize_message_safely() carry names)"
timeout 60 examples/build/agent-control --self-test

echo
echo "== build/bin/wirecheck-routes -p examples/build (the whole project)"
echo "   (the e2e test calls routes the server never registered; it also"
echo "   writes the manifest the per-TU check reads)"
set +e
build/bin/wirecheck-routes -p examples/build \
  --manifest-out examples/build/routes.json
routes_rc=$?
set -e
if [[ $routes_rc -ne 1 ]]; then
  echo "demo: wirecheck-routes exited $routes_rc, expected 1 (findings)" >&2
  exit 1
fi

echo
echo "== $CLANG_TIDY -load $PLUGIN -p examples/build"
echo "   (configuration: examples/.clang-tidy, plus the route manifest)"
exec python3 scripts/count_findings.py --clang-tidy "$CLANG_TIDY" \
  --plugin "$PLUGIN" -p examples/build -j "${JOBS:-2}" \
  --route-manifest examples/build/routes.json examples
