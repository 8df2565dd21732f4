"""`smm watch [FILE|-] [--brand NAME] [--format F] [--json] [--follow]`: the four formats from
the fixtures of tests/watch/fixtures, bad rows named with their number while the rest is read,
alerts as JSON lines or in the user's language, and --follow printing alerts as a file grows."""

import json
import math
import os
import random
import subprocess
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from conftest import smm_binary

BIN = str(smm_binary())
FIXTURES = Path(__file__).resolve().parents[1] / "watch" / "fixtures"
START = datetime(2015, 3, 1, tzinfo=timezone.utc)


def run(*args, stdin=None, lang="C.UTF-8"):
    return subprocess.run(
        [BIN, "watch", *args], input=stdin, capture_output=True,
        env={**os.environ, "LANG": lang, "LC_ALL": "", "LC_MESSAGES": ""},
    )


def rate(hour):
    """A daily rhythm: 4 mentions per 5 minutes at night, 40 in the afternoon."""
    return 4 + 36 * max(0.0, math.sin((hour - 6) / 18 * math.pi))


def volume_rows(days, spike=None, seed=7):
    """(time, count) every 5 minutes; `spike` is a (start, end) range of indexes at 8× the rate."""
    generator = random.Random(seed)
    rows = []
    for index in range(days * 288):
        moment = START + timedelta(minutes=5 * index)
        mean = rate(moment.hour) * (8 if spike and spike[0] <= index < spike[1] else 1)
        # A Poisson draw by counting exponential gaps.
        count, total = 0, generator.expovariate(1.0)
        while total < mean:
            count += 1
            total += generator.expovariate(1.0)
        rows.append((moment, count))
    return rows


def csv_text(rows):
    return "timestamp,value\n" + "".join(f"{t:%Y-%m-%d %H:%M:%S},{v}\n" for t, v in rows)


SPIKE = (9 * 288 + 14 * 12, 9 * 288 + 16 * 12)  # day 9, 14:00–16:00


def test_every_fixture_is_read_and_its_bad_rows_named():
    expected_bad = {
        "volume.csv": ["row 4"], "mentions.csv": ["row 5"], "mentions.jsonl": ["row 4", "row 5"],
        "jetstream.jsonl": ["row 6", "row 7"], "mastodon.json": ["row 38"], "mastodon.jsonl": [],
    }
    for name, rows in expected_bad.items():
        done = run("--json", str(FIXTURES / name))
        errors = done.stderr.decode()
        assert done.returncode == (1 if rows else 0), (name, errors)
        for row in rows:
            assert f"error: {row}:" in errors, (name, errors)
        lines = [json.loads(line) for line in done.stdout.decode().splitlines()]
        assert [line["row"] for line in lines if "error" in line] == [int(r[4:]) for r in rows]


def test_a_spike_in_a_volume_series_gives_one_json_alert_line_inside_it(tmp_path):
    path = tmp_path / "volume.csv"
    path.write_text(csv_text(volume_rows(12, SPIKE)))
    done = run("--json", "--brand", "Boulangerie Martin", str(path))
    assert done.returncode == 0, done.stderr
    alerts = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert alerts, "no alert"
    start = START + timedelta(minutes=5 * SPIKE[0])
    end = START + timedelta(minutes=5 * SPIKE[1])
    for alert in alerts:
        assert {"at", "value", "baseline", "level", "kind", "score", "brand"} <= alert.keys()
        assert alert["kind"] == "spike" and 1 <= alert["level"] <= 4
        assert alert["brand"] == "Boulangerie Martin"
        at = datetime.fromisoformat(alert["at"].replace("Z", "+00:00"))
        assert start <= at < end + timedelta(hours=3), alert
    assert datetime.fromisoformat(alerts[0]["at"].replace("Z", "+00:00")) < end
    assert alerts[0]["value"] > alerts[0]["baseline"]


def test_the_same_series_without_the_spike_is_quiet(tmp_path):
    path = tmp_path / "volume.csv"
    path.write_text(csv_text(volume_rows(12)))
    done = run("--json", str(path))
    assert done.returncode == 0 and done.stdout == b""


def test_mentions_are_bucketed_and_alerts_are_said_in_the_users_language(tmp_path):
    lines = []
    for moment, count in volume_rows(12, SPIKE, seed=3):
        for k in range(count):
            stamp = moment + timedelta(seconds=(k * 300) // max(count, 1))
            lines.append(json.dumps({"timestamp": stamp.strftime("%Y-%m-%dT%H:%M:%SZ"),
                                     "text": f"mention {k}", "author": "someone"}))
    text = ("\n".join(lines) + "\n").encode()
    english = run("-", stdin=text)
    assert english.returncode == 0, english.stderr
    first = english.stdout.decode().splitlines()[0]
    assert first.startswith("2015-03-10 14:") and " spike, level " in first and "usually" in first
    french = run(stdin=text, lang="fr_FR.UTF-8")
    assert french.stdout.decode().splitlines()[0].startswith("2015-03-10 14:")
    assert " pic, niveau " in french.stdout.decode() and "d'habitude" in french.stdout.decode()


def test_a_bad_row_is_said_in_french_too(tmp_path):
    done = run(str(FIXTURES / "volume.csv"), lang="fr_FR.UTF-8")
    assert "ligne 4 :" in done.stderr.decode() and "« abc »" in done.stderr.decode()


def test_follow_prints_alerts_as_the_file_grows(tmp_path):
    rows = volume_rows(12, SPIKE)
    path = tmp_path / "growing.csv"
    before = SPIKE[0] - 12
    path.write_text(csv_text(rows[:before]))
    process = subprocess.Popen([BIN, "watch", "--json", "--follow", str(path)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        time.sleep(1.5)
        # Nothing before the spike; the spike's rows then come in three writes.
        with open(path, "a") as out:
            for part in range(3):
                chunk = rows[before + part * 20: before + (part + 1) * 20]
                out.write("".join(f"{t:%Y-%m-%d %H:%M:%S},{v}\n" for t, v in chunk))
                out.flush()
                time.sleep(0.5)
        os.set_blocking(process.stdout.fileno(), False)
        deadline = time.time() + 10
        seen = b""
        while time.time() < deadline and b"\n" not in seen:
            seen += process.stdout.read() or b""
            time.sleep(0.2)
        alert = json.loads(seen.decode().splitlines()[0])
        assert alert["kind"] == "spike"
        assert process.poll() is None, "--follow ended by itself"
    finally:
        process.kill()
        process.wait()
