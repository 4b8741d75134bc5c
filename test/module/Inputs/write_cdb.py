"""Writes DIR/compile_commands.json for every .cpp in DIR.

Usage: write_cdb.py DIR [compiler args...]
"""
import json
import os
import sys

directory = os.path.abspath(sys.argv[1])
flags = sys.argv[2:]
entries = []
for name in sorted(os.listdir(directory)):
    if name.endswith(".cpp"):
        entries.append({
            "directory": directory,
            "file": os.path.join(directory, name),
            "arguments": ["clang++"] + flags + ["-c", name],
        })
with open(os.path.join(directory, "compile_commands.json"), "w") as f:
    json.dump(entries, f, indent=2)
