#!/usr/bin/env bash
# The wirecheck demo: builds the plugin and the agent-control example
# (examples/), runs the example once to show what it puts on the wire, then
# runs wirecheck-index over the whole project and clang-tidy with the `wire`
# checks on every one of its translation units, and compares the findings of
# both with the `// expect:` markers in its sources.
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
echo "== build/bin/wirecheck-index -p examples/build --asyncapi examples/asyncapi.yaml"
echo "   (the whole project: the e2e test calls routes the server never"
echo "   registered and reads the token secret under another name; the agent's"
echo "   run tracker waits for an event and reads a field the server names"
echo "   differently; it also writes the manifest the per-TU checks read)"
set +e
# The HTTP replies (not_found, auth_error, closed, stopping) are not session
# messages: the AsyncAPI document does not describe them.
build/bin/wirecheck-index -p examples/build \
  --manifest-out examples/build/index.json \
  --asyncapi examples/asyncapi.yaml \
  --asyncapi-exclude 'not_found;auth_error;closed;stopping' \
  | tee examples/build/index.txt
index_rc=${PIPESTATUS[0]}
set -e
if [[ $index_rc -ne 1 ]]; then
  echo "demo: wirecheck-index exited $index_rc, expected 1 (findings)" >&2
  exit 1
fi

echo
echo "== $CLANG_TIDY -load $PLUGIN -p examples/build"
echo "   (configuration: examples/.clang-tidy, plus the manifest; the"
echo "   count includes wirecheck-index's findings, each place once)"
exec python3 scripts/count_findings.py --clang-tidy "$CLANG_TIDY" \
  --plugin "$PLUGIN" -p examples/build -j "${JOBS:-2}" \
  --route-manifest examples/build/index.json \
  --message-manifest examples/build/index.json \
  --index-findings examples/build/index.txt examples
