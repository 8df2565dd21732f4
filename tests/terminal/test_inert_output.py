"""Terminal output is inert: control codes that came from a user or a file (an older workspace
may already hold them) never reach the terminal raw, through the real binary.

An older smm accepted ESC, OSC 0/52 and C1 controls in free text; the test builds a brand with a
marker in every user field, then puts the payloads in its stored log with sqlite3 (as an older
smm would have stored them) and runs every command that shows them."""

import json
import os
import sqlite3
import subprocess

import pytest

from conftest import smm_binary

BIN = smm_binary()

# OSC 52 (writes the clipboard), OSC 0 (window title), clear screen, and C1 CSI (U+009B).
PAYLOAD = "\x1b]52;c;ZXZpbA==\x07\x1b]0;pwned\x07\x1b[2J\u009b31m"
RAW = [b"\x1b", b"\x07", b"\xc2\x9b"]

BRAND = [
    "/new Zed",
    "/stop",
    "/brand set sector MARKsector",
    "/brand set hours 8",
    "/spaces choose instagram facebook",
    "/profile facebook set bio MARKbio",
    "/content pillars add MARKpillar",
    "/content tone instagram MARKtone",
    "/content message add \"How we bake\" --tag educational",
    "/content adapt 1",
    "/calendar plan 2 --start 2026-02-02",
    "/community add MARKcommunity --platform instagram --type practice",
    "/engage plan",
    "/engage owner MARKcommunity spread MARKowner",
    "/crisis team spokesperson MARKperson MARKcontact",
    "/crisis risk add MARKrisk --type rumor",
]

SHOWN = [
    "/history", "/status", "/brand", "/content", "/community", "/engage plan", "/engage",
    "/crisis", "/crisis risks", "/calendar", "/next", "/why", "/profile facebook",
]


def smm(tmp_path, *args, input=None):
    env = {"HOME": str(tmp_path), "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "SMM_WORKSPACE": str(tmp_path / "ws.sqlite"), "LANG": "C.UTF-8"}
    return subprocess.run([str(BIN), *args], capture_output=True, env=env, cwd=tmp_path,
                          timeout=60, input=input)


def assert_inert(done, what):
    for raw in RAW:
        for name, stream in (("stdout", done.stdout), ("stderr", done.stderr)):
            assert raw not in stream, f"{what}: raw {raw!r} on {name}: {stream[-600:]!r}"


@pytest.fixture
def poisoned(tmp_path):
    args = []
    for line in BRAND:
        args += ["-c", line]
    done = smm(tmp_path, *args)
    assert done.returncode == 0, done.stderr.decode()
    with sqlite3.connect(tmp_path / "ws.sqlite") as db:
        db.execute("UPDATE log_entry SET command = replace(command, 'MARK', ?)", (PAYLOAD,))
        db.execute("DELETE FROM snapshot")
    return tmp_path


@pytest.mark.parametrize("command", SHOWN)
def test_what_commands_show_is_inert(poisoned, command):
    done = smm(poisoned, "-c", "/use Zed", "-c", command)
    assert_inert(done, command)
    assert "␛" in (done.stdout + done.stderr).decode() or command in ("/next", "/why", "/calendar"), \
        f"{command} shows no payload: {done.stdout.decode()[:400]}"


@pytest.mark.parametrize("fmt", ["md", "script", "csv", "ics", "html", "json"])
def test_smm_export_to_stdout_is_inert(poisoned, fmt):
    done = smm(poisoned, "export", "Zed", "--format", fmt)
    assert done.returncode == 0, done.stderr.decode()
    assert_inert(done, f"export --format {fmt}")
    if fmt == "json":
        plan = json.loads(done.stdout)
        assert PAYLOAD + "sector" == plan["brand"]["sector"] or PAYLOAD in json.dumps(plan)


def test_a_saved_script_is_inert_and_replays(poisoned):
    done = smm(poisoned, "-c", "/use Zed", "-c", "/save zed.smm")
    assert done.returncode == 0, done.stderr.decode()
    script = (poisoned / "zed.smm").read_bytes()
    for raw in RAW:
        assert raw not in script
    assert "␛]52;c;ZXZpbA==␇".encode() in script
    replay = smm(poisoned, "run", "zed.smm", "--workspace", str(poisoned / "other.sqlite"))
    assert replay.returncode == 0, replay.stderr.decode()


def test_typed_lines_errors_and_echo_are_inert(tmp_path):
    script = tmp_path / "evil.smm"
    script.write_bytes(
        b"/new Zed\n/renam\x1b]52;c;ZXZpbA==\x07 x\n/brand set sector \"a\x1b]0;pwned\x07\"\n"
        b"bakery\xc2\x9b31m\n")
    done = smm(tmp_path, "run", "evil.smm", "--echo")
    assert_inert(done, "run --echo")
    text = (done.stdout + done.stderr).decode()
    assert "/renam␛]52;c;ZXZpbA==␇ x" in text, text
    assert "U+001B ESC at column 7" in text, text
    assert "U+009B CSI at column 7" in text, text
    piped = smm(tmp_path, input=b"/renam\x1b]0;pwned\x07\n")
    assert_inert(piped, "piped")
    assert b"U+001B ESC" in piped.stderr


def test_a_file_name_with_control_codes_is_inert(tmp_path):
    done = smm(tmp_path, "run", "evil\x1b]0;pwned\x07.smm")
    assert done.returncode != 0
    assert_inert(done, "smm run with a poisoned file name")
    assert "evil␛]0;pwned␇.smm".encode() in done.stderr


def test_a_metrics_csv_cell_is_refused_and_the_error_is_inert(tmp_path):
    (tmp_path / "m.csv").write_bytes(
        b"platform,week,followers,reach,impressions,engagements\n"
        b"insta\x1b]52;c;ZXZpbA==\x07gram,2026-W04,1,2,3,4\n")
    done = smm(tmp_path, "-c", "/new Zed", "-c", "/stop", "-c", "/metrics import m.csv")
    assert done.returncode != 0
    assert_inert(done, "metrics import")
    assert b"row 2, column platform: the cell holds the control character U+001B ESC" in done.stderr


def test_json_lines_stay_valid_and_escaped(poisoned):
    done = smm(poisoned, "--json", "-c", "/use Zed", "-c", "/brand", "-c", "/history",
               "-c", "/renam\x1b]0;pwned\x07")
    assert_inert(done, "--json")
    results = [json.loads(line) for line in done.stdout.decode().splitlines() if line.strip()]
    assert len(results) == 4
    assert PAYLOAD in results[1]["output"], results[1]
    assert "U+001B ESC" in results[3]["error"]
