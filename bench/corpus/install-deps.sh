#!/bin/bash
# Debian 12 packages the real-world corpus needs to parse its translation
# units (see projects.json and docs/real-world.md).  Run as root.
set -euo pipefail
apt-get update
apt-get install -y --no-install-recommends \
  cmake ninja-build git nodejs npm \
  nlohmann-json3-dev libspdlog-dev libfmt-dev libcpp-httplib-dev \
  libpistache-dev libcpprest-dev libboost-dev libboost-system-dev \
  libboost-filesystem-dev libboost-random-dev libboost-thread-dev \
  libboost-chrono-dev libboost-regex-dev libboost-program-options-dev \
  libasio-dev libgoogle-glog-dev libgflags-dev libeigen3-dev \
  libjsoncpp-dev uuid-dev zlib1g-dev libssl-dev libbrotli-dev \
  libhowardhinnant-date-dev libgtest-dev catch2 rapidjson-dev libsystemd-dev \
  python3-jinja2 python3-yaml python3-jsonschema
