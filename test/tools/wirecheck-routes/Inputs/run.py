"""Runs a command, prints its stdout (and stderr after a marker line) and
fails unless it exits with the expected code.

Usage: run.py EXPECTED_CODE command args...
"""
import subprocess
import sys

expected = int(sys.argv[1])
proc = subprocess.run(sys.argv[2:], stdout=subprocess.PIPE,
                      stderr=subprocess.PIPE, universal_newlines=True)
sys.stdout.write(proc.stdout)
sys.stdout.write("--- stderr ---\n" + proc.stderr)
sys.stdout.write("--- exit %d ---\n" % proc.returncode)
sys.exit(0 if proc.returncode == expected else 1)
