#!/usr/bin/env bash
# Runs scripts/wirecheck-pre-commit by hand (as a plain git hook would) in a
# temporary repository, one scenario per lit test.
# Usage: pre_commit_direct.sh WORKDIR SOURCE_DIR PYTHON SCENARIO CLANG_TIDY
#        [PLUGIN]
# SCENARIO: header, staged, errors or crash. Prints one "step: ..." line per
# hook run (its exit status and how many lines it wrote on stderr), after
# the hook's stdout ("  | ") and stderr ("  ! ").
set -u
work=$1 src=$2 python=$3 scenario=$4 tidy=$5 plugin=${6:-}
rm -rf "$work" && mkdir -p "$work"
export HOME=$work/home GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=wirecheck-test GIT_AUTHOR_EMAIL=test@wirecheck.invalid
export GIT_COMMITTER_NAME=wirecheck-test
export GIT_COMMITTER_EMAIL=test@wirecheck.invalid
export GIT_AUTHOR_DATE=2000-01-01T00:00:00Z
export GIT_COMMITTER_DATE=2000-01-01T00:00:00Z
mkdir -p "$HOME"

repo=$work/repo
mkdir -p "$repo/src" "$repo/include/wire" "$repo/build"
cd "$repo" && git init -q
printf 'Checks: "-*,wire-*"\n' > .clang-tidy

# Every .cpp under src/ compiled from build/, with -I include.
write_cdb() {
  "$python" - "$repo" "$src/test/checks/Inputs" <<'PY'
import json, os, sys
repo, inputs = sys.argv[1], sys.argv[2]
src = os.path.join(repo, "src")
json.dump([{"directory": os.path.join(repo, "build"),
            "file": os.path.join(src, n),
            "arguments": ["clang++", "-std=c++17", "-isystem", inputs,
                          "-I../include", "-c", os.path.join(src, n)]}
           for n in sorted(os.listdir(src)) if n.endswith(".cpp")],
          open(os.path.join(repo, "build", "compile_commands.json"), "w"))
PY
}

hook_script=$src/scripts/wirecheck-pre-commit
hook() {  # $1: label; then extra hook arguments
  local label=$1
  shift
  local args=(-p build --clang-tidy "$tidy")
  [ -n "$plugin" ] && args+=(--plugin "$plugin")
  "$python" "$hook_script" "${args[@]}" "$@" > "$work/out" 2> "$work/err"
  local rc=$?
  sed 's/^/  | /' "$work/out"
  sed 's/^/  ! /' "$work/err"
  echo "step: $label: hook exit $rc, $(wc -l < "$work/err") line(s) on stderr"
}

commit_all() {
  git add -A && git commit -q -m "$1"
}

# nlohmann::json(E) of an enum E: a wire-enum-serialization finding.
bad() { echo "inline nlohmann::json ${1}Json($2 V) { return nlohmann::json(V); }"; }

cat > src/color.h <<'CPP'
#pragma once
#include <nlohmann/json.hpp>
enum class Color { Red, Green };
const char *name(Color C);
CPP

scenario_header() {
  cat > include/wire/detail.h <<'CPP'
#pragma once
#include <nlohmann/json.hpp>
enum class Level { Low, High };
CPP
  printf '#pragma once\n#include <wire/detail.h>\n' > include/wire/api.h
  # use.cpp has an old finding of its own: a TU linted for a header must
  # not report it.
  cat > src/use.cpp <<'CPP'
#include "color.h"
#include <wire/api.h>
// An unrelated line.
nlohmann::json legacy(Color C) { return nlohmann::json(C); }
CPP
  printf 'int other() { return 0; }\n' > src/other.cpp
  printf '#pragma once\n#include <nlohmann/json.hpp>\n' > src/lonely.h
  write_cdb
  commit_all base

  bad color Color >> src/color.h
  git add src/color.h
  hook "header only"
  git reset -q --hard

  bad level Level >> include/wire/detail.h
  git add include/wire/detail.h
  hook "transitive header"
  git reset -q --hard

  printf '// A comment.\n' >> src/color.h
  git add src/color.h
  hook "clean header change"
  git reset -q --hard

  bad color Color >> src/color.h
  commit_all "legacy header finding"
  sed -i 's|^#pragma once|&  // Edited.|' src/color.h
  git add src/color.h
  hook "header edit elsewhere without --changed-lines"
  hook "header edit elsewhere with --changed-lines" --changed-lines
  git reset -q --hard HEAD~1

  bad color Color >> src/color.h
  sed -i 's|// An unrelated line.|// An unrelated line, edited.|' src/use.cpp
  git add src/color.h src/use.cpp
  hook "header and an including source" --changed-lines
  git reset -q --hard

  enum_decl='enum class Mood { Calm };'
  printf '%s\n' "$enum_decl" >> src/lonely.h
  bad mood Mood >> src/lonely.h
  git add src/lonely.h
  hook "header no TU includes"
  git reset -q --hard

  bad color Color >> src/color.h
  git add src/color.h
  hook "include scan out of time" --include-scan-seconds 0
  git reset -q --hard
}

