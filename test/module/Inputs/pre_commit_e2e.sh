#!/usr/bin/env bash
# End-to-end test of the `wirecheck` hook with the real pre-commit framework.
# Usage: pre_commit_e2e.sh WORKDIR SOURCE_DIR PYTHON PRE_COMMIT CLANG_TIDY
#        [PLUGIN]
# Prints one "step: ..." line per step (for FileCheck) plus the hook output.
set -u
work=$1 src=$2 python=$3 pre_commit=$4 tidy=$5 plugin=${6:-}
rm -rf "$work" && mkdir -p "$work"
export HOME=$work/home PRE_COMMIT_HOME=$work/pre-commit-cache
export GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_DATE=2000-01-01T00:00:00Z
export GIT_COMMITTER_DATE=2000-01-01T00:00:00Z
mkdir -p "$HOME"
git config --global user.name wirecheck-test
git config --global user.email test@wirecheck.invalid
git config --global init.defaultBranch main
git config --global protocol.file.allow always

# The hook repository: this checkout's manifest and script, committed.
hooks=$work/hooks
mkdir -p "$hooks/scripts"
cp "$src/.pre-commit-hooks.yaml" "$hooks/"
cp "$src/scripts/wirecheck-pre-commit" "$hooks/scripts/"
git -C "$hooks" init -q && git -C "$hooks" add -A &&
  git -C "$hooks" commit -q -m hooks
rev=$(git -C "$hooks" rev-parse HEAD)

# The user's project.
proj=$work/project
mkdir -p "$proj/src" "$proj/build"
cd "$proj" && git init -q
printf 'Checks: "-*,wire-*"\n' > .clang-tidy
odd="src/odd name's [1].cpp"
plain=src/plain.cpp
write_cdb() {
  "$python" - "$proj" "$src/test/checks/Inputs" <<'PY'
import json, os, sys
proj, inputs = sys.argv[1], sys.argv[2]
files = [os.path.join(proj, "src", n) for n in sorted(os.listdir(proj + "/src"))]
json.dump([{"directory": proj, "file": f,
            "arguments": ["clang++", "-std=c++17", "-isystem", inputs, "-c", f]}
           for f in files if f.endswith(".cpp")],
          open(os.path.join(proj, "build", "compile_commands.json"), "w"))
PY
}
hook_args() {  # $1: extra args, as YAML list items
  local extra="--clang-tidy, '$tidy'"
  [ -n "$plugin" ] && extra="$extra, --plugin, '$plugin'"
  cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $hooks
    rev: $rev
    hooks:
      - id: wirecheck
        args: [$extra$1]
YAML
  git add .pre-commit-config.yaml
}
violation() {
  cat <<'CPP'
#include <nlohmann/json.hpp>
enum class Color { Red, Green };
const char *name(Color C);
// An unrelated line.
nlohmann::json colorJson(Color C) { return nlohmann::json(C); }
CPP
}
commit() {  # $1: label
  git commit -q -m "$1" > "$work/out.txt" 2>&1
  local rc=$?
  sed 's/^/  | /' "$work/out.txt"
  echo "step: $1: commit exit $rc"
}

hook_args ""
"$pre_commit" install > /dev/null || echo "step: install failed"
printf 'int plain() { return 0; }\n' > "$plain"
write_cdb
git add .clang-tidy "$plain" && commit "clean first commit"

# A violation in a file with spaces and quotes in its name is rejected.
violation > "$odd"
write_cdb
git add "$odd" && commit "violation"
git diff --cached --quiet && echo "step: nothing staged" ||
  echo "step: still staged"

# Fixed: the commit passes.
sed -i 's/nlohmann::json(C)/nlohmann::json(name(C))/' "$odd"
git add "$odd" && commit "fixed"

# The violation comes back by --no-verify; a later commit touching only an
# unrelated line passes with --changed-lines and fails without.
violation > "$odd"
git add "$odd" && git commit -q --no-verify -m legacy
sed -i 's|// An unrelated line.|// An unrelated line, edited.|' "$odd"
git add "$odd" && commit "unrelated edit without --changed-lines"
hook_args ", --changed-lines"
commit "unrelated edit with --changed-lines"
# ... but an edit of the violating line itself is still reported.
sed -i 's/colorJson(Color C)/colorToJson(Color C)/' "$odd"
git add "$odd" && commit "edit of the violating line with --changed-lines"
git reset -q --hard

# A staged header alone is linted through a source that includes it.
printf '#pragma once\n#include <nlohmann/json.hpp>\nenum class Shade { Dark };\n' \
  > src/shade.h
printf '#include "shade.h"\nint plain() { return 0; }\n' > "$plain"
git add src/shade.h "$plain" && commit "header added"
echo 'inline nlohmann::json shadeJson(Shade S) { return nlohmann::json(S); }' \
  >> src/shade.h
git add src/shade.h && commit "header-only violation"
git reset -q --hard

# No compile_commands.json: a clear message, and the commit is refused.
rm -rf build
printf '// touch\n' >> "$plain"
git add "$plain" && commit "no compilation database"
