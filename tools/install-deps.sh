#!/usr/bin/env bash
# Installs the Debian 12 packages libsummarize needs to build, test and
# benchmark. Installs only what is missing; needs root (or sudo).
set -euo pipefail

packages=(
  cmake g++ make pkg-config
  libicu-dev libeigen3-dev libstemmer-dev
  libcld2-dev            # language detection (lib/text/language_detector)
  libgumbo-dev           # HTML5 parser of lib/html (pkg-config: gumbo)
  libcli11-dev nlohmann-json3-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  python3 python3-nltk   # ROUGE agreement test: ../shared/tools/rouge.py
  ots                    # the Open Text Summarizer baseline of summarize-eval
  pybind11-dev python3-dev  # the Python module (SUMMARIZE_BUILD_PYTHON=ON)
  chromium               # renders the HTML view in tests/render (headless)
  clang libclang-rt-14-dev  # libFuzzer targets (tools/run-fuzzers.sh)
  time                   # GNU time: tools/check-pathological.sh
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[ "${#missing[@]}" -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
