#!/usr/bin/env bash
# Builds the release bundle and prints what a visitor downloads: the wasm and
# the JS glue, raw and gzipped. For the record, not a pass/fail test.
set -euo pipefail
cd "$(dirname "$0")/.."
trunk build --release --dist dist-release >/dev/null
printf '%-28s %10s %10s\n' file bytes gzipped
total=0; total_gz=0
for f in dist-release/*.wasm dist-release/*.js; do
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + raw)); total_gz=$((total_gz + gz))
  printf '%-28s %10d %10d\n' "$(basename "$f")" "$raw" "$gz"
done
printf '%-28s %10d %10d\n' total "$total" "$total_gz"
