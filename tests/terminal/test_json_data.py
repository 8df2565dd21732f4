"""`smm --json`: every line keeps command, ok, output and error and adds `data`, the typed
result of the command where it has one (a triage, a ranking, the steps of /status), null
where it has none or failed."""

import json
import os
import subprocess

import pytest

from conftest import smm_binary

BIN = smm_binary()

TRIAGE = (
    "/crisis triage --type rumor --veracity false --history no --reputation good --harm none"
)


def json_lines(home, *lines):
    env = {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "LANG": "C.UTF-8",
    }
    args = [str(BIN), "--json"]
    for line in lines:
        args += ["-c", line]
    done = subprocess.run(args, capture_output=True, env=env, cwd=home, timeout=60)
    return [json.loads(line) for line in done.stdout.decode().splitlines() if line.strip()]


def test_every_line_has_the_five_keys(tmp_path):
    results = json_lines(tmp_path, "/new acme", "/status", "/nope")
    assert len(results) == 3
    for result in results:
        assert {"command", "ok", "output", "error", "data"} <= result.keys()
    assert results[0]["data"] is None, "/new has no typed result"
    assert results[2]["ok"] is False and results[2]["data"] is None


def test_status_carries_its_steps(tmp_path):
    status = json_lines(tmp_path, "/new acme", "/status")[1]
    steps = status["data"]["steps"]
    assert [step["step"] for step in steps] == [1, 2, 3, 4]
    assert {"step", "slug", "stage", "done", "missing", "weak"} == steps[0].keys()
    assert status["data"]["next"] == "/interview"
    assert status["data"]["complete"] is False


def test_a_triage_carries_the_keys_of_triage_json(tmp_path):
    results = json_lines(tmp_path, "/new acme", TRIAGE, TRIAGE + " --json")
    as_text, as_json = results[1], results[2]
    printed = json.loads(as_json["output"])
    assert as_text["data"] == printed == as_json["data"]
    assert printed["cluster"] and printed["strategy"]


def test_a_recommendation_carries_its_ranking(tmp_path):
    result = json_lines(
        tmp_path, "/new acme", "/brand set market b2c", "/spaces recommend"
    )[2]
    ranking = result["data"]["ranking"]
    assert ranking and {"platform", "score", "hours_per_week", "reasons"} == ranking[0].keys()
    assert [r["score"] for r in ranking] == sorted((r["score"] for r in ranking), reverse=True)
    assert result["data"]["chosen"] == []
