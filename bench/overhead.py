#!/usr/bin/env python3
"""Measures what the wire checks add to a clang-tidy run.

For each translation unit, runs the same clang-tidy with the plugin loaded
twice per round, interleaved (A B A B ...): A with `--checks=-*,wire-*`, B
with a trivial built-in check. Both runs parse the same code, so the
difference is the cost of the wire checks. Reports medians of CPU time
(user + system of the clang-tidy process, less sensitive than wall time to
other load on the machine) and of wall time, per TU and in total, then one
`--enable-check-profile` run of the wire checks per TU.

A third run per round, "ours, no SafeWrappers", repeats ours with the
configuration's SafeWrappers emptied: SafeWrappers makes the check ask for
AST parents, and clang builds the parent map of the whole translation unit
on the first such question, so this column isolates that cost.
"""

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time

OURS = "-*,wire-*"
BASELINE = "-*,readability-braces-around-statements"


class Unit:
    def __init__(self, name, source, compile_args=None, build_dir=None):
        self.name = name
        self.source = source
        self.compile_args = compile_args
        self.build_dir = build_dir


def tidy_command(args, unit, checks, profile=False, config_file=None):
    command = [args.clang_tidy, "-load", args.plugin,
               "--config-file=" + (config_file or args.config_file),
               "--checks=" + checks, "--quiet"]
    if profile:
        command.append("--enable-check-profile")
    if unit.build_dir:
        command += ["-p", unit.build_dir, unit.source]
    else:
        command += [unit.source, "--"] + unit.compile_args
    return command


