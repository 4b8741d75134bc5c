# -*- Python -*-
# lit configuration for wirecheck. Paths come from lit.site.cfg.py, which
# CMake generates; no tool is looked up on PATH.
import os
import lit.formats

config.name = "wirecheck"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".test"]
config.excludes = ["Inputs", "tools", "unit", "CMakeLists.txt"]
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
runner = os.path.join(config.test_source_root, "tools", "check_clang_tidy.py")

# %clang_tidy: the clang-tidy under test with the wire module available.
# Either the matching clang-tidy with the plugin loaded, or wirecheck-tidy
# (WIRECHECK_TIDY=static) that has the module linked in.
if lit_config.params.get("tidy", "plugin") == "static":
    tidy_cmd = config.wirecheck_tidy
    runner_cmd = "%s %s --clang-tidy=%s --filecheck=%s --clangxx=%s" % (
        python, runner, config.wirecheck_tidy, config.filecheck, clangxx)
else:
    tidy_cmd = "%s -load %s" % (tidy, plugin)
    runner_cmd = "%s %s --clang-tidy=%s --plugin=%s --filecheck=%s --clangxx=%s" % (
        python, runner, tidy, plugin, config.filecheck, clangxx)

config.substitutions.append(("%check_clang_tidy", runner_cmd))
config.substitutions.append(("%clang_tidy", tidy_cmd))
config.substitutions.append(("%FileCheck", config.filecheck))
config.substitutions.append(("%not", config.not_tool))
config.substitutions.append(("%python", python))
config.substitutions.append(("%wirecheck_src", config.wirecheck_source_dir))
config.substitutions.append(("%wirecheck_bin", config.wirecheck_binary_dir))
config.substitutions.append(("%llvm_version", config.llvm_version_major))

config.environment["HOME"] = os.environ.get("HOME", "/tmp")

# The statically linked tools, when built: %wirecheck_tidy, %wirecheck_clangd
# and the lit features of the same names for REQUIRES lines.
for tool in ("wirecheck_tidy", "wirecheck_clangd"):
    path = getattr(config, tool, "")
    if path and os.path.exists(path):
        config.available_features.add(tool.replace("_", "-"))
    config.substitutions.append(("%" + tool, path))
config.substitutions.append(
    ("%wirecheck_version", getattr(config, "wirecheck_version", "")))

# Real clients the integration surfaces are tested with (Debian packages).
import shutil
for feature, program in (("nvim", "nvim"), ("pre-commit", "pre-commit")):
    found = shutil.which(program, path="/usr/bin")
    if found:
        config.available_features.add(feature)
        config.substitutions.append(("%" + feature, found))

# %wirecheck_tidy_args: the clang-tidy under test as "TIDY [PLUGIN]", for
# scripts that take the binary and the plugin separately.
if lit_config.params.get("tidy", "plugin") == "static":
    config.substitutions.insert(0, ("%wirecheck_tidy_args",
                                    config.wirecheck_tidy))
else:
    config.substitutions.insert(0, ("%wirecheck_tidy_args",
                                    "%s %s" % (tidy, plugin)))

# %wirecheck_sarif: the SARIF converter.
config.substitutions.insert(0, ("%wirecheck_sarif",
                                getattr(config, "wirecheck_sarif", "")))
if shutil.which("npm"):
    config.available_features.add("npm")

# %cmake and %make_program: the CMake and build tool of this build, for the
# package tests.
config.substitutions.insert(0, ("%cmake", getattr(config, "cmake_command", "")))
config.substitutions.insert(0, ("%make_program",
                                getattr(config, "make_program", "")))
config.substitutions.insert(0, ("%cpack", getattr(config, "cpack_command", "")))
if shutil.which("dpkg-deb"):
    config.available_features.add("dpkg")
