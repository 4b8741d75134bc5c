#!/usr/bin/env python3
"""Runs wirecheck over the real-world corpus and compares with the ledger.

For every project set up by setup.py (others are listed as MISSING and
skipped) it takes up to --max-tus-per-project translation units (those
matching the project's "priority" globs first, then the rest in path order)
and runs:
  default  clang-tidy with the plugin, --checks='-*,wire-*' and no options;
  config   the same with config/<project>.yaml (a per-project configuration),
           for projects that have one;
  routes   wirecheck-routes over the same TUs, with the project's OpenAPI
           spec where it publishes one;
  index    wirecheck-index over the same TUs: its message-contract and
           setting-key findings (its route findings are the routes mode's).
Each TU has a timeout; a crash is a signal or clang's crash banner; a TU
that reports clang-diagnostic-error is a parse failure (its findings still
count).  Findings are deduplicated per project and mode: project-relative
file, line, check; a header seen from several TUs counts once.

The ledger (ledger.tsv: project, file, line, check, verdict, reason,
message) classifies findings: TP (a maintainer would change it), FP (wrong),
RBR (right by the letter of the rule, nobody would change it).  A finding
matches the ledger row with the same project, mode-independent file and
check and the nearest line within --drift lines (default 3), so small
upstream edits do not lose the triage; rows marked with the same line stand
for every finding of that check on that line.  Precision is TP over all
triaged findings (RBR counts as noise); noise per 1000 TUs is (FP + RBR) per
1000 TUs run.  NEW lists findings the ledger lacks; LOST lists ledger TPs
the run no longer reports (only for the TUs and modes that ran).

Usage: run.py [--projects a,b] [--modes default,config,routes,index]
              [--max-tus-per-project 30] [-j 1] [--timeout 300]
Exit code: 0, or 1 when there are crashes, timeouts, NEW or LOST findings.
"""

import argparse
import concurrent.futures
import fnmatch
import glob
import hashlib
import json
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TIDY = "/usr/lib/llvm-22/bin/clang-tidy"
DIAG = re.compile(r"^(?P<file>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): "
                  r"(?P<sev>warning|error): (?P<msg>.*?) \[(?P<check>[\w.,-]+)\]$")
CRASH_MARKS = ("PLEASE submit a bug report", "Stack dump:",
               "LLVM ERROR:", "UNREACHABLE executed", "Assertion `")


def default_paths():
    main = os.environ.get("WIRECHECK_BUILD", "/work/main/build")
    return (os.path.join(main, "lib", "libWireCheck.so"),
            os.path.join(main, "bin", "wirecheck-routes"),
            os.path.join(main, "bin", "wirecheck-index"))


# The whole-project tools: the mode, its ledger prefix, and the checks it
# counts (the index's route findings are the routes mode's).
TOOL_MODES = {"routes": None,
              "index": ("wire-message-contract", "wire-setting-keys")}


def load_projects():
    with open(os.path.join(HERE, "projects.json")) as f:
        return json.load(f)["projects"]


def pick_tus(project, src, cap):
    with open(os.path.join(src, "compile_commands.json")) as f:
        db = json.load(f)
    files = []
    for e in db:
        path = os.path.normpath(os.path.join(e["directory"], e["file"]))
        rel = os.path.relpath(path, src)
        if rel not in files:
            files.append(rel)
    prio = project.get("priority", [])

    def rank(rel):
        for i, pattern in enumerate(prio):
            if fnmatch.fnmatch(rel, pattern):
                return (i, rel)
        return (len(prio), rel)

    files.sort(key=rank)
    return files[:cap] if cap else files


def rel_to(src, path):
    path = os.path.normpath(path)
    if path.startswith(src + os.sep):
        return os.path.relpath(path, src)
    return path  # outside the checkout: a system or installed header


def parse_output(text, src, directory):
    findings, errors = [], []
    for line in text.splitlines():
        m = DIAG.match(line)
        if not m:
            continue
        path = m["file"]
        if not os.path.isabs(path):
            path = os.path.join(directory, path)
        rel = rel_to(src, path)
        if m["check"] == "clang-diagnostic-error" or m["sev"] == "error" and \
                not m["check"].startswith("wire-"):
            errors.append(f"{rel}:{m['line']}: {m['msg']}")
            continue
        if not m["check"].startswith("wire-"):
            continue
        findings.append({"file": rel, "line": int(m["line"]),
                         "check": m["check"], "message": m["msg"]})
    return findings, errors