# Stages a violation at the end of $1, removes it from the working copy only
# and runs the hook as step $2.
staged_violation_only() {
  bad color Color >> "$1"
  git add "$1"
  sed -i '$d' "$1"
  hook "$2"
  git reset -q --hard
}

scenario_staged() {
  cat > src/main.cpp <<'CPP'
#include "color.h"
nlohmann::json ok(Color C) { return nlohmann::json(name(C)); }
CPP
  write_cdb
  commit_all base

  staged_violation_only src/main.cpp \
    "violation staged, fixed in the working tree"

  printf '// A staged comment.\n' >> src/main.cpp
  git add src/main.cpp
  bad color Color >> src/main.cpp
  hook "clean staged, violation in the working tree"
  git reset -q --hard

  staged_violation_only src/color.h \
    "header violation staged, fixed in the working tree"

  # The staged source needs name(), which only the unstaged header drops.
  printf '// A staged comment.\n' >> src/main.cpp
  git add src/main.cpp
  sed -i '/name(Color C)/d' src/color.h
  hook "unstaged header edit that breaks the staged source"
  git reset -q --hard

  bad color Color >> src/main.cpp
  git add src/main.cpp
  rm src/main.cpp
  hook "violation staged, file deleted from the working tree"
  git reset -q --hard

  # The compile database names the repository through a symbolic link.
  ln -s "$repo" "$work/link"
  sed -i "s|$repo/|$work/link/|g" build/compile_commands.json
  staged_violation_only src/color.h \
    "header staged, database through a symbolic link"
}

# A clean src/main.cpp, committed, then a clean edit of it staged.
one_staged_source() {
  printf 'int main() { return 0; }\n' > src/main.cpp
  write_cdb
  commit_all base
  printf '// Staged.\n' >> src/main.cpp
  git add src/main.cpp
}

scenario_errors() {
  one_staged_source
  local cdb=build/compile_commands.json good
  good=$(cat "$cdb")

  printf '[{"directory": ' > "$cdb"
  hook "malformed compile database"
  printf '{"directory": "/"}' > "$cdb"
  hook "compile database not an array"
  printf '[{"file": "%s/src/main.cpp", "command": "clang++ -c main.cpp"}]' \
    "$repo" > "$cdb"
  hook "entry without directory"
  printf '[{"directory": "%s", "file": "src/main.cpp", "command": "c++ \x27a"}]' \
    "$repo" > "$cdb"
  hook "unbalanced quote in command"
  printf '[{"directory": "%s/gone", "file": "%s/src/main.cpp", "command": "c++ -c x"}]' \
    "$repo" "$repo" > "$cdb"
  hook "directory that does not exist"
  printf '\xff[]' > "$cdb"
  hook "compile database not UTF-8"
  printf '%s' "$good" > "$cdb"

  printf '#!/nonexistent/interpreter\n' > "$work/bad-interpreter"
  chmod +x "$work/bad-interpreter"
  tidy=$work/bad-interpreter hook "clang-tidy with a missing interpreter"
  ln -sf "$work/nowhere" "$work/dangling"
  tidy=$work/dangling hook "clang-tidy a dangling link"
  tidy=$work hook "clang-tidy a directory"
  plugin=$work/no-such-plugin.so hook "plugin that does not load"
  hook "good set-up"
}

scenario_crash() {
  one_staged_source
  # A clang-tidy that answers --version, then crashes as $FAKE_CRASH says.
  cat > "$work/fake-tidy" <<'SH'
#!/bin/sh
ulimit -c 0
case " $* " in *" --version "*) echo "fake clang-tidy"; exit 0 ;; esac
case $FAKE_CRASH in
  segv) kill -SEGV $$ ;;
  status) exit 139 ;;
  banner)
    echo "PLEASE submit a bug report to https://example.invalid and include the crash backtrace."
    echo "Stack dump:"
    exit 1 ;;
esac
exit 1
SH
  chmod +x "$work/fake-tidy"
  tidy=$work/fake-tidy plugin=''
  FAKE_CRASH=segv hook "clang-tidy killed by SIGSEGV"
  FAKE_CRASH=status hook "clang-tidy exit status 139"
  FAKE_CRASH=banner hook "clang-tidy crash banner, exit status 1"
  FAKE_CRASH=none hook "clang-tidy exit status 1 (findings)"
}

"scenario_$scenario"
