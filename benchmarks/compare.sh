#!/usr/bin/env bash
# Two builds of smm side by side in one run: the figures of a change are ratios against the
# build before it, measured on the same machine at the same time (absolute times vary threefold
# between machines here). Each pair runs alternately, one run of each in turn.
#
#  1. start to ready on a piped `/quit`
#  2. replay of 20,000 state-changing commands (`/new` then `/rename`…) into a fresh workspace
#  3. a brand with 1,000 messages adapted to three platforms: `/brands` (open), `/status`, `/next`
#  4. exports of that brand: Markdown, HTML, JSON
#
# Usage: benchmarks/compare.sh BEFORE_SMM AFTER_SMM [--runs N]
#   e.g. git worktree add /tmp/before main~5 && (cd /tmp/before && swift build -c release
#        --static-swift-stdlib --product smm) && benchmarks/compare.sh
#        /tmp/before/.build/release/smm .build/release/smm
set -euo pipefail
[ $# -ge 2 ] || {
  echo "usage: benchmarks/compare.sh BEFORE_SMM AFTER_SMM [--runs N]" >&2
  exit 2
}
before="$(realpath "$1")"
after="$(realpath "$2")"
runs=10
if [ "${3:-}" = "--runs" ]; then runs="$4"; fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Runs each "before"/"after" pair alternately, RUNS times (a warm-up first), and prints the
# medians and their ratio: alternation (and swapping which goes first) keeps a change of load on the machine from favouring one
# side. Arguments: LABEL PREPARE BEFORE_COMMAND AFTER_COMMAND (PREPARE runs untimed before each).
pair() {
  python3 - "$runs" "$@" <<'PY'
import statistics, subprocess, sys, time
runs, label, prepare, before, after = int(sys.argv[1]), *sys.argv[2:6]
times = {"before": [], "after": []}
for i in range(runs + 1):
    order = (("before", before), ("after", after))
    for side, command in order if i % 2 == 0 else order[::-1]:
        if prepare:
            subprocess.run(prepare, shell=True, check=True)
        start = time.perf_counter()
        subprocess.run(command, shell=True, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        if i > 0:
            times[side].append(time.perf_counter() - start)
b, a = statistics.median(times["before"]), statistics.median(times["after"])
print(f"  {label:22} before {b*1000:8.1f} ms   after {a*1000:8.1f} ms   after/before {a/b:5.2f}")
PY
}

echo "/quit" >"$work/quit.smm"
for side in before after; do
  "${!side}" --workspace "$work/$side-start.sqlite" -c '/new bench' >/dev/null
done

echo "== 1. start to ready on a piped /quit ($runs runs each, alternating)"
pair "start" "" "$before --workspace $work/before-start.sqlite < $work/quit.smm" \
  "$after --workspace $work/after-start.sqlite < $work/quit.smm"

echo "== 2. replay of 20,000 /rename lines into a fresh workspace"
python3 - "$work/replay.smm" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("/new bench\n")
    for i in range(1, 20000):
        f.write(f"/rename bench-{i}\n")
PY
pair "replay" "rm -f $work/replay.sqlite $work/replay.sqlite-wal $work/replay.sqlite-shm" \
  "$before --workspace $work/replay.sqlite run $work/replay.smm" \
  "$after --workspace $work/replay.sqlite run $work/replay.smm"

echo "== 3. a brand with 1,000 messages on 3 platforms"
python3 - "$work/large.smm" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("/new large\n/brand set sector bakery\n/brand set market b2c\n")
    f.write("/spaces choose instagram linkedin x\n")
    for i in range(1, 1001):
        f.write(f'/content message add "Message {i}: our sourdough rises for 24 hours, '
                f'come and taste it at https://example.com/bread/{i} #bakery"\n')
        f.write(f"/content adapt {i}\n")
PY
for side in before after; do
  "${!side}" --workspace "$work/$side-large.sqlite" run "$work/large.smm" >/dev/null 2>&1
done
for command in /brands /status /next; do
  pair "$command" "" "$before --workspace $work/before-large.sqlite -c $command" \
    "$after --workspace $work/after-large.sqlite -c $command"
done

echo "== 4. exports of that brand"
for format in md html json; do
  pair "export $format" "" \
    "$before --workspace $work/before-large.sqlite export large --format $format -o $work/b.$format --force" \
    "$after --workspace $work/after-large.sqlite export large --format $format -o $work/a.$format --force"
done
