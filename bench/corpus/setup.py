#!/usr/bin/env python3
"""Sets up the real-world corpus: checks out every project of projects.json
from fetched git mirrors and writes its compile_commands.json.

Nothing fetched is ever written inside this repository: checkouts go to
--work (default /work/corpus-src, or $WIRECHECK_CORPUS_WORK).  Mirrors are bare
git directories, one per repository, at <mirrors>/<owner>+<name>/repo (the
layout the fetch tool leaves; default /work/.mirror, or
$WIRECHECK_CORPUS_MIRRORS).  A project whose mirror (or whose commit) is
missing is reported as MISSING and skipped; the others are set up.

Recipes (projects.json, "recipe"):
  files: a compile database generated from globs and flags.  Each matching
         file becomes one entry `clang++ <flags> -c <file>` run in the
         checkout.  "{src}" in a flag is the checkout, "{corpus}" a copy of
         this folder's shims/ at <work>/.corpus (for the small shims).
  cmake: a real CMake configure with CMAKE_EXPORT_COMPILE_COMMANDS=ON; the
         database is then filtered to "globs" when given.
Extra checkouts ("extra": submodules, a dependency's sources) land at their
"into" path inside the checkout.  "generate" writes small files (version
headers normally written by the project's build) into the checkout.
"prepare" is a bash command run in the checkout after that (code generators
the project's build would run, e.g. headers generated from YAML).

Usage: setup.py [--mirrors DIR] [--work DIR] [--only NAME[,NAME]] [--force]
"""

import argparse
import glob
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CLANGXX = "/usr/lib/llvm-22/bin/clang++"


def mirror_dir(mirrors, repo):
    return os.path.join(mirrors, repo.replace("/", "+"), "repo")


def have_commit(gitdir, commit):
    if not os.path.isdir(gitdir):
        return False
    r = subprocess.run(["git", "--git-dir", gitdir, "cat-file", "-e",
                        commit + "^{commit}"], capture_output=True)
    return r.returncode == 0


def absent_blobs(gitdir, commit):
    """Paths of `commit` whose blobs the mirror does not hold (a snapshot may
    leave its largest files out: binaries, data sets)."""
    tree = subprocess.run(["git", "--git-dir", gitdir, "ls-tree", "-r", commit],
                          capture_output=True, text=True, check=True).stdout
    blobs = []
    for line in tree.splitlines():
        meta, path = line.split("\t", 1)
        mode, kind, sha = meta.split()
        if kind == "blob":
            blobs.append((sha, path))
    check = subprocess.run(["git", "--git-dir", gitdir, "cat-file",
                            "--batch-check"], capture_output=True, text=True,
                           input="".join(sha + "\n" for sha, _ in blobs))
    answers = check.stdout.splitlines()
    return [path for (sha, path), answer in zip(blobs, answers)
            if answer.endswith("missing")]


def export(gitdir, commit, dest):
    """Writes the tree of `commit` into `dest` (git archive, no .git),
    leaving out files whose blobs the mirror lacks."""
    os.makedirs(dest, exist_ok=True)
    absent = absent_blobs(gitdir, commit)
    pathspec = ["--", "."] + [":(exclude,literal)" + p for p in absent]
    if absent:
        print(f"note     {os.path.basename(dest)}: {len(absent)} file(s) "
              "absent from the mirror, left out", flush=True)
    archive = subprocess.Popen(["git", "--git-dir", gitdir, "archive", commit]
                               + (pathspec if absent else []),
                               stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL if absent else None)
    subprocess.run(["tar", "-x", "-C", dest], stdin=archive.stdout, check=True)
    if archive.wait() != 0:
        raise RuntimeError("git archive failed for " + gitdir)


def corpus_dir(src):
    """Where "{corpus}" points: a copy of this folder's shims/ next to the
    checkouts (<work>/.corpus), so a database never names the worktree it
    was set up from (which may be gone when another one runs it)."""
    dest = os.path.join(os.path.dirname(src), ".corpus")
    shutil.copytree(os.path.join(HERE, "shims"), os.path.join(dest, "shims"),
                    dirs_exist_ok=True)
    return dest


def expand(flag, src):
    if "{corpus}" in flag:
        flag = flag.replace("{corpus}", corpus_dir(src))
    return flag.replace("{src}", src)


def match_globs(src, globs, excludes):
    files = set()
    for pattern in globs:
        for path in glob.glob(os.path.join(src, pattern), recursive=True):
            if os.path.isfile(path):
                files.add(os.path.relpath(path, src))
    for pattern in excludes:
        for path in glob.glob(os.path.join(src, pattern), recursive=True):
            files.discard(os.path.relpath(path, src))
    return sorted(files)


def files_database(project, src):
    recipe = project["recipe"]
    flags = [expand(f, src) for f in recipe.get("flags", [])]
    entries = []
    for rel in match_globs(src, recipe["globs"], recipe.get("exclude", [])):
        lang = ["-x", "c++"] if not rel.endswith((".cc", ".cpp", ".cxx")) else []
        entries.append({"directory": src, "file": os.path.join(src, rel),
                        "arguments": [CLANGXX] + lang + flags +
                        ["-c", os.path.join(src, rel)]})
    return entries


