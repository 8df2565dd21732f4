#!/usr/bin/env bash
# Scores `smm watch` on the five NAB Twitter series (../shared/data/nab-realtweets): runs the
# binary on each with --json, writes ALERTS.json (the alert times per series), runs
# ../shared/tools/nab-score on it, then prints the development series (AAPL, AMZN, CRM) and the
# held-out ones (CVS, FB) apart with the same metric (benchmarks/watch-split.py).
# Usage: benchmarks/watch-nab.sh [SMM_BINARY] (default: .build/release/smm, else .build/debug/smm)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${NAB_DATA:-$root/../shared/data/nab-realtweets}"
[ -d "$data" ] || data=/work/shared/data/nab-realtweets
score="${NAB_SCORE:-$data/../../tools/nab-score}"
bin="${1:-}"
if [ -z "$bin" ]; then
  bin="$root/.build/release/smm"
  [ -x "$bin" ] || bin="$root/.build/debug/smm"
fi
out="${ALERTS:-$root/.build/watch-nab}"
mkdir -p "$out"
for series in AAPL AMZN CRM CVS FB; do
  "$bin" watch --format volume --json "$data/Twitter_volume_$series.csv" >"$out/$series.jsonl"
done
python3 - "$out" >"$out/ALERTS.json" <<'PY'
import json, sys
out = sys.argv[1]
alerts = {}
for series in ["AAPL", "AMZN", "CRM", "CVS", "FB"]:
    with open(f"{out}/{series}.jsonl") as lines:
        alerts[f"Twitter_volume_{series}.csv"] = [json.loads(l)["at"] for l in lines if l.strip()]
print(json.dumps(alerts, indent=1))
PY
echo "ALERTS.json: $out/ALERTS.json"
echo "== nab-score, all five series"
"$score" "$out/ALERTS.json"
echo "== development (AAPL, AMZN, CRM) and held-out (CVS, FB), the same metric"
python3 "$root/benchmarks/watch-split.py" "$data" "$out/ALERTS.json"
