"""Writes OUT/compile_commands.json with server.cpp and one broken entry.

Usage: baddb.py OUT_DIR SOURCE_DIR STUB_DIR KIND
KIND: missing-dir  (the entry's build directory does not exist)
      missing-file (the entry's source file does not exist)
      broken       (broken.cpp, whose include is missing)
      all-broken   (only broken.cpp)
"""
import json
import os
import sys

out, src, stubs, kind = sys.argv[1:5]
os.makedirs(out, exist_ok=True)


def entry(name, directory=out, path=None):
    path = path or os.path.join(src, name)
    return {
        "directory": directory,
        "file": path,
        "arguments": ["/usr/lib/llvm-22/bin/clang++", "-std=c++17",
                      "-isystem", stubs, "-I", src, "-c", path,
                      "-o", os.path.join(out, name + ".o")],
    }


entries = [] if kind == "all-broken" else [entry("server.cpp")]
if kind == "missing-dir":
    entries.append(entry("admin.cpp", directory=os.path.join(out, "gone")))
elif kind == "missing-file":
    entries.append(entry("deleted.cpp"))
else:
    entries.append(entry("broken.cpp"))
with open(os.path.join(out, "compile_commands.json"), "w") as f:
    json.dump(entries, f, indent=1)
