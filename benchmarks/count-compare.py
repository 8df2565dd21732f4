#!/usr/bin/env python3
"""X's weighted length: smm against twitter-text's Python port on the same texts, same run.

Writes COUNT deterministic one-line texts (prose, accents, combining marks, CJK, emoji with
modifiers and ZWJ, URLs with and without a protocol, hashtags, mentions), counts them with
`smm count --platform x --lines FILE --json` and with `twitter_text.parse_tweet` (PyPI
`twitter-text-parser`, installed with pip when missing), checks that every length agrees, and
prints both times (the best of RUNS whole runs, start-up included, each process alone timed:
the answers are read back after) and their ratio.

Usage: benchmarks/count-compare.py SMM_BINARY [COUNT] [RUNS]
"""
import json
import random
import subprocess
import sys
import tempfile
import time
import os

smm = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3

try:
    from twitter_text import parse_tweet
except ImportError:
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "twitter-text-parser"],
                   check=True)
    from twitter_text import parse_tweet

pieces = [
    "We bake every loaf by hand", "starting at 4am.", "Café", "crème brûlée", "e\u0301te\u0301",
    "日本のお客様も歓迎", "👍🏽", "👨‍👩‍👧‍👦", "☀️", "🇫🇷", "https://example.com/flour/milling-guide",
    "example.co", "www.test.fr/page", "#bread", "#sourdough", "@alice", "!!", "—", "«\u00a0oui\u00a0»",
    "Thank you to the neighbours who have supported us since 2009.", "ok", "x.com/abc",
]
rng = random.Random(20261202)
texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(count)]

work = tempfile.mkdtemp()
path = os.path.join(work, "texts.txt")
with open(path, "w", encoding="utf-8") as f:
    f.write("\n".join(texts) + "\n")


def best(command):
    """The best time of RUNS runs of COMMAND (a whole process, its output read from a pipe),
    and that output. Only the process is timed: reading its answers back comes after."""
    times = []
    out = b""
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run(command, check=True, capture_output=True).stdout
        times.append(time.perf_counter() - start)
    return min(times), out.decode("utf-8")


# Both as whole processes, so that both sides pay their start-up.
smm_command = [smm, "count", "--platform", "x", "--lines", path, "--json"]
python_code = ("import sys\nfrom twitter_text import parse_tweet\n"
               "for line in open(sys.argv[1], encoding='utf-8'):\n"
               "    print(parse_tweet(line.rstrip('\\n')).weightedLength)\n")

smm_time, smm_out = best(smm_command)
py_time, py_out = best([sys.executable, "-c", python_code, path])
smm_lengths = [json.loads(line)["length"] for line in smm_out.splitlines()]
py_lengths = [int(line) for line in py_out.splitlines()]
disagree = [i for i, (a, b) in enumerate(zip(smm_lengths, py_lengths)) if a != b]
if len(smm_lengths) != count or len(py_lengths) != count:
    disagree.append(-1)
print(f"  {count} texts, best of {runs} runs each")
print(f"  twitter-text-parser (Python)  {py_time:8.3f} s  {count / py_time:12,.0f} texts/s")
print(f"  smm count --lines --json      {smm_time:8.3f} s  {count / smm_time:12,.0f} texts/s"
      f"  {py_time / smm_time:6.1f}x faster")
if disagree:
    first = disagree[0]
    print(f"  lengths DISAGREE on {len(disagree)} texts; first: {texts[first]!r} "
          f"smm {smm_lengths[first] if first >= 0 else '?'} python {py_lengths[first] if first >= 0 else '?'}")
    sys.exit(1)
print("  every length agrees")
