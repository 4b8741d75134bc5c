#!/usr/bin/env python3
"""Scaling benchmarks for the failure modes of issue "never green when
nothing was checked": each case grows one input and prints, per size, the
wire checks' cost next to a baseline measured in the same invocation, and
the growth factor from one size to the next.

  nested    nlohmann::json brace lists nested D deep, each level holding an
            enum: peak memory (max RSS) of clang-tidy with the enum and
            object checks against a trivial built-in check. clang's own
            memory stays flat with depth; ours must too.
  notes     N findings through a chain of L project logging wrappers:
            notes printed per finding. A chain is summarised, not repeated
            for every finding.
  manifest  a route manifest of R routes read by wire-route-mismatch over
            T translation units in one clang-tidy process: CPU time against
            the same run without the manifest. The manifest is parsed once
            per process, not once per TU.

Usage: bench/scaling.py [nested|notes|manifest ...] (default: all)
Needs build/lib/libWireCheck.so (bash scripts/build.sh).
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIDY = "/usr/lib/llvm-22/bin/clang-tidy"
PLUGIN = os.path.join(ROOT, "build", "lib", "libWireCheck.so")
BASELINE = "-*,readability-braces-around-statements"


def measure(command):
    """Runs command in a child and returns (cpu s, max RSS MiB, output)."""
    pid = os.fork()
    if pid == 0:  # child: exec with output to a temporary file
        fd = os.open(measure.out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC,
                     0o644)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        try:
            os.execv(command[0], command)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    with open(measure.out_path) as f:
        out = f.read()
    if os.WIFSIGNALED(status):
        sys.exit("scaling: %s died with signal %d" % (command[0],
                                                      os.WTERMSIG(status)))
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0, out


def tidy(checks, source, extra=(), config=None):
    command = [TIDY, "-load", PLUGIN, "--checks=" + checks, "--quiet"]
    if config:
        command.append("--config=" + config)
    return command + list(source if isinstance(source, list) else [source]) \
        + ["--", "-std=c++17"] + list(extra)


def nested(work, args):
    print("== nested nlohmann::json brace lists: max RSS (MiB)")
    print("%6s %10s %10s %8s %12s" % ("depth", "baseline", "wire", "ratio",
                                      "wire growth"))
    previous = None
    for depth in range(2, args.max_depth + 1):
        value = "1"
        for level in range(depth):
            value = '{{"k%d", %s}, {"e", E::A}}' % (level, value)
        source = os.path.join(work, "nested%d.cpp" % depth)
        with open(source, "w") as f:
            f.write("#include <nlohmann/json.hpp>\nenum class E { A, B };\n"
                    "nlohmann::json f() { return nlohmann::json(%s); }\n"
                    % value)
        _, base, _ = measure(tidy(BASELINE, source))
        _, ours, _ = measure(tidy(
            "-*,wire-enum-serialization,wire-object-serialization", source))
        growth = ours / previous if previous else float("nan")
        previous = ours
        print("%6d %10.1f %10.1f %8.3f %12.3f" % (depth, base, ours,
                                                 ours / base, growth))


def notes(work, args):
    print("== findings through a chain of project wrappers: notes per finding")
    print("%8s %8s %10s %10s %14s" % ("chain", "calls", "warnings", "notes",
                                      "notes/warning"))
    for chain in (1, 10, 50, 200):
        calls = args.calls
        lines = ["#include <cstdio>", "enum class State { Open, Closed };"]
        lines.append("template <class T> void log0(const char *f, T v) "
                     "{ std::printf(f, v); }")
        for i in range(1, chain):
            lines.append("template <class T> void log%d(const char *f, T v) "
                         "{ log%d(f, v); }" % (i, i - 1))
        lines.append("void use(State s) {")
        for i in range(calls):
            lines.append('  log%d("%%d", s);' % (chain - 1))
        lines.append("}")
        source = os.path.join(work, "chain%d.cpp" % chain)
        with open(source, "w") as f:
            f.write("\n".join(lines) + "\n")
        _, _, out = measure(tidy("-*,wire-enum-serialization", source,
                                 config="{CheckOptions: {wire-enum-"
                                 "serialization.LogSinkPolicy: strict}}"))
        warnings = out.count("warning:")
        note_count = out.count("note:")
        print("%8d %8d %10d %10d %14.1f" % (chain, calls, warnings, note_count,
                                            note_count / max(warnings, 1)))


def manifest(work, args):
    print("== route manifest read by wire-route-mismatch: CPU seconds")
    units = []
    for i in range(args.tus):
        source = os.path.join(work, "client%d.cpp" % i)
        with open(source, "w") as f:
            f.write('namespace httplib { struct Client { Client(const char*);'
                    ' void Get(const char*); }; }\n'
                    'void f%d() { httplib::Client c("x"); '
                    'c.Get("/api/r%d"); }\n' % (i, i))
        units.append(source)
    print("%8s %6s %10s %10s %8s" % ("routes", "TUs", "baseline", "manifest",
                                     "ratio"))
    for routes in (1000, 10000, 100000):
        path = os.path.join(work, "routes%d.json" % routes)
        with open(path, "w") as f:
            json.dump({"version": 1, "routes": [
                {"path": "/api/r%d" % i, "methods": ["GET"],
                 "file": "server.cpp", "line": i + 1}
                for i in range(routes)]}, f)
        base, _, _ = measure(tidy("-*,wire-route-mismatch", units))
        config = ("{CheckOptions: {wire-route-mismatch.RouteManifest: '%s'}}"
                  % path)
        ours, _, out = measure(tidy("-*,wire-route-mismatch", units,
                                    config=config))
        if "error:" in out:
            sys.exit("scaling: the manifest was refused:\n" + out)
        print("%8d %6d %10.2f %10.2f %8.2f" % (routes, len(units), base, ours,
                                               ours / base))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*",
                        default=["nested", "notes", "manifest"])
    parser.add_argument("--max-depth", type=int, default=10)
    parser.add_argument("--calls", type=int, default=20)
    parser.add_argument("--tus", type=int, default=10)
    args = parser.parse_args()
    if not os.path.exists(PLUGIN):
        sys.exit("scaling: build the plugin first (bash scripts/build.sh)")
    with tempfile.TemporaryDirectory(prefix="wirecheck-scaling-") as work:
        measure.out_path = os.path.join(work, "out.txt")
        for case in args.cases:
            {"nested": nested, "notes": notes, "manifest": manifest}[case](
                work, args)


if __name__ == "__main__":
    main()