def run_tidy(src, rel, config, timeout, plugin, out_dir):
    cmd = [TIDY, "-load", plugin, "-p", src, "--quiet", "--checks=-*,wire-*"]
    if config:  # its HeaderFilterRegex says which headers are the project's
        cmd.append("--config-file=" + config)
    else:  # a newcomer's first run: every header outside the system ones
        cmd += ["--header-filter=.*", "--config={Checks: '-*,wire-*'}"]
    cmd.append(os.path.join(src, rel))
    start = time.time()
    try:
        r = subprocess.run(cmd, capture_output=True, text=True,
                           timeout=timeout, cwd=src)
    except subprocess.TimeoutExpired:
        return {"tu": rel, "status": "timeout", "seconds": timeout,
                "findings": [], "errors": []}
    text = r.stdout + "\n" + r.stderr
    name = hashlib.sha1(rel.encode()).hexdigest()[:10]
    with open(os.path.join(out_dir, name + ".txt"), "w") as f:
        f.write(" ".join(cmd) + "\n" + text)
    findings, errors = parse_output(r.stdout, src, src)
    crashed = r.returncode < 0 or any(m in text for m in CRASH_MARKS)
    status = "crash" if crashed else ("parse-failure" if errors else "ok")
    return {"tu": rel, "status": status, "seconds": time.time() - start,
            "findings": findings, "errors": errors[:3]}


def run_routes(project, src, tus, timeout, routes_bin, out_dir,
               mode="routes"):
    # --keep-going: a TU that does not parse must not hide the others' routes
    cmd = [routes_bin, "-p", src, "-j", "1", "--keep-going"]
    spec = project.get("openapi")
    if spec and os.path.exists(os.path.join(src, spec["path"])):
        cmd.append("--openapi=" + os.path.join(src, spec["path"]))
    cmd += [os.path.join(src, t) for t in tus]
    start = time.time()
    try:
        r = subprocess.run(cmd, capture_output=True, text=True,
                           timeout=timeout * max(1, len(tus)), cwd=src)
    except subprocess.TimeoutExpired:
        return {"status": "timeout", "findings": [], "summary": "",
                "seconds": time.time() - start}
    text = r.stdout + "\n" + r.stderr
    with open(os.path.join(out_dir, mode + ".txt"), "w") as f:
        f.write(" ".join(cmd) + "\n" + text)
    findings, errors = parse_output(text, src, src)
    if TOOL_MODES[mode]:
        findings = [f for f in findings if f["check"] in TOOL_MODES[mode]]
    crashed = r.returncode < 0 or any(m in text for m in CRASH_MARKS)
    summary = [l for l in text.splitlines()
               if re.search(r"\broutes?\b", l) and not DIAG.match(l)
               and ": note:" not in l]
    return {"status": "crash" if crashed else "ok", "findings": findings,
            "errors": errors, "rc": r.returncode,
            "summary": summary[-1] if summary else "",
            "seconds": time.time() - start}


def load_ledger(path):
    rows = []
    if not os.path.exists(path):
        return rows
    with open(path) as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if cols[0] == "project":
                continue
            if len(cols) < 6 or cols[4] not in ("TP", "FP", "RBR"):
                sys.exit(f"{path}:{n}: expected project, file, line, check, "
                         "verdict (TP|FP|RBR), reason[, message]")
            rows.append({"project": cols[0], "file": cols[1],
                         "line": int(cols[2]), "check": cols[3],
                         "verdict": cols[4], "reason": cols[5],
                         "message": cols[6] if len(cols) > 6 else ""})
    return rows


def match(finding, rows, drift):
    """The ledger row for `finding`: same file and check, nearest line within
    `drift`; on a tie, the row whose message starts the same way."""
    best = None
    for row in rows:
        if row["file"] != finding["file"] or row["check"] != finding["check"]:
            continue
        dist = abs(row["line"] - finding["line"])
        if dist > drift:
            continue
        same_msg = finding["message"].startswith(row["message"][:40])
        key = (dist, not same_msg)
        if best is None or key < best[0]:
            best = (key, row)
    return best[1] if best else None


def first_words(msg, n=8):
    return " ".join(msg.split()[:n])


