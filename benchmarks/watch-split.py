"""The nab-score metric (see ../shared/tools/nab-score's header) on two groups of the NAB
Twitter series apart: development (AAPL, AMZN, CRM) and held-out (CVS, FB), each with its own
weeks. Usage: watch-split.py DATA_DIR ALERTS.json"""
import csv, json, os, sys
from datetime import datetime

GROUPS = {"development": ["AAPL", "AMZN", "CRM"], "held-out": ["CVS", "FB"]}


def when(text):
    return datetime.strptime(text.replace("T", " ")[:19], "%Y-%m-%d %H:%M:%S")


def main():
    data, alerts_path = sys.argv[1], sys.argv[2]
    alerts = json.load(open(alerts_path))
    windows = json.load(open(os.path.join(data, "windows.json")))
    for group, series in GROUPS.items():
        hit = total = false = 0
        weeks = 0.0
        leads = []
        for name in (f"Twitter_volume_{s}.csv" for s in series):
            times = [when(r["timestamp"]) for r in csv.DictReader(open(os.path.join(data, name)))]
            start = times[int(len(times) * 0.15)]
            weeks += (times[-1] - start).total_seconds() / (7 * 86400)
            spans = [(when(a), when(b)) for a, b in windows[name] if when(b) > start]
            moments = sorted(t for t in map(when, alerts.get(name, [])) if t >= start)
            total += len(spans)
            for a, b in spans:
                inside = [t for t in moments if a <= t <= b]
                if inside:
                    hit += 1
                    leads.append((inside[0] - a) / (b - a))
            last = None
            for t in moments:
                if any(a <= t <= b for a, b in spans):
                    continue
                if last is None or (t - last).total_seconds() > 3600:
                    false += 1
                last = t
        lead = sum(leads) / len(leads) if leads else float("nan")
        print(f"{group:12} ({', '.join(series)}): windows hit {hit}/{total}, "
              f"false episodes {false} ({false / weeks:.2f} a week), lead {lead:.2f}")


main()
