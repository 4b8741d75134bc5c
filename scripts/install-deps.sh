#!/usr/bin/env bash
# Installs the Debian 12 packages wirecheck needs. Idempotent: apt-get
# skips what is already installed. One list per purpose.
set -euo pipefail

# Route checks (wire-route-mismatch, wirecheck-routes): the real headers the
# integration tests in test/integration/route-mismatch-real-*.cpp parse.
ROUTE_PACKAGES=(
  libcpp-httplib-dev
  libcpprest-dev
  libwebsocketpp-dev
  libcurl4-openssl-dev
  libboost-dev
  libpistache-dev
)

PACKAGES=("${ROUTE_PACKAGES[@]}")

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=900 \
  install -y --no-install-recommends "${PACKAGES[@]}"
