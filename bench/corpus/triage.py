#!/usr/bin/env python3
"""Lists the findings of the last run.py that the ledger does not classify
yet, one ledger row each (verdict left as '?'), followed by the source line,
so they can be read, judged and appended to ledger.tsv.

Usage: triage.py [--out /work/corpus-out] [--work /work/corpus-src]
                 [--project NAME] [--check wire-...] [--context N]
"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run  # noqa: E402  (the ledger format and the matching rule)


def source_lines(path, line, context):
    try:
        with open(path, errors="replace") as f:
            text = f.read().splitlines()
    except OSError:
        return []
    lo, hi = max(1, line - context), min(len(text), line + context)
    return [f"    {n:6}{'>' if n == line else ' '} {text[n - 1]}"
            for n in range(lo, hi + 1)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default="/work/corpus-out")
    ap.add_argument("--work", default="/work/corpus-src")
    ap.add_argument("--ledger", default=os.path.join(run.HERE, "ledger.tsv"))
    ap.add_argument("--project", default="")
    ap.add_argument("--check", default="")
    ap.add_argument("--context", type=int, default=0)
    ap.add_argument("--drift", type=int, default=3)
    args = ap.parse_args()
    ledger = run.load_ledger(args.ledger)
    results = run.load_results(args.out)
    for name, modes in results.items():
        if args.project and name != args.project:
            continue
        rows = [r for r in ledger if r["project"] == name]
        seen = set()
        for mode, data in modes.items():
            for tu in data["tus"]:
                for f in tu["findings"]:
                    key = (f["file"], f["line"], f["check"], f["message"])
                    if key in seen or (args.check and
                                       args.check not in f["check"]):
                        continue
                    seen.add(key)
                    if run.match(f, rows, args.drift):
                        continue
                    print("\t".join([name, f["file"], str(f["line"]),
                                     f["check"], "?", "",
                                     run.first_words(f["message"], 12)]))
                    path = f["file"] if os.path.isabs(f["file"]) else \
                        os.path.join(args.work, name, f["file"])
                    for line in source_lines(path, f["line"], args.context):
                        print(line)


if __name__ == "__main__":
    main()
