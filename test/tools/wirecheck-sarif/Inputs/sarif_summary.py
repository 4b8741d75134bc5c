"""Prints one line per result of a SARIF log, for FileCheck.

Usage: sarif_summary.py LABEL FILE.sarif
"""
import json
import sys

label, path = sys.argv[1], sys.argv[2]
with open(path) as f:
    log = json.load(f)
run = log["runs"][0]
for r in run["results"]:
    loc = r["locations"][0]
    region = loc["physicalLocation"]["region"]
    function = "".join(l.get("fullyQualifiedName", "")
                       for l in loc.get("logicalLocations", []))
    print("%s %s %s:%d:%d function=%s fixes=%d state=%s fp=%s" % (
        label, r["ruleId"], loc["physicalLocation"]["artifactLocation"]["uri"],
        region["startLine"], region["startColumn"], function or "-",
        len(r.get("fixes", [])), r.get("baselineState", "-"),
        r["partialFingerprints"]["wirecheck/v1"]))
print("%s results: %d" % (label, len(run["results"])))
