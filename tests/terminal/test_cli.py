"""The process interface of the real binary, without a terminal: arguments, exit codes,
--json, scripts, and bad input of every kind (each gets one clear line and loses nothing)."""

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

# The binary and the skip when it is not built come from conftest.
from conftest import smm_binary

BIN = smm_binary()


@pytest.fixture
def home(tmp_path):
    return tmp_path


def smm(home, *args, stdin=None, env_extra=None, cwd=None):
    env = {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
    }
    env.update(env_extra or {})
    return subprocess.run(
        [str(BIN), *args],
        input=stdin,
        capture_output=True,
        env=env,
        cwd=cwd or home,
        timeout=60,
    )


def digest(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def test_version_and_help(home):
    out = smm(home, "--version")
    assert out.returncode == 0 and out.stdout.strip() == b"0.1.0"
    out = smm(home, "--help")
    assert out.returncode == 0
    for word in (b"--workspace", b"--json", b"-c", b"run"):
        assert word in out.stdout


def test_usage_errors_exit_2(home):
    out = smm(home, "--bogus")
    assert out.returncode == 2
    assert b"Unknown option '--bogus'" in out.stderr
    assert smm(home, "run").returncode == 2


def test_default_workspace_follows_xdg(home):
    out = smm(home, "-c", "/new acme")
    assert out.returncode == 0, out.stderr
    assert (home / "data" / "smm" / "workspace.sqlite").exists()
    out = smm(home, "-c", "/brands", env_extra={"SMM_WORKSPACE": str(home / "other.sqlite")})
    assert b"No brands yet" in out.stdout


def test_c_lines_run_in_order_and_failures_exit_1(home):
    ws = str(home / "ws.sqlite")
    out = smm(home, "--workspace", ws, "-c", "/new acme", "-c", "/rename beta", "-c", "/history")
    assert out.returncode == 0, out.stderr
    text = out.stdout.decode()
    assert text.index("Created brand acme") < text.index("Renamed acme to beta") < text.index("Log of beta")
    out = smm(home, "--workspace", ws, "-c", "/nwe", "-c", "/brands")
    assert out.returncode == 1
    assert out.stderr.decode().strip() == (
        "error: unknown command /nwe — did you mean /new? (/help lists every command)"
    )
    assert b"beta" in out.stdout, "the line after the failure still ran"


def test_json_lines(home):
    ws = str(home / "ws.sqlite")
    out = smm(home, "--workspace", ws, "--json", "-c", "/new acme", "-c", "/bogus", "-c", "/undo")
    assert out.returncode == 1
    lines = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert [line["command"] for line in lines] == ["/new acme", "/bogus", "/undo"]
    assert [line["ok"] for line in lines] == [True, False, False]
    assert lines[0]["error"] is None and "Created brand acme" in lines[0]["output"]
    assert lines[1]["output"] is None and "unknown command /bogus" in lines[1]["error"]
    assert out.stderr == b""


def test_json_carries_the_hint_and_the_canonical_command_of_free_text(home):
    ws = str(home / "ws.sqlite")
    out = smm(home, "--workspace", ws, "--json", "-c", "/new acme", "-c", "/stop",
              "-c", "/hints on", "-c", "what now?", "-c", "yes")
    assert out.returncode == 0, out.stdout.decode()
    lines = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert lines[2]["hint"] == "→ next: /interview (yes to run it, /why for the reasons)"
    assert lines[3]["command"] == "/next"
    assert "hint" not in lines[3], "the offer was just shown by /next"
    assert lines[4]["command"] == "/interview"
    assert lines[4]["output"].startswith("» /interview")
    script = smm(home, "--workspace", ws, "export", "acme", "--format", "script")
    assert script.stdout.decode().splitlines()[-1] == "/new acme", "free text is never logged"


def test_run_scripts_echo_and_bail(home):
    ws = str(home / "ws.sqlite")
    (home / "a.smm").write_text("/new acme\n/renam x\n/rename \"Acme Co\"\n")
    (home / "b.smm").write_text("/brands\n")
    out = smm(home, "--workspace", ws, "run", "a.smm", "b.smm", "--echo")
    assert out.returncode == 1
    text = out.stdout.decode()
    assert "smm> /new acme\n" in text
    assert "acme 1/4 spaces> /rename \"Acme Co\"\nRenamed acme to Acme Co." in text
    assert "Acme Co 1/4 spaces> /brands" in text, "the second script ran after the first failed"
    assert "a.smm:2: error: unknown command /renam" in out.stderr.decode()

    ws2 = str(home / "ws2.sqlite")
    out = smm(home, "--workspace", ws2, "run", "--bail", "a.smm", "b.smm")
    assert out.returncode == 1
    assert b"Renamed" not in out.stdout and b"/brands" not in out.stdout
    assert b"stopped at the first (--bail)" in out.stderr


def test_missing_script_or_folder_exits_2_and_runs_nothing(home):
    ws = str(home / "ws.sqlite")
    (home / "ok.smm").write_text("/new acme\n")
    out = smm(home, "--workspace", ws, "run", "ok.smm", "missing.smm")
    assert out.returncode == 2
    assert b"cannot read missing.smm: no such file" in out.stderr
    (home / "folder.smm").mkdir()
    out = smm(home, "--workspace", ws, "run", "folder.smm")
    assert out.returncode == 2
    assert b"it is a folder" in out.stderr
    assert b"No brands yet" in smm(home, "--workspace", ws, "-c", "/brands").stdout


def test_save_then_replay_in_a_fresh_workspace_gives_the_same_log(home):
    ws = str(home / "ws.sqlite")
    smm(home, "--workspace", ws, "-c", "/new \"Chez Paul\"", "-c", "/rename \"Le Fournil\"",
        "-c", "/save fournil.smm")
    fresh = str(home / "fresh.sqlite")
    assert smm(home, "--workspace", fresh, "run", "fournil.smm").returncode == 0

    def commands(path):
        history = smm(home, "--workspace", path, "-c", "/history").stdout.decode().splitlines()[1:]
        return [line.split("  ")[-1] for line in history]

    assert commands(ws) == commands(fresh) == ['/new "Chez Paul"', '/rename "Le Fournil"']


def test_piped_stdin_reads_plainly_with_line_numbers(home):
    ws = str(home / "ws.sqlite")
    out = smm(home, "--workspace", ws, stdin=b"/new acme\n\n# comment\n/bogus\n/status\n")
    assert out.returncode == 1
    assert b"smm>" not in out.stdout, "no prompt without a terminal"
    assert b"\x1b[" not in out.stdout + out.stderr, "no colour without a terminal"
    assert out.stderr.decode().startswith("stdin:4: error: unknown command /bogus")
    assert b"Brand: acme" in out.stdout


def test_invalid_utf8_and_a_one_megabyte_line(home):
    ws = str(home / "ws.sqlite")
    data = b"/new acme\n/rename caf\xe9\n" + b"x" * (1 << 20) + b"\n/rename ok\n"
    out = smm(home, "--workspace", ws, stdin=data)
    assert out.returncode == 1
    errors = out.stderr.decode().splitlines()
    assert errors == [
        "stdin:2: error: the line is not valid UTF-8 (bad byte at offset 11); save the file as UTF-8 and try again",
        "stdin:3: error: line too long: 1,048,576 bytes, the limit is 262,144; split the text into several commands",
    ]
    assert b"Renamed acme to ok." in out.stdout


def test_odd_unicode_names_round_trip(home):
    ws = str(home / "ws.sqlite")
    name = "Café 日本 🇫🇷 e\u0301"
    out = smm(home, "--workspace", ws, "--json", "-c", f'/new "{name}"', "-c", "/brands")
    lines = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert lines[0]["ok"], lines
    assert name in lines[1]["output"]


def test_corrupt_workspace_is_never_replaced(home):
    ws = home / "ws.sqlite"
    ws.write_bytes(os.urandom(8192))
    before = digest(ws)
    out = smm(home, "--workspace", str(ws), "-c", "/new acme")
    assert out.returncode == 1
    assert len(out.stderr.decode().strip().splitlines()) == 1
    assert b"is not an smm workspace" in out.stderr
    assert digest(ws) == before
    assert sorted(p.name for p in home.iterdir()) == ["ws.sqlite"], "no side files left"


def test_truncated_workspace_is_reported(home):
    ws = home / "ws.sqlite"
    smm(home, "--workspace", str(ws), "-c", "/new acme", "-c", "/rename beta")
    for side in ("ws.sqlite-wal", "ws.sqlite-shm"):
        (home / side).unlink(missing_ok=True)
    data = ws.read_bytes()
    ws.write_bytes(data[: len(data) // 2])
    before = digest(ws)
    out = smm(home, "--workspace", str(ws), "-c", "/brands")
    assert out.returncode == 1
    assert b"error:" in out.stderr
    assert digest(ws) == before


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("setpriv") is None,
                    reason="needs root to run smm as another user (root ignores permissions)")
def test_workspace_in_a_read_only_folder(tmp_path):
    # pytest's own folders are private to root; use one the other user can reach.
    home = Path(tempfile.mkdtemp(prefix="smm-ro-", dir="/tmp"))
    folder = home / "locked"
    folder.mkdir()
    os.chmod(home, 0o755)
    os.chmod(folder, 0o555)
    cmd = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", str(BIN),
           "--workspace", str(folder / "ws.sqlite"), "-c", "/new acme"]
    out = subprocess.run(cmd, capture_output=True, env={"HOME": str(home), "PATH": "/usr/bin:/bin"},
                         timeout=60)
    assert out.returncode == 1, out
    message = out.stderr.decode().strip()
    assert len(message.splitlines()) == 1
    assert "cannot create the workspace" in message and "not writable" in message
    assert list(folder.iterdir()) == []
    shutil.rmtree(home)


def test_another_programs_database_is_refused(home):
    ws = home / "ledger.sqlite"
    subprocess.run(["sqlite3", str(ws), "CREATE TABLE ledger(x); INSERT INTO ledger VALUES (42);"],
                   check=True)
    before = digest(ws)
    out = smm(home, "--workspace", str(ws), "-c", "/new acme")
    assert out.returncode == 1
    assert b"is a SQLite database but not an smm workspace" in out.stderr
    assert digest(ws) == before
