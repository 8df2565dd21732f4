"""A replay never shows a result before it is durable: `smm run` is SIGKILLed at random moments
of a long script, and every result that reached stdout must be in the log, which stays
gap-free with `PRAGMA integrity_check` ok.

The soak is bounded in time: each trial kills within about a second, and the whole test stops
trying after TIME_BUDGET seconds (with at least MIN_TRIALS kills done)."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import time

from conftest import smm_binary

LINES = 30_000
TRIALS = 20
MIN_TRIALS = 8
TIME_BUDGET = 40.0


def write_script(path, lines: int) -> None:
    """`/new acme`, then profile changes: line N of the script becomes log entry N."""
    commands = ["/new acme"]
    for index in range(1, lines):
        if index % 3 == 0:
            commands.append(f"/brand set sector \"bakery {index}\"")
        else:
            commands.append(f"/brand set hours {index % 37 + 1}")
    path.write_text("\n".join(commands) + "\n", encoding="utf-8")


def log_of(workspace) -> tuple[str, list[tuple[int, str]]]:
    """The integrity check and acme's log entries (seq, command) as stored."""
    db = sqlite3.connect(workspace)
    try:
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'log_entry'").fetchone():
            return integrity, []  # killed before the workspace was created
        rows = db.execute(
            "SELECT seq, command FROM log_entry JOIN brand ON brand.id = brand_id "
            "WHERE brand.name = 'acme' ORDER BY seq").fetchall()
        return integrity, rows
    finally:
        db.close()


def shown_results(stdout: bytes) -> int:
    """How many `/brand set` results reached stdout (each prints `acme: FIELD = VALUE.`)."""
    return sum(1 for line in stdout.split(b"\n")
               if line.startswith((b"acme: hours a week = ", b"acme: sector = ")))


def kill_during_replay(script, workspace, delay: float) -> bytes:
    """Starts `smm run SCRIPT`, SIGKILLs it after `delay` seconds; returns its stdout."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(script.parent),
           "LANG": "C.UTF-8"}
    process = subprocess.Popen(
        [str(smm_binary()), "--workspace", str(workspace), "run", str(script)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    chunks = []
    os.set_blocking(process.stdout.fileno(), False)
    deadline = time.monotonic() + delay
    while time.monotonic() < deadline and process.poll() is None:
        try:
            chunk = process.stdout.read()
        except BlockingIOError:
            chunk = None
        if chunk:
            chunks.append(chunk)
        time.sleep(0.002)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    os.set_blocking(process.stdout.fileno(), True)
    chunks.append(process.stdout.read())
    return b"".join(chunks)


def test_sigkill_during_a_replay_loses_no_result_that_was_shown(tmp_path):
    script = tmp_path / "long.smm"
    write_script(script, LINES)
    rng = random.Random(11)
    started = time.monotonic()
    kills = lost = shown_total = 0
    problems = []
    for trial in range(TRIALS):
        if kills >= MIN_TRIALS and time.monotonic() - started > TIME_BUDGET:
            break
        workspace = tmp_path / f"ws-{trial}.sqlite"
        stdout = kill_during_replay(script, workspace, rng.uniform(0.05, 1.2))
        kills += 1
        # Line 1 (`/new acme`) is entry 1; the Nth result shown is line N + 1.
        shown = shown_results(stdout)
        shown_total += shown
        integrity, rows = log_of(workspace) if workspace.exists() else ("ok", [])
        if integrity != "ok":
            problems.append(f"trial {trial}: integrity_check says {integrity!r}")
        seqs = [seq for seq, _ in rows]
        if seqs != list(range(1, len(seqs) + 1)):
            problems.append(f"trial {trial}: the log has gaps: {seqs[:5]}…{seqs[-5:]}")
        missing = max(0, shown + 1 - len(seqs)) if shown else 0
        lost += missing
        if missing:
            problems.append(
                f"trial {trial}: {shown} results shown, the log ends at entry {len(seqs)}")
    print(f"\nkills tried: {kills}, results shown: {shown_total}, commands lost: {lost}")
    assert shown_total > 0, "no result was ever shown: the kills came too early to test anything"
    assert not problems, "\n".join(problems)
