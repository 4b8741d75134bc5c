"""Module-level assertions over every registered wire check.

Nothing here names a check: the list comes from `--list-checks` output and
from the registrations in checks/WireModule.cpp.

  wire_checks.py registered WireModule.cpp LIST
      every check registered in WireModule.cpp is listed, and nothing else
  wire_checks.py docs-and-tests SOURCE_DIR LIST
      every listed check has docs/checks/<name>.{md,rst} and
      test/checks/<name>*.cpp, <name> being the check name without `wire-`
  wire_checks.py option-errors DUMP DIAGNOSTICS OPTION VALUE
      a bad global OPTION read by the checks whose --dump-config output has
      it is reported once, naming OPTION (no check prefix) and VALUE
"""
import glob
import os
import re
import sys


def listed_checks(path):
    with open(path) as f:
        names = [l.strip() for l in f if re.match(r"^\s+wire-[a-z0-9-]+\s*$", l)]
    if not names:
        sys.exit("no wire check in " + path)
    return names


def registered(module_cpp, listing):
    with open(module_cpp) as f:
        source = f.read()
    in_source = re.findall(r'registerCheck<[^>]*>\s*\(\s*"(wire-[a-z0-9-]+)"',
                           source)
    in_list = listed_checks(listing)
    print("registered:", " ".join(sorted(in_source)))
    print("listed:    ", " ".join(sorted(in_list)))
    if sorted(in_source) != sorted(in_list):
        sys.exit("registered and listed wire checks differ")


def docs_and_tests(source_dir, listing):
    missing = []
    for check in listed_checks(listing):
        short = check[len("wire-"):]
        docs = [os.path.join(source_dir, "docs", "checks", short + ext)
                for ext in (".md", ".rst")]
        if not any(os.path.isfile(d) for d in docs):
            missing.append("%s: no docs/checks/%s.md" % (check, short))
        tests = glob.glob(os.path.join(source_dir, "test", "checks",
                                       glob.escape(short) + "*.cpp"))
        if not tests:
            missing.append("%s: no test/checks/%s*.cpp" % (check, short))
        else:
            print("%s: %d test file(s)" % (check, len(tests)))
    for m in missing:
        print("missing:", m)
    if missing:
        sys.exit(1)


def option_errors(dump, diagnostics, option, value):
    """A bad global option is reported exactly once, under its own name,
    however many checks read it; no check repeats it under its name."""
    with open(dump) as f:
        checks = re.findall(r"^\s+(wire-[a-z0-9-]+)\." + re.escape(option) +
                            r":", f.read(), re.M)
    if not checks:
        sys.exit("no wire check has option " + option)
    with open(diagnostics) as f:
        text = f.read()
    print("checks reading %s: %s" % (option, " ".join(checks)))
    wanted = "invalid value '%s' in option '%s'" % (value, option)
    count = text.count(wanted)
    print("%s: reported %d time(s)" % (option, count))
    repeated = [c for c in checks if "invalid value '%s' in option '%s.%s'"
                % (value, c, option) in text]
    for c in repeated:
        print("%s: repeats the error under its own name" % c)
    if count != 1 or repeated:
        sys.exit(1)


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    {"registered": registered, "docs-and-tests": docs_and_tests,
     "option-errors": option_errors}[cmd](*args)


if __name__ == "__main__":
    main()