def main():
    plugin, routes_bin, index_bin = default_paths()
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--work", default=os.environ.get(
        "WIRECHECK_CORPUS_WORK", "/work/corpus-src"))
    ap.add_argument("--out", default=os.environ.get(
        "WIRECHECK_CORPUS_OUT", "/work/corpus-out"))
    ap.add_argument("--projects", default="")
    ap.add_argument("--modes", default="default,config,routes")
    ap.add_argument("--max-tus-per-project", type=int, default=30)
    ap.add_argument("--tus", default="",
                    help="only TUs matching these ,-separated globs")
    ap.add_argument("-j", type=int, default=1)
    ap.add_argument("--timeout", type=int, default=300)
    ap.add_argument("--drift", type=int, default=3)
    ap.add_argument("--plugin", default=plugin)
    ap.add_argument("--routes-bin", default=routes_bin)
    ap.add_argument("--index-bin", default=index_bin)
    ap.add_argument("--ledger", default=os.path.join(HERE, "ledger.tsv"))
    ap.add_argument("--markdown", action="store_true",
                    help="print the tables in Markdown (for docs/real-world.md)")
    ap.add_argument("--report-only", action="store_true",
                    help="re-read <out>/results-*.json and compare it with the "
                    "ledger again, without running anything")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)

    ledger = load_ledger(args.ledger)
    if args.report_only:
        sys.exit(report(load_results(args.out), ledger, args.drift,
                        args.markdown))
    only = set(filter(None, args.projects.split(",")))
    modes = args.modes.split(",")
    results = {}
    for project in load_projects():
        name = project["name"]
        if only and name not in only:
            continue
        src = os.path.join(args.work, name)
        if not os.path.exists(os.path.join(src, "compile_commands.json")):
            print(f"MISSING  {name}: not set up (run setup.py; was it "
                  "fetched?)", flush=True)
            continue
        tus = pick_tus(project, src, 0)
        if args.tus:
            tus = [t for t in tus if any(fnmatch.fnmatch(t, g)
                                         for g in args.tus.split(","))]
        tus = tus[:args.max_tus_per_project or None]
        results[name] = {}
        for mode in modes:
            config = None
            if mode == "config":
                config = os.path.join(HERE, "config", name + ".yaml")
                if not os.path.exists(config):
                    continue
            out_dir = os.path.join(args.out, mode, name)
            os.makedirs(out_dir, exist_ok=True)
            if mode in TOOL_MODES:
                r = run_routes(project, src, tus, args.timeout,
                               args.routes_bin if mode == "routes"
                               else args.index_bin, out_dir, mode)
                for f in r["findings"]:
                    f["check"] = mode + ":" + f["check"]
                results[name][mode] = {
                    "tus": [{"tu": "(all)", "status": r["status"],
                             "findings": r["findings"], "errors": [],
                             "seconds": r["seconds"]}],
                    "summary": r["summary"], "ntus": len(tus)}
                print(f"  {name:14} {mode:7} {r['status']} "
                      f"{len(r['findings'])} findings  {r['summary']}",
                      flush=True)
                continue
            with concurrent.futures.ThreadPoolExecutor(args.j) as pool:
                futures = [pool.submit(run_tidy, src, t, config, args.timeout,
                                       args.plugin, out_dir) for t in tus]
                per_tu = []
                for fut in concurrent.futures.as_completed(futures):
                    r = fut.result()
                    per_tu.append(r)
                    print(f"  {name:14} {mode:7} {r['status']:13} "
                          f"{r['seconds']:6.1f}s {len(r['findings']):3} "
                          f"{r['tu']}", flush=True)
            results[name][mode] = {"tus": per_tu, "ntus": len(tus)}
        save(args.out, modes, only, results)  # after each project
    save(args.out, modes, only, results)
    sys.exit(report(results, ledger, args.drift))


def save(out, modes, only, results):
    name = "results-" + "-".join(modes)
    if only:
        name += "-" + "+".join(sorted(only))
    with open(os.path.join(out, name + ".json"), "w") as f:
        json.dump(results, f, indent=1)


def load_results(out):
    """Every results-*.json of `out` merged (runs of different modes may go
    side by side)."""
    merged = {}
    for path in sorted(glob.glob(os.path.join(out, "results-*.json"))):
        with open(path) as f:
            for name, modes in json.load(f).items():
                merged.setdefault(name, {}).update(modes)
    return merged


