#!/usr/bin/env python3
"""Measures the whole-process numbers PERFORMANCE.md reports.

Runs the built `summarize` tool the way the performance targets are judged
(whole process: wall and user time, and peak RSS as GNU time reports it;
median of several runs after a warm-up) and prints Markdown tables:

  - the scaling curve: every corpus text with -n 5, wall and user time and
    peak RSS;
  - the 10 MB target: `summarize -n 5 en-10m.txt`;
  - the OTS ratio: `summarize -r 0.05 en-1m.txt` against `ots -r 5 en-1m.txt`
    in the same run;
  - batch scaling: `summarize --jsonl -n 7` over the BBC set on 1 and 2
    threads.

Needs GNU time (/usr/bin/time, Debian package `time`) and, for the ratio,
Debian's `ots`; a part whose tool or data is missing is skipped with a note.

  tools/measure_performance.py [--build build] [--shared ../shared] [--runs 5]
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

GNU_TIME = "/usr/bin/time"
CORPUS = ["en-5k", "en-100k", "en-1m", "de-1m", "en-10m"]


def measure(command, stdin_path=None):
    """Runs `command` once; returns (wall s, user s, peak RSS KiB).

    Wall time is measured here and user time taken from the kernel's
    accounting of the child (both to the microsecond); the peak RSS comes
    from GNU time, which runs the command as its own child: a process forked
    from Python would count Python's pages too.
    """
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        try:
            began = time.perf_counter()
            child = subprocess.Popen(
                [GNU_TIME, "-o", report.name, "-f", "%M"] + command,
                stdin=stdin, stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE)
            # Read stderr before waiting, so a chatty child cannot block.
            errors = child.stderr.read()
            _, status, usage = os.wait4(child.pid, 0)
            wall = time.perf_counter() - began
            child.returncode = os.waitstatus_to_exitcode(status)
        finally:
            if stdin_path:
                stdin.close()
        fields = report.read().split()
    # GNU time passes the command's exit code on. Exit 1 is a finished batch
    # with failed lines; anything else is a failure.
    if child.returncode not in (0, 1) or not fields:
        sys.exit("failed: " + " ".join(command) + "\n" +
                 errors.decode(errors="replace"))
    return wall, usage.ru_utime, int(fields[-1])


def median_of(command, runs, stdin_path=None):
    """Median wall, user and peak of `runs` runs after one warm-up run."""
    measure(command, stdin_path)
    samples = [measure(command, stdin_path) for _ in range(runs)]
    return tuple(statistics.median(s[k] for s in samples) for k in range(3))


def mib(kib):
    return f"{kib / 1024:.0f} MiB"


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(root, "build"))
    parser.add_argument("--shared",
                        default=os.path.join(os.path.dirname(root), "shared"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    tool = os.path.join(args.build, "examples", "summarize")
    corpus = os.path.join(args.shared, "data", "corpus")
    if not os.access(GNU_TIME, os.X_OK):
        sys.exit(f"{GNU_TIME} not found (Debian package `time`)")
    if not os.access(tool, os.X_OK):
        sys.exit(f"{tool} not built")
    if not os.path.isdir(corpus):
        sys.exit(f"{corpus} not found: the corpus texts are needed")

    print(f"Median of {args.runs} runs after a warm-up, one process each.\n")
    print("| text | bytes | wall | user | peak RSS |")
    print("|---|---:|---:|---:|---:|")
    for name in CORPUS:
        path = os.path.join(corpus, name + ".txt")
        if not os.path.exists(path):
            continue
        wall, user, peak = median_of([tool, "-n", "5", path], args.runs)
        print(f"| {name} | {os.path.getsize(path):,} | {wall:.3f} s | "
              f"{user:.3f} s | {mib(peak)} |")

    en1m = os.path.join(corpus, "en-1m.txt")
    ots = shutil.which("ots")
    print()
    if ots and os.path.exists(en1m):
        ours = median_of([tool, "-r", "0.05", en1m], args.runs)
        theirs = median_of([ots, "-r", "5", en1m], max(1, args.runs // 2))
        print("| command | wall | user | peak RSS |")
        print("|---|---:|---:|---:|")
        print(f"| `ots -r 5 en-1m.txt` | {theirs[0]:.2f} s | {theirs[1]:.2f} s "
              f"| {mib(theirs[2])} |")
        print(f"| `summarize -r 0.05 en-1m.txt` | {ours[0]:.3f} s | "
              f"{ours[1]:.3f} s | {mib(ours[2])} |")
        print(f"\nspeed-up: {theirs[0] / ours[0]:.0f}x wall, "
              f"{theirs[1] / max(ours[1], 0.005):.0f}x user")
    else:
        print("(OTS comparison skipped: `ots` or en-1m.txt missing)")

    bbc = os.path.join(args.shared, "data", "bbc_news_summary", "docs.jsonl")
    print()
    if os.path.exists(bbc):
        walls = {}
        for threads in (1, 2):
            walls[threads] = median_of(
                [tool, "--jsonl", "-n", "7", "--threads", str(threads)],
                args.runs, stdin_path=bbc)[0]
        print(f"batch over the BBC set (`--jsonl -n 7`): 1 thread "
              f"{walls[1]:.2f} s, 2 threads {walls[2]:.2f} s, "
              f"{walls[1] / walls[2]:.2f}x")
    else:
        print("(batch scaling skipped: the BBC set is missing)")


if __name__ == "__main__":
    main()
