#!/usr/bin/env bash
# Line assembly: `smm run` of a script holding one `"""` text block of N lines (a long bio),
# at 1,000, 2,000, 4,000 and 16,000 lines, beside python3 reading the same file line by line
# (the floor). Linear assembly keeps seconds per 1,000 lines flat as N grows.
#
# Usage: benchmarks/text-block.sh [SMM_BINARY]   (default: the release build)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
smm="${1:-$root/.build/release/smm}"
[ -x "$smm" ] || swift build -c release --package-path "$root" >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf "  %-8s %12s %18s   %s\n" lines "smm seconds" "seconds/1,000 lines" "python3 floor"
for n in 1000 2000 4000 16000; do
  python3 - "$n" "$work/block-$n.smm" <<'PY'
import sys
n, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w") as f:
    f.write('/new block\n/brand set bio """\n')
    for i in range(n):
        f.write(f"line {i} of a long bio, with \"quotes\" and 'apostrophes'\n")
    f.write('"""\n')
PY
  rm -f "$work"/ws.sqlite*
  start=$(date +%s.%N)
  "$smm" --workspace "$work/ws.sqlite" run "$work/block-$n.smm" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  fstart=$(date +%s.%N)
  python3 -c "import sys; sum(1 for _ in open(sys.argv[1]))" "$work/block-$n.smm"
  fend=$(date +%s.%N)
  python3 -c "s=$end-$start; f=$fend-$fstart; print(f'  {$n:<8} {s:12.3f} {s/$n*1000:18.4f}   {f:.3f} s')"
done