def timed_run(command):
    """Returns (cpu seconds, wall seconds, stderr) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, universal_newlines=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime -
                                                before.ru_stime)
    if result.returncode != 0:
        sys.exit("overhead: failed (%d): %s\n%s" %
                 (result.returncode, " ".join(command), result.stderr))
    return cpu, wall, result.stderr


PROFILE_ROW = re.compile(r"^\s*(?P<cols>(?:[\d.]+\s+\(\s*[\d.]+%\)\s+)+)"
                         r"(?P<name>\S+)\s*$")


def profile_times(stderr, prefix="wire-"):
    """{check: user+system seconds} from --enable-check-profile output."""
    times = {}
    for line in stderr.splitlines():
        match = PROFILE_ROW.match(line)
        if not match or not match.group("name").startswith(prefix):
            continue
        values = re.findall(r"([\d.]+)\s+\(", match.group("cols"))
        # Columns: user, system, user+system, wall (some may be absent).
        times[match.group("name")] = float(values[2] if len(values) >= 4
                                           else values[-1])
    return times


def example_units(build_dir, source_dir):
    with open(os.path.join(build_dir, "compile_commands.json")) as f:
        entries = json.load(f)
    units = []
    for entry in entries:
        path = os.path.realpath(os.path.join(entry["directory"],
                                             entry["file"]))
        if path.startswith(source_dir + os.sep):
            units.append(Unit(os.path.relpath(path, source_dir), path,
                              build_dir=build_dir))
    return sorted(units, key=lambda u: u.name)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clang-tidy", required=True)
    parser.add_argument("--plugin", required=True)
    parser.add_argument("--config-file", required=True,
                        help="clang-tidy configuration (options only; the "
                        "checks are set per run)")
    parser.add_argument("--example-build", required=True,
                        help="build dir of examples/ (compile_commands.json)")
    parser.add_argument("--example-source", required=True)
    parser.add_argument("--heavy-tu", required=True)
    parser.add_argument("--vendor-dir", required=True,
                        help="copies of the library headers, for -I")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    heavy_flags = ["-std=c++17", "-DCPPHTTPLIB_OPENSSL_SUPPORT",
                   "-DCPPHTTPLIB_ZLIB_SUPPORT", "-DCPPHTTPLIB_BROTLI_SUPPORT"]
    units = example_units(os.path.realpath(args.example_build),
                          os.path.realpath(args.example_source))
    units.append(Unit("heavy_tu.cpp (system headers)", args.heavy_tu,
                      heavy_flags))
    units.append(Unit("heavy_tu.cpp (vendored, -I)", args.heavy_tu,
                      heavy_flags + ["-I" + args.vendor_dir]))

    print("clang-tidy: %s (plugin %s loaded in both)" %
          (args.clang_tidy, args.plugin))
    # The same configuration without SafeWrappers. PayloadSinks goes too:
    # without a wrapper the payload rule is a configuration error.
    with open(args.config_file) as f:
        config = f.read()
    no_wrappers = tempfile.NamedTemporaryFile("w", suffix=".clang-tidy",
                                              delete=False)
    config = re.sub(r"(?m)^(\s*SafeWrappers:).*$", r"\1 ''", config)
    config = re.sub(r"(?m)^\s*wire-unwrapped-payload\.PayloadSinks:.*$\n?", "",
                    config)
    no_wrappers.write(config)
    no_wrappers.close()

    print("ours:     --checks=%s (config %s)" % (OURS, args.config_file))
    print("baseline: --checks=%s" % BASELINE)
    print("%d interleaved rounds per TU; medians; CPU = user+system" %
          args.rounds)
    print()
    header = "%-32s %10s %10s %8s   %9s %9s %8s   %14s %8s" % (
        "translation unit", "ours cpu", "base cpu", "ratio", "ours wall",
        "base wall", "ratio", "no-SW ours cpu", "ratio")
    print(header)
    print("-" * len(header))
    total = {"ours_cpu": 0.0, "base_cpu": 0.0, "ours_wall": 0.0,
             "base_wall": 0.0, "nosw_cpu": 0.0, "nosw_wall": 0.0}
    runs = (("ours", OURS, None), ("base", BASELINE, None),
            ("nosw", OURS, no_wrappers.name))
    for unit in units:
        samples = {"ours": [], "base": [], "nosw": []}
        for _ in range(args.rounds):
            for label, checks, config_file in runs:
                cpu, wall, _ = timed_run(
                    tidy_command(args, unit, checks, config_file=config_file))
                samples[label].append((cpu, wall))
        med = {}
        for label in samples:
            med[label + "_cpu"] = statistics.median(s[0] for s in
                                                    samples[label])
            med[label + "_wall"] = statistics.median(s[1] for s in
                                                     samples[label])
            total[label + "_cpu"] += med[label + "_cpu"]
            total[label + "_wall"] += med[label + "_wall"]
        print("%-32s %9.3fs %9.3fs %8.4f   %8.3fs %8.3fs %8.4f   %13.3fs %8.4f"
              % (unit.name, med["ours_cpu"], med["base_cpu"],
                 med["ours_cpu"] / med["base_cpu"], med["ours_wall"],
                 med["base_wall"], med["ours_wall"] / med["base_wall"],
                 med["nosw_cpu"], med["nosw_cpu"] / med["base_cpu"]))
        sys.stdout.flush()
    print("-" * len(header))
    cpu_ratio = total["ours_cpu"] / total["base_cpu"]
    print("%-32s %9.3fs %9.3fs %8.4f   %8.3fs %8.3fs %8.4f   %13.3fs %8.4f" % (
        "total", total["ours_cpu"], total["base_cpu"], cpu_ratio,
        total["ours_wall"], total["base_wall"],
        total["ours_wall"] / total["base_wall"], total["nosw_cpu"],
        total["nosw_cpu"] / total["base_cpu"]))
    print()
    print("overhead (total CPU): %+.2f%%; without SafeWrappers %+.2f%% "
          "(target: at most 3%%)" % ((cpu_ratio - 1) * 100,
                                     (total["nosw_cpu"] / total["base_cpu"] -
                                      1) * 100))

    print()
    print("--enable-check-profile (one run each; user+system seconds of "
          "each wire check)")
    for unit in units:
        for label, config_file in (("", None),
                                   (", no SafeWrappers", no_wrappers.name)):
            cpu, _, stderr = timed_run(tidy_command(
                args, unit, OURS, profile=True, config_file=config_file))
            times = profile_times(stderr)
            cells = ", ".join("%s %.4fs" % item
                              for item in sorted(times.items()))
            print("%-50s %s (%.2f%% of the run's %.3fs CPU)" % (
                unit.name + label, cells or "no wire check timed",
                100 * sum(times.values()) / cpu if cpu else 0, cpu))
    os.unlink(no_wrappers.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
