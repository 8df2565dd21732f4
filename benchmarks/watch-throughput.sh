#!/usr/bin/env bash
# Throughput and memory of `smm watch`: volume series of 1M and 10M points (5-minute steps, a
# daily rhythm, Poisson counts, a few spikes) and 1M mentions as JSON lines (with and without
# the sentiment reading, and 1M mixed English and French mentions with a negative day), and
# `smm sentiment` on 1M lines, each timed with /usr/bin/time -v (wall clock, maximum resident
# set size), beside a pandas rolling-window
# detector (mean and standard deviation of the last day, z > 4) on the same volume files.
# Usage: benchmarks/watch-throughput.sh [SMM_BINARY] (default: .build/release/smm)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$root/.build/release/smm}"
work="${WORK:-$root/.build/watch-throughput}"
mkdir -p "$work"
[ -x /usr/bin/time ] || { echo "skipped: /usr/bin/time is missing (apt-get install time)"; exit 0; }

python3 - "$work" <<'PY'
import math, os, random, sys
work = sys.argv[1]
def volume(path, n):
    if os.path.exists(path) and os.path.getsize(path) > 0: return
    rng = random.Random(17)
    start = 1425168000  # 2015-03-01 00:00 UTC
    rates = [4 + 36 * max(0.0, math.sin((h - 6) / 18 * math.pi)) for h in range(24)]
    with open(path, "w") as out:
        out.write("timestamp,value\n")
        rows = []
        for i in range(n):
            t = start + 300 * i
            d, r = divmod(t, 86400)
            mean = rates[r // 3600] * (8 if i % 20000 < 24 else 1)
            v = max(0, int(rng.gauss(mean, math.sqrt(mean)) + 0.5))
            h, m, s = r // 3600, r % 3600 // 60, r % 60
            y, mo, dd = civil(d)
            rows.append(f"{y:04d}-{mo:02d}-{dd:02d} {h:02d}:{m:02d}:{s:02d},{v}\n")
            if len(rows) == 100000:
                out.writelines(rows); rows = []
        out.writelines(rows)
def civil(z):
    z += 719468; era = z // 146097; doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100); mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1; m = mp + 3 if mp < 10 else mp - 9
    return yoe + era * 400 + (m <= 2), m, d
def mentions(path, n):
    if os.path.exists(path) and os.path.getsize(path) > 0: return
    with open(path, "w") as out:
        for i in range(n):
            t = 1425168000 + i // 3
            d, r = divmod(t, 86400); y, mo, dd = civil(d)
            out.write('{"timestamp": "%04d-%02d-%02dT%02d:%02d:%02dZ", "text": "Ordered twice from @brand, never delivered. Anyone else? #%d", "author": "user%d", "platform": "x", "reach": %d}\n'
                      % (y, mo, dd, r // 3600, r % 3600 // 60, r % 60, i % 97, i % 5000, i % 3000))
def mixed(path, texts_path, n):
    # English and French mentions of varied length, one in five negative, and from line
    # 600,000 on a day where half are: what a crisis looks like to the sentiment reading.
    if os.path.exists(path) and os.path.getsize(path) > 0: return
    calm = ["Bought bread at @brand this morning", "Best croissant in town, thank you @brand!",
            "Le pain de @brand est vraiment délicieux 😍", "Queue at @brand again, worth it though",
            "J'ai acheté une baguette chez @brand avant le travail", "Super accueil chez @brand :)",
            "Is @brand open on Sunday? Asking for a friend", "Pas mal du tout le nouveau gâteau de @brand"]
    bad = ["@brand sold me a stale loaf and the staff were rude. Never again!!",
           "Très déçu par @brand, pain rassis et personne pour répondre 😡",
           "Worst service ever at @brand, I am so disappointed", "C'est honteux, @brand ne rembourse pas"]
    rng = random.Random(5)
    with open(path, "w") as out, open(texts_path, "w") as texts:
        for i in range(n):
            t = 1425168000 + i // 3
            d, r = divmod(t, 86400); y, mo, dd = civil(d)
            share = 0.5 if 600_000 <= i < 630_000 else 0.2
            text = rng.choice(bad) if rng.random() < share else rng.choice(calm)
            out.write('{"timestamp": "%04d-%02d-%02dT%02d:%02d:%02dZ", "text": "%s", "author": "user%d", "platform": "x", "reach": %d}\n'
                      % (y, mo, dd, r // 3600, r % 3600 // 60, r % 60, text, i % 5000, i % 3000))
            texts.write(text + "\n")
volume(f"{work}/volume-1M.csv", 1_000_000)
mixed(f"{work}/mentions-mixed-1M.jsonl", f"{work}/texts-1M.txt", 1_000_000)
volume(f"{work}/volume-10M.csv", 10_000_000)
mentions(f"{work}/mentions-1M.jsonl", 1_000_000)
PY

measure() {  # LABEL ITEMS COMMAND...
  local label=$1 items=$2; shift 2
  /usr/bin/time -v "$@" >"$work/out.txt" 2>"$work/time.txt" || true
  python3 - "$label" "$items" "$work/time.txt" <<'PY'
import re, sys
label, items, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
text = open(path).read()
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1)
parts = [float(p) for p in wall.split(":")]
seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
print(f"{label:34} {items:>11,} in {seconds:7.2f} s  {items / seconds:>12,.0f} /s  max RSS {rss / 1024:7.1f} MB")
PY
}

cat >"$work/pandas_detector.py" <<'PY'
import sys
import pandas as pd
frame = pd.read_csv(sys.argv[1], parse_dates=["timestamp"])
values = frame["value"].astype(float)
mean = values.rolling(288, min_periods=288).mean().shift(1)
std = values.rolling(288, min_periods=288).std().shift(1)
alerts = frame["timestamp"][(values - mean) / std > 4]
print(len(alerts))
PY

echo "smm: $bin"
for n in 1M 10M; do
  count=$([ $n = 1M ] && echo 1000000 || echo 10000000)
  measure "smm watch, volume $n" $count "$bin" watch --format volume --json "$work/volume-$n.csv"
  echo "  alerts: $(wc -l <"$work/out.txt")"
done
measure "smm watch, mentions 1M, no sentiment" 1000000 "$bin" watch --format mentions --json --no-sentiment "$work/mentions-1M.jsonl"
measure "smm watch, mentions 1M, sentiment" 1000000 "$bin" watch --format mentions --json "$work/mentions-1M.jsonl"
measure "smm watch, mentions 1M mixed, sentiment" 1000000 "$bin" watch --format mentions --json "$work/mentions-mixed-1M.jsonl"
echo "  alerts: $(wc -l <"$work/out.txt") ($(grep -c '"negative"' "$work/out.txt" || true) of kind negative)"
measure "smm sentiment, 1M lines" 1000000 "$bin" sentiment --json - <"$work/texts-1M.txt"
if python3 -c "import pandas" 2>/dev/null; then
  for n in 1M 10M; do
    count=$([ $n = 1M ] && echo 1000000 || echo 10000000)
    measure "pandas rolling z-score, volume $n" $count python3 "$work/pandas_detector.py" "$work/volume-$n.csv"
  done
else
  echo "pandas skipped: python3 -m pip install pandas"
fi
