#!/usr/bin/env python3
"""Runs clang-tidy with the wirecheck plugin on every translation unit of a
project and compares the findings with the `// expect: CHECK` markers in its
sources.

A marker is a trailing comment on the line where a diagnostic lands:

    {"state", session->state()}, // expect: wire-enum-serialization

Several checks (or the same check twice) are separated by commas. A
finding that is wrong (a false positive of a check, reported and awaiting a
fix) is marked `// known-fp: CHECK` instead: it must still appear, so the
marker goes when the check is fixed, but it is counted apart from the
expected findings. The clang-tidy configuration comes from the project's
.clang-tidy files, unless --checks or --config is given.

With --index-findings, the findings of a whole-project tool run
(`wirecheck-index`, whose settings and cross-TU findings no single TU shows)
are counted too; a finding both report at the same place counts once.

Prints every finding once (a finding in a header is reported by each TU that
includes it), then `expected N, found M` (known false positives apart), then
what is missing or unexpected. Exits 0 when findings and markers agree
exactly, 1 when they differ, 2 when clang-tidy could not analyse a file.
"""

import argparse
import collections
import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

DIAG = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+):(?P<col>\d+): "
                  r"(?P<kind>warning|error|note): (?P<msg>.*?)"
                  r"(?: \[(?P<check>[^\]\s]+)\])?$")
MARKER = re.compile(r"//\s*(?P<kind>expect|known-fp):\s*"
                    r"(?P<checks>[\w.-]+(?:\s*,\s*[\w.-]+)*)")
SOURCE_SUFFIXES = (".c", ".cc", ".cpp", ".cxx", ".h", ".hh", ".hpp", ".hxx")


def translation_units(build_dir, source_dir):
    path = os.path.join(build_dir, "compile_commands.json")
    with open(path) as f:
        entries = json.load(f)
    files = []
    for entry in entries:
        name = os.path.realpath(
            os.path.join(entry.get("directory", ""), entry["file"]))
        if name.startswith(source_dir + os.sep) and name not in files:
            files.append(name)
    return sorted(files)


def is_build_tree(directory):
    return os.path.exists(os.path.join(directory, "CMakeCache.txt"))


def expected_markers(source_dir):
    """Counters of (file, line, check) from the `expect` and the `known-fp`
    markers under source_dir."""
    expected = collections.Counter()
    known_fp = collections.Counter()
    for root, dirs, files in os.walk(source_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and
                         not is_build_tree(os.path.join(root, d)))
        for name in sorted(files):
            if not name.endswith(SOURCE_SUFFIXES):
                continue
            path = os.path.join(root, name)
            with open(path, encoding="utf-8", errors="replace") as f:
                for number, text in enumerate(f, 1):
                    for match in MARKER.finditer(text):
                        into = (expected if match.group("kind") == "expect"
                                else known_fp)
                        for check in match.group("checks").split(","):
                            into[(path, number, check.strip())] += 1
    return expected, known_fp


def run_tidy(args, tu):
    command = [args.clang_tidy, "-load", args.plugin, "-p", args.build_dir,
               "--quiet"]
    if args.checks:
        command.append("--checks=" + args.checks)
    if args.config:
        command.append("--config=" + args.config)
    command.append(tu)
    result = subprocess.run(command, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, universal_newlines=True)
    return tu, result


