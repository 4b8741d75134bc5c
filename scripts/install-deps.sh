#!/usr/bin/env bash
# Installs the Debian packages wirecheck's build and tests need. Idempotent:
# packages already installed are skipped. One list per purpose; add yours.
set -euo pipefail

# Core build and test toolchain (LLVM 22, CMake, lit, GoogleTest).
CORE_PACKAGES=(
  clang-tidy-22 libclang-22-dev llvm-22-dev llvm-22-tools
  cmake ninja-build python3 libgtest-dev
)

# wirecheck-clangd links clangd's libraries, which use gRPC and protobuf
# (Debian's gRPC CMake package also needs protobuf-compiler-grpc).
CLANGD_PACKAGES=(libgrpc++-dev libprotobuf-dev protobuf-compiler-grpc)

# Integration tests with the real clients: Neovim's LSP client drives
# wirecheck-clangd; the pre-commit framework runs our hook.
CLIENT_PACKAGES=(neovim pre-commit git)

# The SARIF validator (@microsoft/sarif-multitool) comes from npm.
SARIF_PACKAGES=(nodejs)

ALL_PACKAGES=(
  "${CORE_PACKAGES[@]}"
  "${CLANGD_PACKAGES[@]}"
  "${CLIENT_PACKAGES[@]}"
  "${SARIF_PACKAGES[@]}"
)

missing=()
for pkg in "${ALL_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null |
      grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=900 \
  install -y --no-install-recommends "${missing[@]}"
