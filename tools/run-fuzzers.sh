#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer, and runs each for SECONDS (default 60) from
# its seed corpus (tests/fuzz/corpus) with its dictionary. Fails on any
# crash, leak or sanitizer report; the input that caused it is left in
# build-fuzz/ (crash-*, leak-*) to become a regression test.
#
# Usage: tools/run-fuzzers.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSUMMARIZE_BUILD_FUZZERS=ON -DSUMMARIZE_BUILD_TESTS=OFF \
  -DSUMMARIZE_BUILD_EXAMPLES=OFF -DSUMMARIZE_BUILD_BENCH=OFF \
  -DSUMMARIZE_INSTALL=OFF \
  "-DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
  > /dev/null
cmake --build build-fuzz -j 2
for target in text:html.dict html:html.dict jsonl:json.dict; do
  name=${target%%:*}
  dict=${target#*:}
  corpus="build-fuzz/corpus-$name"
  mkdir -p "$corpus"
  echo "-- ${name}_fuzzer for ${seconds} s"
  (cd build-fuzz && "tests/fuzz/${name}_fuzzer" -max_total_time="$seconds" \
    -rss_limit_mb=2048 -timeout=20 -print_final_stats=1 \
    -dict="../tests/fuzz/$dict" "corpus-$name" "../tests/fuzz/corpus/$name" \
    2>&1 | tail -n 12)
done