def parse_blocks(output):
    """Splits clang-tidy output into diagnostics, each with its notes and
    source excerpts."""
    blocks = []
    for text in output.splitlines():
        match = DIAG.match(text)
        if match and match.group("kind") != "note":
            blocks.append((match, [text]))
        elif blocks:
            blocks[-1][1].append(text)
    return blocks


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source_dir", help="the project's source root")
    parser.add_argument("-p", dest="build_dir", required=True,
                        help="build directory with compile_commands.json")
    parser.add_argument("--clang-tidy", required=True,
                        help="absolute path of the clang-tidy to run")
    parser.add_argument("--plugin", required=True,
                        help="the wirecheck plugin (libWireCheck.so)")
    parser.add_argument("--checks", help="override the configured checks")
    parser.add_argument("--config", help="override the .clang-tidy files")
    parser.add_argument("--route-manifest",
                        help="a manifest written by wirecheck-routes: added to "
                             "the source root's .clang-tidy as "
                             "wire-route-mismatch.RouteManifest, so each TU "
                             "sees the routes of the others")
    parser.add_argument("--message-manifest",
                        help="a manifest written by wirecheck-index: added as "
                             "wire-message-contract.MessageManifest, so each "
                             "TU sees the messages of the others")
    parser.add_argument("--index-findings",
                        help="the output of wirecheck-index on the project: "
                             "its findings are counted with clang-tidy's")
    parser.add_argument("-j", dest="jobs", type=int, default=2)
    parser.add_argument("--quiet", action="store_true",
                        help="print only the summary and the differences")
    args = parser.parse_args()

    source_dir = os.path.realpath(args.source_dir)
    manifests = [("wire-route-mismatch.RouteManifest", args.route_manifest),
                 ("wire-message-contract.MessageManifest",
                  args.message_manifest)]
    if any(path for _, path in manifests) and not args.config:
        # The example's .clang-tidy ends with its CheckOptions block.
        with open(os.path.join(source_dir, ".clang-tidy")) as f:
            args.config = f.read().rstrip("\n") + "\n" + "".join(
                "  %s: '%s'\n" % (option, os.path.realpath(path))
                for option, path in manifests if path)
    args.build_dir = os.path.realpath(args.build_dir)
    tus = translation_units(args.build_dir, source_dir)
    if not tus:
        print("count_findings: no translation unit of %s in %s" %
              (source_dir, args.build_dir), file=sys.stderr)
        return 2

    found = collections.Counter()
    printed = set()
    failed = []

    def count(blocks):
        for match, lines in blocks:
            if match.group("kind") == "error":
                continue
            path = os.path.realpath(match.group("file"))
            key = (path, int(match.group("line")), int(match.group("col")),
                   match.group("check") or "")
            if key in printed:
                continue  # The same header finding from another TU.
            printed.add(key)
            found[(path, key[1], key[3])] += 1
            if not args.quiet:
                print("\n".join(lines))

    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for tu, result in pool.map(lambda tu: run_tidy(args, tu), tus):
            blocks = parse_blocks(result.stdout)
            errors = [b for b in blocks if b[0].group("kind") == "error"]
            if errors or result.returncode != 0:
                failed.append((tu, result, errors))
            count(blocks)
    if args.index_findings:
        with open(args.index_findings) as f:
            count(parse_blocks(f.read()))

    for tu, result, errors in failed:
        print("count_findings: clang-tidy failed on %s (exit %d)" %
              (tu, result.returncode), file=sys.stderr)
        for _, lines in errors:
            print("\n".join(lines), file=sys.stderr)
        if not errors:
            print(result.stderr, file=sys.stderr)

    expected, known_fp = expected_markers(source_dir)
    found_fp = found & known_fp
    found_real = found - found_fp
    missing = expected - found_real
    missing_fp = known_fp - found_fp
    unexpected = found_real - expected
    cwd = os.getcwd()

    def where(key):
        return "%s:%d [%s]" % (os.path.relpath(key[0], cwd), key[1], key[2])

    if known_fp:
        print("known false positives (// known-fp:): %d marked, %d found" %
              (sum(known_fp.values()), sum(found_fp.values())))
        for key in sorted(found_fp):
            print("known false positive: %s" % where(key))
    print("expected %d, found %d" % (sum(expected.values()),
                                     sum(found_real.values())))
    for key in sorted(missing):
        print("missing: %s" % where(key))
    for key in sorted(missing_fp):
        print("fixed? known false positive no longer reported (remove its "
              "marker): %s" % where(key))
    for key in sorted(unexpected):
        print("unexpected: %s" % where(key))
    if failed:
        return 2
    return 1 if missing or missing_fp or unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
