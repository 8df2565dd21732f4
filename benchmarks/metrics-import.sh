#!/usr/bin/env bash
# A brand with 100,000 imported metrics rows: the import, then opening the brand (start-up
# resumes it), /status, /undo, /metrics, and replaying the brand's saved script into a fresh
# workspace. Each figure beside `smm -c /quit` on an empty workspace (the start-up floor).
#
# Usage: benchmarks/metrics-import.sh [SMM_BINARY] [ROWS]   (default: release build, 100000)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
smm="${1:-$root/.build/release/smm}"
rows="${2:-100000}"
[ -x "$smm" ] || swift build -c release --package-path "$root" >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$rows" "$work/rows.csv" <<'PY'
import sys
rows, path = int(sys.argv[1]), sys.argv[2]
platforms = ["x", "linkedin", "facebook", "instagram", "tiktok", "youtube", "threads",
             "bluesky", "mastodon", "pinterest", "reddit", "snapchat", "whatsapp", "blog"]
with open(path, "w") as f:
    f.write("platform,week,followers,reach,impressions,engagements\n")
    year, week, p = 1, 1, 0
    for i in range(rows):
        f.write(f"{platforms[p]},{year:04d}-W{week:02d},{1000 + i},500,800,40\n")
        p += 1
        if p == len(platforms):
            p, week = 0, week + 1
            if week > 52:
                week, year = 1, year + 1
PY
timed() {  # label, command...
  local label="$1"; shift
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>"$work/err" || { echo "  $label failed: $(head -c 300 "$work/err")"; }
  end=$(date +%s.%N)
  python3 -c "print(f'  {\"$label\":34} {$end - $start:8.3f} s')"
}
ws="$work/ws.sqlite"
(cd "$work" && "$smm" --workspace "$ws" -c '/new Big' >/dev/null)
"$smm" --workspace "$work/empty.sqlite" -c '/quit' >/dev/null
echo "== a brand with $rows imported metrics rows ($smm)"
timed "floor: smm -c /quit (empty)" "$smm" --workspace "$work/empty.sqlite" -c /quit
timed "/metrics import rows.csv" bash -c "cd $work && $smm --workspace $ws -c '/metrics import rows.csv'"
timed "open the brand (smm -c /quit)" "$smm" --workspace "$ws" -c /quit
timed "/status" "$smm" --workspace "$ws" -c /status
timed "/metrics" "$smm" --workspace "$ws" -c /metrics
timed "/undo" "$smm" --workspace "$ws" -c /undo
timed "/redo" "$smm" --workspace "$ws" -c /redo
timed "/save big.smm" bash -c "cd $work && $smm --workspace $ws -c '/save big.smm'"
ls -l "$work"/big* | awk '{print "  " $5 " bytes  " $9}'
timed "replay: smm run big.smm (fresh, 120 s cap)" bash -c "cd $work && timeout 120 $smm --workspace $work/fresh.sqlite run big.smm"
echo "  log entry sizes (bytes): $(sqlite3 "$ws" 'SELECT group_concat(length(command), " ") FROM log_entry' 2>/dev/null || echo '(sqlite3 not installed)')"
