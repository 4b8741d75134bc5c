# -*- Python -*-
# lit configuration for wirecheck. Paths come from lit.site.cfg.py, which
# CMake generates; no tool is looked up on PATH.
import os
import lit.formats

config.name = "wirecheck"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".test"]
# test/utils holds the check runner, test/unit the GoogleTest tests.
config.excludes = ["Inputs", "utils", "unit", "CMakeLists.txt"]
config.test_source_root = os.path.dirname(__file__)
source_dir = os.path.dirname(config.test_source_root)

# The build directory to test: --param build=DIR (default: <source>/build).
build_dir = os.path.abspath(lit_config.params.get(
    "build", os.path.join(source_dir, "build")))
paths_file = os.path.join(build_dir, "test", "lit.paths.py")
if not os.path.exists(paths_file):
    lit_config.fatal("no %s: configure the build first (cmake -S . -B %s)"
                     % (paths_file, build_dir))
paths = {}
with open(paths_file) as f:
    exec(f.read(), paths)
for key, value in paths.items():
    if not key.startswith("__"):
        setattr(config, key, value)
config.wirecheck_source_dir = source_dir
config.test_exec_root = os.path.join(build_dir, "test")

tidy = config.clang_tidy
plugin = config.wirecheck_plugin
# The compiler of the same LLVM, for -compile-fixed (fixed files must build).
clangxx = os.path.join(os.path.dirname(tidy), "clang++")
python = config.python_executable
runner = os.path.join(config.test_source_root, "utils", "check_clang_tidy.py")

# Substitutions by name; they are added at the end, longest name first, so a
# name is never eaten by one that is its prefix (%wirecheck_tidy_args and
# %wirecheck_tidy), whatever order they are defined in here.
substitutions = {}
static = lit_config.params.get("tidy", "plugin") == "static"

# %clang_tidy: the clang-tidy under test with the wire module available.
# Either the matching clang-tidy with the plugin loaded, or wirecheck-tidy
# (--param tidy=static) that has the module linked in.
# %wirecheck_tidy_args: the same as "TIDY [PLUGIN]", for scripts that take the
# binary and the plugin separately.
if static:
    tidy_cmd = config.wirecheck_tidy
    tidy_args = config.wirecheck_tidy
    runner_cmd = "%s %s --clang-tidy=%s --filecheck=%s --clangxx=%s" % (
        python, runner, config.wirecheck_tidy, config.filecheck, clangxx)
else:
    tidy_cmd = "%s -load %s" % (tidy, plugin)
    tidy_args = "%s %s" % (tidy, plugin)
    runner_cmd = "%s %s --clang-tidy=%s --plugin=%s --filecheck=%s --clangxx=%s" % (
        python, runner, tidy, plugin, config.filecheck, clangxx)

substitutions["%check_clang_tidy"] = runner_cmd
substitutions["%clang_tidy"] = tidy_cmd
substitutions["%wirecheck_tidy_args"] = tidy_args
substitutions["%FileCheck"] = config.filecheck
substitutions["%not"] = config.not_tool
substitutions["%python"] = python
substitutions["%wirecheck_src"] = config.wirecheck_source_dir
substitutions["%wirecheck_bin"] = config.wirecheck_binary_dir
substitutions["%llvm_version"] = config.llvm_version_major
substitutions["%wirecheck_version"] = getattr(config, "wirecheck_version", "")

config.environment["HOME"] = os.environ.get("HOME", "/tmp")
# llvm-NN: the LLVM major version under test, for XFAIL lines that record a
# known difference between the supported versions.
config.available_features.add("llvm-%s" % config.llvm_version_major)

# The statically linked tools, when built: %wirecheck_tidy, %wirecheck_clangd
# and the lit features of the same names for REQUIRES lines.
for tool in ("wirecheck_tidy", "wirecheck_clangd"):
    path = getattr(config, tool, "")
    if path and os.path.exists(path):
        config.available_features.add(tool.replace("_", "-"))
    substitutions["%" + tool] = path

# Real clients the integration surfaces are tested with (Debian packages).
import shutil
for feature, program in (("nvim", "nvim"), ("pre-commit", "pre-commit")):
    found = shutil.which(program, path="/usr/bin")
    if found:
        config.available_features.add(feature)
        substitutions["%" + feature] = found

# %wirecheck_sarif: the SARIF converter.
substitutions["%wirecheck_sarif"] = getattr(config, "wirecheck_sarif", "")
if shutil.which("npm"):
    config.available_features.add("npm")

# %cmake, %make_program and %cpack: the CMake, build tool and CPack of this
# build, for the package tests.
substitutions["%cmake"] = getattr(config, "cmake_command", "")
substitutions["%make_program"] = getattr(config, "make_program", "")
substitutions["%cpack"] = getattr(config, "cpack_command", "")
if shutil.which("dpkg-deb"):
    config.available_features.add("dpkg")

# unshare-tmpfs: this user may mount a tmpfs in a private mount namespace
# (root, or a container that allows it), for the full-disk tests. Without
# it they are reported UNSUPPORTED, not passed.
import subprocess
import tempfile
if shutil.which("unshare") and hasattr(os, "geteuid") and os.geteuid() == 0:
    with tempfile.TemporaryDirectory() as probe:
        if subprocess.call(
                ["unshare", "-m", "mount", "-t", "tmpfs", "-o", "size=4k",
                 "tmpfs", probe],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) == 0:
            config.available_features.add("unshare-tmpfs")

config.substitutions.extend(
    sorted(substitutions.items(), key=lambda kv: (-len(kv[0]), kv[0])))
