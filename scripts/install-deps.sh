#!/usr/bin/env bash
# Installs what building, testing and demonstrating wirecheck needs, from
# Debian 12's archive. Idempotent: when every package is already installed it
# only checks and exits; otherwise it runs `apt-get update` once and installs
# the missing ones. Add packages to the list of their purpose.
set -euo pipefail

# Building the plugin.
BUILD_PACKAGES=(cmake ninja-build g++ python3)
# LLVM 22: the clang-tidy we load into, its headers and CMake packages, and
# lit/FileCheck for the tests.
LLVM_PACKAGES=(clang-tidy-22 libclang-22-dev llvm-22-dev llvm-22-tools clang-22
  clang-format-22)
# Unit tests and the integration tests on real library headers.
TEST_PACKAGES=(libgtest-dev nlohmann-json3-dev libspdlog-dev libfmt-dev
  libcpp-httplib-dev rapidjson-dev libjsoncpp-dev libgoogle-glog-dev
  libboost-log-dev libabsl-dev)
# The agent-control example (examples/): httplib's flags come from pkg-config.
EXAMPLE_PACKAGES=(pkg-config)

ALL_PACKAGES=("${BUILD_PACKAGES[@]}" "${LLVM_PACKAGES[@]}"
  "${TEST_PACKAGES[@]}" "${EXAMPLE_PACKAGES[@]}")
# wirecheck-clangd links clangd's libraries, which use gRPC and protobuf
# (Debian's gRPC CMake package also needs protobuf-compiler-grpc).
CLANGD_PACKAGES=(libgrpc++-dev libprotobuf-dev protobuf-compiler-grpc)
# The real clients the integration surfaces are tested with: Neovim's LSP
# client drives wirecheck-clangd; the pre-commit framework runs our hook;
# npm installs the SARIF validator (@microsoft/sarif-multitool).
CLIENT_PACKAGES=(neovim pre-commit git nodejs)
# Route checks (wire-route-mismatch, wirecheck-routes): the real headers the
# integration tests in test/integration/route-mismatch-real-*.cpp parse.
ROUTE_PACKAGES=(libcpprest-dev libwebsocketpp-dev libcurl4-openssl-dev
  libboost-dev libpistache-dev)
ALL_PACKAGES+=("${CLANGD_PACKAGES[@]}" "${CLIENT_PACKAGES[@]}"
  "${ROUTE_PACKAGES[@]}")
# The second supported LLVM (scripts/test-llvm19.sh): plugin, tools, lit suite.
LLVM19_PACKAGES=(clang-tidy-19 libclang-19-dev llvm-19-dev llvm-19-tools)
ALL_PACKAGES+=("${LLVM19_PACKAGES[@]}")

missing=()
for pkg in "${ALL_PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == installed ]] || missing+=("$pkg")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#ALL_PACKAGES[@]} packages are installed"
  exit 0
fi

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || {
    echo "install-deps: not root and no sudo; install: ${missing[*]}" >&2
    exit 1
  }
  SUDO=(sudo)
fi

echo "install-deps: installing ${missing[*]}"
"${SUDO[@]}" apt-get update
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get -o DPkg::Lock::Timeout=900 install -y --no-install-recommends \
  "${missing[@]}"
