"""Runs several writers of one output file at once and checks the result.

Usage: concurrent_writers.py OUT ROUNDS -- CMD1 --- CMD2 --- ...

Each command names its output as @OUT@. First every command runs alone,
writing OUT.refN: the output each writer would leave. Then, ROUNDS times,
all of them run at the same time on OUT. After every round OUT must be
complete, valid JSON, equal to one writer's reference output, and no
temporary file may be left next to it. Prints one line per failure and
exits 1 if there was any.
"""
import json
import os
import subprocess
import sys


def run_all(commands, out):
    procs = [subprocess.Popen([a.replace("@OUT@", out) for a in cmd],
                              stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL) for cmd in commands]
    return [p.wait() for p in procs]


def main():
    out, rounds = sys.argv[1], int(sys.argv[2])
    args = sys.argv[sys.argv.index("--") + 1:]
    commands, current = [], []
    for a in args:
        if a == "---":
            commands.append(current)
            current = []
        else:
            current.append(a)
    commands.append(current)

    refs = []
    for i, cmd in enumerate(commands):
        ref = "%s.ref%d" % (out, i)
        run_all([cmd], ref)
        with open(ref) as f:
            refs.append(f.read())
    if len(set(refs)) != len(refs):
        print("the writers' outputs are not all different")
        return 1

    failures = 0
    directory = os.path.dirname(os.path.abspath(out))
    before = set(os.listdir(directory))
    for r in range(rounds):
        codes = run_all(commands, out)
        with open(out) as f:
            text = f.read()
        try:
            json.loads(text)
        except ValueError as e:
            print("round %d: not valid JSON: %s" % (r, e))
            failures += 1
        if text not in refs:
            print("round %d: the file is no writer's output" % r)
            failures += 1
        left = set(os.listdir(directory)) - before - {os.path.basename(out)}
        if left:
            print("round %d: files left behind: %s" % (r, sorted(left)))
            failures += 1
        if any(c not in (0, 1) for c in codes):
            print("round %d: exit codes %s" % (r, codes))
            failures += 1
    print("%d writers, %d rounds, %d failures" % (len(commands), rounds,
                                                  failures))
    return 1 if failures else 0


sys.exit(main())
