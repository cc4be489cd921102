#!/usr/bin/env bash
# Runs the summarize tool on pathological inputs and checks that each one is
# summarized (exit 0, a non-empty summary) within a time and memory budget.
#
#   tools/check-pathological.sh BUILD_DIR
#
# Inputs are generated (python3) into a temporary folder that is removed at
# exit: 200,000 one-word sentences; ~12 MB of words without punctuation or
# newline; 100,000 copies of one sentence; one line of 5,000 words of 1,000
# characters; 100,000 nested <div>s with text in each (--html). Each case
# runs `BUILD_DIR/examples/summarize -n 3` under GNU time (Debian package
# `time`) and must finish within MAX_SECONDS wall-clock seconds (60) with a
# peak resident set of at most MAX_MIB MiB (1024). Prints one line per case
# (name, seconds, peak MiB, PASS or FAIL and why) and exits 1 if any failed.
# Not a ctest test: its numbers depend on the machine.
set -euo pipefail

if [ "$#" -ne 1 ]; then
  echo "usage: $0 BUILD_DIR" >&2
  exit 2
fi
tool="$1/examples/summarize"
if [ ! -x "$tool" ]; then
  echo "$0: no summarize binary at $tool (build it first)" >&2
  exit 2
fi
if [ ! -x /usr/bin/time ]; then
  echo "$0: needs GNU time at /usr/bin/time (Debian package 'time')" >&2
  exit 2
fi
max_seconds="${MAX_SECONDS:-60}"
max_mib="${MAX_MIB:-1024}"

work="$(mktemp -d "${TMPDIR:-/tmp}/summarize-pathological.XXXXXX")"
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import random
import sys

out = sys.argv[1]
rng = random.Random(20261127)

def word(i):
    # A distinct lower-case word for each i: its base-26 digits as letters.
    letters = ""
    i += 26 * 27  # at least three letters
    while i:
        i, r = divmod(i, 26)
        letters += chr(ord("a") + r)
    return letters

with open(f"{out}/one-word-sentences.txt", "w") as f:
    f.write(" ".join(word(i % 20000).capitalize() + "." for i in range(200_000)))

vocabulary = [word(i) for i in range(5000)]
with open(f"{out}/no-punctuation.txt", "w") as f:
    size = 0
    chunk = []
    while size < 12_000_000:
        w = rng.choice(vocabulary)
        chunk.append(w)
        size += len(w) + 1
    f.write(" ".join(chunk))  # no final newline either

with open(f"{out}/identical-sentences.txt", "w") as f:
    f.write("The council approved the new library budget on Monday. " * 100_000)

with open(f"{out}/long-words.txt", "w") as f:
    f.write(" ".join("".join(rng.choice("abcdefghijklmnopqrstuvwxyz")
                             for _ in range(1000)) for _ in range(5000)))
    f.write("\n")

with open(f"{out}/nested-divs.html", "w") as f:
    depth = 100_000
    f.write("<!DOCTYPE html><html><head><title>Nested</title></head><body>")
    for i in range(depth):
        f.write(f"<div>Level {i} of the tower holds {word(i % 700)} stones. ")
    f.write("</div>" * depth)
    f.write("</body></html>\n")
PY

failures=0
run_case() {
  local name="$1"
  shift
  local stats="$work/$name.time"
  local out="$work/$name.out"
  local err="$work/$name.err"
  local status=0
  # timeout stops a run that hangs; it is a failure either way.
  /usr/bin/time -f '%e %M' -o "$stats" \
    timeout --signal=KILL "$((max_seconds * 2))" \
    "$tool" -n 3 "$@" >"$out" 2>"$err" || status=$?
  local seconds kib mib
  read -r seconds kib < <(tail -n 1 "$stats")
  mib=$((kib / 1024))
  local verdict="PASS" why=""
  if [ "$status" -ne 0 ]; then
    verdict="FAIL"
    why="exit $status: $(head -c 200 "$err" | tr '\n' ' ')"
  elif [ ! -s "$out" ]; then
    verdict="FAIL"
    why="empty summary"
  elif awk -v s="$seconds" -v m="$max_seconds" 'BEGIN { exit !(s > m) }'; then
    verdict="FAIL"
    why="over ${max_seconds} s"
  elif [ "$mib" -gt "$max_mib" ]; then
    verdict="FAIL"
    why="over ${max_mib} MiB"
  fi
  printf '%-22s %7.2f s %6d MiB  %s%s\n' "$name" "$seconds" "$mib" "$verdict" \
    "${why:+  ($why)}"
  [ "$verdict" = PASS ] || failures=$((failures + 1))
}

run_case one-word-sentences "$work/one-word-sentences.txt"
run_case no-punctuation "$work/no-punctuation.txt"
run_case identical-sentences "$work/identical-sentences.txt"
run_case long-words "$work/long-words.txt"
run_case nested-divs --html "$work/nested-divs.html"

if [ "$failures" -gt 0 ]; then
  echo "$failures of 5 pathological inputs failed" >&2
  exit 1
fi
