#!/usr/bin/env bash
# Installs a configured and built tree into a fresh temporary prefix, then
# checks it the way a user would: the consumer project (examples/consumer)
# built with CMake's find_package and with make + pkg-config, both run; the
# installed summarize tool and man page when the build has them; for a
# shared library, that only the public API is exported; the Python module
# when the build has it (imported with PYTHONPATH alone, no
# LD_LIBRARY_PATH).
#
# Usage: tools/check-install.sh BUILD_DIR static|shared
set -euo pipefail
cd "$(dirname "$0")/.."
build=$1
kind=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"

step() { printf -- '-- %s\n' "$1"; }

step "install $build ($kind) into a temporary prefix"
cmake --install "$build" --prefix "$prefix" > /dev/null
libdir=$(find "$prefix" -name 'libsummarize.*' -printf '%h\n' | head -1)

step "consumer with CMake (find_package)"
cmake -S examples/consumer -B "$work/cmake" -DCMAKE_PREFIX_PATH="$prefix" > /dev/null
cmake --build "$work/cmake" > /dev/null
"$work/cmake/consumer"
"$work/cmake/consumer_c"

step "consumer with make and pkg-config"
cp -r examples/consumer "$work/make"
static_flag=""
[ "$kind" = static ] && static_flag="STATIC=1"
PKG_CONFIG_PATH="$libdir/pkgconfig" make -s -C "$work/make" $static_flag
"$work/make/consumer"
"$work/make/consumer_c"

if [ -x "$prefix/bin/summarize" ]; then
  step "installed summarize tool and man page"
  test -f "$prefix/share/man/man1/summarize.1"
  env -u LD_LIBRARY_PATH "$prefix/bin/summarize" -n 1 examples/article.txt
fi

if [ "$kind" = shared ]; then
  step "exported symbols: the public API only"
  so=$(find "$libdir" -name 'libsummarize.so.*' | head -1)
  leaked=$(nm -D --defined-only -C "$so" | grep -c 'summarize::internal' || true)
  if [ "$leaked" != 0 ]; then
    echo "libsummarize.so exports $leaked internal symbols" >&2
    exit 1
  fi
fi

python_dir=$(find "$prefix" -type d -name dist-packages | head -1)
if [ -n "$python_dir" ]; then
  step "Python module from the install"
  env -u LD_LIBRARY_PATH PYTHONPATH="$python_dir" python3 -c '
import summarize
summary = summarize.summarize("One sentence here. Another one there. A third.", sentences=2)
assert len(summary.sentences) == 2, summary
print("python:", summarize.__version__, [s.text for s in summary.sentences])'
fi
step "install check ($kind) passed"
