#!/usr/bin/env python3
"""Runs one wire check on a lit test file, clang-tidy style.

Usage (through lit's %check_clang_tidy substitution):
  %check_clang_tidy [-check-suffix=S | -check-suffixes=S1,S2] [-std=STD]
      [-config=JSON] [-compile-fixed] %s check-name %t
      [-- clang-tidy-args [-- compiler-args]]

The CHECK lines are blanked (so line numbers stay put), clang-tidy runs with
-fix on a copy, and FileCheck verifies
  CHECK-MESSAGES[-S]: warnings/errors (every other warning fails the test),
  CHECK-NOTES[-S]:    warnings and notes (every other one fails the test),
  CHECK-FIXES[-S]:    full lines of the fixed file (leading and trailing
                      blanks ignored).
A file without CHECK-MESSAGES/CHECK-NOTES must produce no diagnostic.
-compile-fixed compiles the fixed file (clang++ -fsyntax-only -Wformat
-Werror=format, same standard and compiler arguments): every fix-it applied
must leave code that builds, format strings included.
-std=c++17-or-later runs the test once per standard from C++17 to C++23.
Tools come from absolute paths given by lit's configuration, never PATH.
"""

import argparse
import os
import re
import subprocess
import sys

STANDARDS = ["c++17", "c++20", "c++23"]


def fail(msg):
    sys.stderr.write("check_clang_tidy: " + msg + "\n")
    sys.exit(1)


def expand_std(std):
    if std.endswith("-or-later"):
        base = std[: -len("-or-later")]
        if base not in STANDARDS:
            fail("unknown standard " + std)
        return STANDARDS[STANDARDS.index(base):]
    return [s for s in std.split(",") if s]


def run(cmd, **kw):
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True, **kw)
    return proc.returncode, proc.stdout


def compile_fixed(clangxx, fixed, std, input_file, compiler_args):
    """Fails unless the file with every fix-it applied compiles."""
    if not clangxx:
        fail("-compile-fixed needs --clangxx (set by lit.cfg.py)")
    cmd = [clangxx, "-fsyntax-only", "-Wformat", "-Werror=format",
           "-std=" + std, "-isystem",
           os.path.join(os.path.dirname(input_file), "Inputs")]
    cmd += compiler_args + [fixed]
    code, out = run(cmd)
    if code:
        with open(fixed, encoding="utf-8") as f:
            text = f.read()
        fail("the fixed file does not compile (%s):\n%s\n%s\n"
             "--- fixed file ---\n%s" % (std, " ".join(cmd), out, text))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--clang-tidy", required=True)
    parser.add_argument("--filecheck", required=True)
    parser.add_argument("--plugin", default="")
    parser.add_argument("--clangxx", default="")
    parser.add_argument("-compile-fixed", action="store_true")
    parser.add_argument("-check-suffix", "-check-suffixes", default="",
                        dest="suffixes")
    parser.add_argument("-std", default="c++17-or-later")
    parser.add_argument("-config", default="")
    parser.add_argument("-expect-clang-tidy-error", action="store_true")
    parser.add_argument("input_file")
    parser.add_argument("check_name")
    parser.add_argument("temp_file")
    args, rest = parser.parse_known_args()

    tidy_extra, compiler_args = [], []
    if "--" in rest:
        i = rest.index("--")
        tidy_extra, after = rest[:i], rest[i + 1:]
        if "--" in after:
            j = after.index("--")
            tidy_extra += after[:j]
            compiler_args = after[j + 1:]
        else:
            compiler_args = after
    else:
        tidy_extra = rest

    suffixes = [s for s in args.suffixes.split(",") if s] or [""]
    with open(args.input_file, encoding="utf-8") as f:
        text = f.read()

    prefixes = {}
    for s in suffixes:
        tail = "-" + s if s else ""
        prefixes[s] = {
            kind: kind + tail for kind in ("CHECK-MESSAGES", "CHECK-NOTES",
                                           "CHECK-FIXES")}

    def has(prefix):
        return re.search(r"\b" + re.escape(prefix) + r":", text) is not None

    # Blank every CHECK line but keep the line count.
    cleaned = re.sub(r"^[ \t]*//[ \t]*CHECK-(MESSAGES|NOTES|FIXES)[^:]*:.*$",
                     "//", text, flags=re.M)

    ext = os.path.splitext(args.input_file)[1] or ".cpp"
    for std in expand_std(args.std):
        temp = args.temp_file + "." + std.replace("+", "x") + ext
        with open(temp, "w", encoding="utf-8") as f:
            f.write(cleaned)
        cmd = [args.clang_tidy]
        if args.plugin:
            cmd += ["-load", args.plugin]
        cmd += [temp, "-fix", "--checks=-*," + args.check_name]
        cmd += ["--config=" + (args.config or "{}")]
        cmd += tidy_extra
        cmd += ["--", "-std=" + std]
        cmd += ["-isystem", os.path.join(os.path.dirname(args.input_file),
                                     "Inputs")]
        cmd += compiler_args
        code, output = run(cmd)
        if code != 0 and not args.expect_clang_tidy_error:
            # clang-tidy exits 1 on compiler errors; show everything.
            if re.search(r"error:", output):
                fail("clang-tidy failed (%s):\n%s\n%s" % (
                    std, " ".join(cmd), output))
        # Drop clang-tidy's own chatter.
        diag = "\n".join(
            l for l in output.splitlines()
            if not re.match(r"^(\d+ warnings? (and \d+ errors? )?generated|"
                            r"Suppressed \d+ warnings|Use -header-filter|"
                            r"clang-tidy applied|Applying fixes|"
                            r"\d+ errors? generated)", l)) + "\n"

        if args.compile_fixed:
            compile_fixed(args.clangxx, temp, std, args.input_file,
                          compiler_args)

        for s in suffixes:
            p = prefixes[s]
            # CHECK-MESSAGES sees warnings and errors, CHECK-NOTES notes too;
            # anything else of those kinds fails the test.
            for kind, banned in (("CHECK-MESSAGES", "warning|error"),
                                 ("CHECK-NOTES", "note|warning|error")):
                if not has(p[kind]):
                    continue
                code, out = run([args.filecheck, "-input-file=-",
                                 args.input_file, "-check-prefix=" + p[kind],
                                 "-implicit-check-not={{%s}}:" % banned],
                                input=diag)
                if code:
                    fail("%s failed (%s):\n%s\n--- output ---\n%s"
                         % (kind, std, out, diag))
            if not has(p["CHECK-MESSAGES"]) and not has(p["CHECK-NOTES"]):
                if re.search(r"(warning|error):", diag):
                    fail("expected no diagnostics (%s), got:\n%s" % (std, diag))
            if has(p["CHECK-FIXES"]):
                code, out = run([args.filecheck, "-input-file=" + temp,
                                 args.input_file,
                                 "-check-prefix=" + p["CHECK-FIXES"],
                                 "-match-full-lines"])
                if code:
                    with open(temp, encoding="utf-8") as f:
                        fixed = f.read()
                    fail("CHECK-FIXES failed (%s):\n%s\n--- fixed file ---\n%s"
                         % (std, out, fixed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