def report(results, ledger, drift, markdown=False):
    bad = 0
    total = {}
    lines = []
    for mode in ("default", "config") + tuple(TOOL_MODES):
        tot = dict(tus=0, parse=0, crash=0, timeout=0, findings=0, TP=0,
                   FP=0, RBR=0, NEW=0, LOST=0)
        rows_out = []
        for name, modes in results.items():
            if mode not in modes:
                continue
            data = modes[mode]
            c = dict(tus=data["ntus"], parse=0, crash=0, timeout=0,
                     findings=0, TP=0, FP=0, RBR=0, NEW=0, LOST=0)
            seen = {}
            files_run = set()
            for tu in data["tus"]:
                files_run.add(tu["tu"])
                if tu["status"] == "parse-failure":
                    c["parse"] += 1
                elif tu["status"] in ("crash", "timeout"):
                    c[tu["status"]] += 1
                    lines.append(f"{tu['status'].upper():8} {name} {mode} "
                                 f"{tu['tu']}")
                for f in tu["findings"]:
                    key = (f["file"], f["line"], f["check"], f["message"])
                    seen.setdefault(key, f)
            rows = [r for r in ledger if r["project"] == name]
            matched = set()
            for f in seen.values():
                c["findings"] += 1
                row = match(f, rows, drift)
                if row is None:
                    c["NEW"] += 1
                    lines.append(f"NEW      {name} {mode} {f['file']}:"
                                 f"{f['line']} {f['check']}: "
                                 f"{first_words(f['message'], 14)}")
                    continue
                matched.add(id(row))
                c[row["verdict"]] += 1
            for row in rows:
                if row["verdict"] != "TP" or id(row) in matched:
                    continue
                prefix = row["check"].split(":")[0] \
                    if ":" in row["check"] else ""
                if prefix != (mode if mode in TOOL_MODES else ""):
                    continue
                if row["file"] in files_run or mode in TOOL_MODES or \
                        not row["file"].endswith((".cc", ".cpp")):
                    c["LOST"] += 1
                    lines.append(f"LOST     {name} {mode} {row['file']}:"
                                 f"{row['line']} {row['check']}")
            triaged = c["TP"] + c["FP"] + c["RBR"]
            prec = f"{100.0 * c['TP'] / triaged:5.1f}%" if triaged else "    -"
            noise = 1000.0 * (c["FP"] + c["RBR"]) / c["tus"] if c["tus"] else 0
            if markdown:
                rows_out.append(f"| {name} | {c['tus']} | {c['parse']} | "
                                f"{c['crash']} | {c['timeout']} | "
                                f"{c['findings']} | {c['TP']} | {c['FP']} | "
                                f"{c['RBR']} | {prec.strip()} | {noise:.0f} | "
                                f"{c['NEW']} | {c['LOST']} |")
            else:
                rows_out.append(f"{name:14} {c['tus']:4} {c['parse']:5} "
                                f"{c['crash']:5} {c['timeout']:5} "
                                f"{c['findings']:5} {c['TP']:4} {c['FP']:4} "
                                f"{c['RBR']:4} {prec} {noise:8.1f} "
                                f"{c['NEW']:4} {c['LOST']:4}")
            for k in tot:
                tot[k] += c[k]
        if not rows_out:
            continue
        triaged = tot["TP"] + tot["FP"] + tot["RBR"]
        prec = f"{100.0 * tot['TP'] / triaged:5.1f}%" if triaged else "    -"
        noise = 1000.0 * (tot["FP"] + tot["RBR"]) / tot["tus"] \
            if tot["tus"] else 0
        print(f"\n== {mode} ==")
        if markdown:
            print("| project | TUs | parse failures | crashes | timeouts | "
                  "findings | TP | FP | RBR | precision | noise/1000 TUs | "
                  "NEW | LOST |\n" + "| --- " * 13 + "|")
            print("\n".join(rows_out))
            print(f"| total | {tot['tus']} | {tot['parse']} | {tot['crash']} "
                  f"| {tot['timeout']} | {tot['findings']} | {tot['TP']} | "
                  f"{tot['FP']} | {tot['RBR']} | {prec.strip()} | "
                  f"{noise:.0f} | {tot['NEW']} | {tot['LOST']} |")
            bad += tot["crash"] + tot["timeout"] + tot["NEW"] + tot["LOST"]
            continue
        print(f"{'project':14} {'TUs':>4} {'parse':>5} {'crash':>5} "
              f"{'tmout':>5} {'finds':>5} {'TP':>4} {'FP':>4} {'RBR':>4} "
              f"{'prec':>6} {'noise/kTU':>8} {'NEW':>4} {'LOST':>4}")
        for r in rows_out:
            print(r)
        print(f"{'total':14} {tot['tus']:4} {tot['parse']:5} "
              f"{tot['crash']:5} {tot['timeout']:5} {tot['findings']:5} "
              f"{tot['TP']:4} {tot['FP']:4} {tot['RBR']:4} {prec} "
              f"{noise:8.1f} {tot['NEW']:4} {tot['LOST']:4}")
        bad += tot["crash"] + tot["timeout"] + tot["NEW"] + tot["LOST"]
    if lines:
        print()
        print("\n".join(lines))
    return 1 if bad else 0


if __name__ == "__main__":
    main()
