"""Writes OUT/compile_commands.json for the given sources of this directory.

Usage: mkdb.py OUT_DIR SOURCE_DIR STUB_DIR file.cpp...
"""
import json
import os
import sys

out, src, stubs = sys.argv[1:4]
os.makedirs(out, exist_ok=True)
entries = []
for name in sys.argv[4:]:
    path = os.path.join(src, name)
    entries.append({
        "directory": out,
        "file": path,
        "arguments": ["/usr/lib/llvm-22/bin/clang++", "-std=c++17",
                      "-isystem", stubs, "-I", src, "-c", path,
                      "-o", os.path.join(out, name + ".o")],
    })
with open(os.path.join(out, "compile_commands.json"), "w") as f:
    json.dump(entries, f, indent=1)
