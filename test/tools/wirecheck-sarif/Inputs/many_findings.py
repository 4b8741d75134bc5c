#!/usr/bin/env python3
"""Writes one source file with many functions, and clang-tidy's findings in
it: for each N, DIR/N.yaml (--export-fixes, a fix-it and a note each) and
DIR/N.txt (text output, a note each), one finding in each of the first N
functions. For wirecheck-sarif's scaling test and bench/sarif-scaling.sh.

Usage: many_findings.py DIR FUNCTIONS N [N...]
"""
import os
import sys

work, functions = sys.argv[1], int(sys.argv[2])
counts = [int(n) for n in sys.argv[3:]]
src = os.path.join(work, "big.cpp")
offsets = []
with open(src, "w") as f:
    text = "enum class Color { Red };\n"
    f.write(text)
    pos = len(text)
    for i in range(functions):
        head = "void f%d(Color C) {\n  log(" % i
        body = head + "C);\n}\n"
        offsets.append(pos + len(head))
        f.write(body)
        pos += len(body)
for n in counts:
    with open(os.path.join(work, "%d.yaml" % n), "w") as y:
        y.write("---\nMainSourceFile: '%s'\nDiagnostics:\n" % src)
        for i, off in enumerate(offsets[:n]):
            y.write("  - DiagnosticName: wire-enum-serialization\n"
                    "    DiagnosticMessage:\n"
                    "      Message: 'enum ''Color'' is written in f%d'\n"
                    "      FilePath: '%s'\n"
                    "      FileOffset: %d\n"
                    "      Replacements:\n"
                    "        - FilePath: '%s'\n"
                    "          Offset: %d\n"
                    "          Length: 1\n"
                    "          ReplacementText: 'to_string(C)'\n"
                    "    Notes:\n"
                    "      - Message: 'enum ''Color'' declared here'\n"
                    "        FilePath: '%s'\n"
                    "        FileOffset: 11\n"
                    "        Replacements: []\n"
                    "    Level: Warning\n"
                    "    BuildDirectory: '%s'\n"
                    % (i, src, off, src, off, src, work))
        y.write("...\n")
    with open(os.path.join(work, "%d.txt" % n), "w") as t:
        for i in range(n):
            t.write("%s:%d:7: warning: enum 'Color' is written in f%d "
                    "[wire-enum-serialization]\n" % (src, 2 + 3 * i, i))
            t.write("%s:1:12: note: enum 'Color' declared here\n" % src)
