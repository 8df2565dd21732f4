"""The calendar for other tools: `smm export --format ics` read back by a real iCalendar parser
(the `icalendar` package), `--format csv` by Python's csv module, and the JSON plan with its
content and calendar checked against the schema."""

import csv
import io
import json
import os
import subprocess
from pathlib import Path

import pytest

icalendar = pytest.importorskip("icalendar")
jsonschema = pytest.importorskip("jsonschema")

# The binary and the skip when it is not built come from conftest.
from conftest import REPO as ROOT, smm_binary

BIN = smm_binary()
SCHEMA = json.loads((ROOT / "schemas" / "plan.schema.json").read_text())

LONG = ("Our sourdough takes 24 hours; we start at 4am, shape every loaf by hand, and bake it in "
        "a stone oven, a little different every day. Café, crème, 日本 and 👨‍👩‍👧‍👦 too, "
        "because a description must survive folding at 75 octets.")

PLAN = [
    '/new "Le Fournil"', "/stop", "/brand set hours 6",
    "/spaces choose instagram facebook",
    f'/content message add "{LONG}" --tag educational',
    '/content message add "Meet Paul, our baker" --tag conversation',
    "/content adapt 1", "/content adapt 2 instagram",
    "/calendar plan 2 --start 2026-12-07",
]


def smm(tmp_path, *args):
    env = {"HOME": str(tmp_path), "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "SMM_WORKSPACE": str(tmp_path / "ws.sqlite"), "TZ": "UTC"}
    return subprocess.run([str(BIN), *args], capture_output=True, env=env, cwd=tmp_path,
                          timeout=60)


@pytest.fixture
def planned(tmp_path):
    args = []
    for line in PLAN:
        args += ["-c", line]
    done = smm(tmp_path, *args)
    assert done.returncode == 0, done.stderr.decode()
    return tmp_path


def test_ics_is_valid_icalendar(planned):
    done = smm(planned, "export", "Le Fournil", "--format", "ics")
    assert done.returncode == 0, done.stderr.decode()
    raw = done.stdout
    assert raw.endswith(b"\r\n")
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75, f"unfolded line: {line!r}"
        assert b"\n" not in line
    calendar = icalendar.Calendar.from_ical(raw)
    events = [component for component in calendar.walk() if component.name == "VEVENT"]
    planned_days = json.loads(smm(planned, "export", "Le Fournil", "--format", "json").stdout)["calendar"]
    assert len(events) == len(planned_days) > 0
    uids = [str(event["UID"]) for event in events]
    assert len(set(uids)) == len(uids), "every UID is unique"
    first = events[0]
    assert first.decoded("DTSTART").isoformat() == "2026-12-07T12:00:00" or \
        first.decoded("DTSTART").date().isoformat() >= "2026-12-07"
    assert "DTSTAMP" in first
    descriptions = [str(event["DESCRIPTION"]) for event in events]
    assert any("Café, crème, 日本 and 👨‍👩‍👧‍👦 too" in text for text in descriptions), \
        "escaping and folding give back the exact text"
    assert any(text == "Meet Paul, our baker" for text in descriptions)


def test_csv_for_schedulers(planned):
    done = smm(planned, "export", "Le Fournil", "--format", "csv")
    assert done.returncode == 0
    assert done.stdout.endswith(b"\r\n")
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode("utf-8"), newline="")))
    assert rows[0].keys() == {"date", "time", "platform", "message_id", "title", "text"}
    assert all(row["date"] >= "2026-12-07" for row in rows)
    assert {row["platform"] for row in rows} == {"instagram", "facebook"}
    assert any(row["text"].startswith("Our sourdough takes 24 hours;") for row in rows)


def test_json_plan_with_content_and_calendar_matches_the_schema(planned):
    plan = json.loads(smm(planned, "export", "Le Fournil", "--format", "json").stdout)
    jsonschema.validate(plan, SCHEMA)
    messages = plan["content"]["messages"]
    assert [message["id"] for message in messages] == [1, 2]
    assert messages[0]["tag"] == "educational"
    assert set(messages[0]["variants"]) == {"instagram", "facebook"}
    assert all(variant["valid"] for variant in messages[0]["variants"].values())
    assert "2026-12-07" <= plan["calendar"][0]["date"] < "2026-12-14", "the first week"
    assert len(plan["calendar"]) == 2 * (2 + 1), "2 weeks of instagram 2 + facebook 1 (6 of 8 hours)"


def test_no_calendar_yet_is_a_clear_error(tmp_path):
    smm(tmp_path, "-c", "/new acme")
    done = smm(tmp_path, "export", "acme", "--format", "ics")
    assert done.returncode == 1
    assert b"no calendar yet; plan one with /calendar plan WEEKS" in done.stderr