def cmake_database(project, src):
    recipe = project["recipe"]
    build = os.path.join(src, "_build")
    cmd = ["cmake", "-S", os.path.join(src, recipe.get("source", ".")),
           "-B", build, "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON",
           "-DCMAKE_CXX_COMPILER=" + CLANGXX,
           "-DCMAKE_C_COMPILER=/usr/lib/llvm-22/bin/clang"]
    cmd += [expand(a, src) for a in recipe.get("args", [])]
    log = os.path.join(src, "_cmake.log")
    with open(log, "w") as out:
        r = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT)
    if r.returncode != 0:
        raise RuntimeError("cmake configure failed, see " + log)
    with open(os.path.join(build, "compile_commands.json")) as f:
        entries = json.load(f)
    keep = None
    if "globs" in recipe:
        keep = set(os.path.join(src, p) for p in
                   match_globs(src, recipe["globs"], recipe.get("exclude", [])))
    out = []
    for e in entries:
        path = os.path.normpath(os.path.join(e["directory"], e["file"]))
        if keep is not None and path not in keep:
            continue
        if not os.path.isfile(path):
            continue  # generated at build time (never built here)
        out.append(e)
    return out


def setup_project(project, mirrors, work, force):
    name = project["name"]
    src = os.path.join(work, name)
    needed = [(project["repo"], project["commit"])]
    needed += [(x["repo"], x["commit"]) for x in project.get("extra", [])]
    if project.get("openapi") and project["openapi"].get("repo"):
        needed.append((project["openapi"]["repo"], project["openapi"]["commit"]))
    missing = [f"{r}@{c[:12]}" for r, c in needed
               if not have_commit(mirror_dir(mirrors, r), c)]
    if missing:
        return "MISSING", "not fetched: " + ", ".join(missing)
    stamp = os.path.join(src, ".wirecheck-corpus-commit")
    db = os.path.join(src, "compile_commands.json")
    if not force and os.path.exists(db) and os.path.exists(stamp):
        with open(stamp) as f:
            if f.read().strip() == project["commit"]:
                return "OK", "already set up"
    if os.path.exists(src):
        shutil.rmtree(src)
    export(mirror_dir(mirrors, project["repo"]), project["commit"], src)
    for x in project.get("extra", []):
        export(mirror_dir(mirrors, x["repo"]), x["commit"],
               os.path.join(src, x["into"]))
    spec = project.get("openapi")
    if spec and spec.get("repo"):
        export(mirror_dir(mirrors, spec["repo"]), spec["commit"],
               os.path.join(src, "_spec"))
        if spec.get("build"):
            r = subprocess.run(["bash", "-c", spec["build"]],
                               cwd=os.path.join(src, "_spec"),
                               capture_output=True, text=True)
            if r.returncode != 0:
                print(f"WARNING  {name}: building its OpenAPI spec failed "
                      f"(routes run without it):\n{r.stdout[-800:]}"
                      f"{r.stderr[-800:]}", flush=True)
    for rel, text in project.get("generate", {}).items():
        path = os.path.join(src, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
    if project.get("prepare"):
        r = subprocess.run(["bash", "-c", project["prepare"]], cwd=src,
                           capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError("prepare step failed:\n" + r.stdout[-800:] +
                               r.stderr[-800:])
    kind = project["recipe"]["type"]
    entries = (files_database if kind == "files" else cmake_database)(
        project, src)
    with open(db, "w") as f:
        json.dump(entries, f, indent=1)
    with open(stamp, "w") as f:
        f.write(project["commit"] + "\n")
    return "OK", f"{len(entries)} TUs"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mirrors", default=os.environ.get(
        "WIRECHECK_CORPUS_MIRRORS", "/work/.mirror"))
    ap.add_argument("--work", default=os.environ.get(
        "WIRECHECK_CORPUS_WORK", "/work/corpus-src"))
    ap.add_argument("--only", default="")
    ap.add_argument("--force", action="store_true")
    args = ap.parse_args()
    with open(os.path.join(HERE, "projects.json")) as f:
        projects = json.load(f)["projects"]
    only = set(filter(None, args.only.split(",")))
    missing = 0
    for p in projects:
        if only and p["name"] not in only:
            continue
        try:
            status, detail = setup_project(p, args.mirrors, args.work,
                                           args.force)
        except (RuntimeError, subprocess.CalledProcessError, OSError) as e:
            status, detail = "FAILED", str(e)
        if status != "OK":
            missing += 1
        print(f"{status:8} {p['name']:20} {detail}", flush=True)
    if missing:
        print(f"{missing} project(s) not set up (see above); run the others "
              "with run.py, which skips them", file=sys.stderr)


if __name__ == "__main__":
    main()
