"""Every state-changing command is committed before its result is shown: killing smm with
SIGKILL (no handler, no exit code path, no flushing) right after the result appears loses
nothing. Checked at a terminal and with commands piped on stdin."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import time

import pytest

from conftest import CTRL_D, NO_BRAND_PROMPT, brand_prompt

# (setup lines and the prompt after them, the command, what it prints, what must be saved)
SCENARIOS = {
    "new": {
        "setup": [],
        "command": "/new acme",
        "shown": "Created brand acme and opened it.",
        "brands": [(True, "acme")],
        "log_of": "acme",
        "log": ["/new acme"],
    },
    "rename": {
        "setup": [("/new acme", brand_prompt("acme"))],
        "command": "/rename acme-2",
        "shown": "Renamed acme to acme-2.",
        "brands": [(True, "acme-2")],
        "log_of": "acme-2",
        "log": ["/new acme", "/rename acme-2"],
    },
    "undo": {
        "setup": [("/new acme", brand_prompt("acme")),
                  ("/rename acme-2", brand_prompt("acme-2"))],
        "command": "/undo",
        "shown": "Undid #2 /rename acme-2.",
        "brands": [(True, "acme")],
        "log_of": "acme",
        "log": ["/new acme", "/rename acme-2  (undone; /redo)"],
    },
    "redo": {
        "setup": [("/new acme", brand_prompt("acme")),
                  ("/rename acme-2", brand_prompt("acme-2")),
                  ("/undo", brand_prompt("acme"))],
        "command": "/redo",
        "shown": "Redid #2 /rename acme-2.",
        "brands": [(True, "acme-2")],
        "log_of": "acme-2",
        "log": ["/new acme", "/rename acme-2"],
    },
    "delete": {
        "setup": [("/new acme", brand_prompt("acme")), ("/new beta", brand_prompt("beta"))],
        "command": "/delete acme --yes",
        "shown": "Deleted acme and its log.",
        "brands": [(True, "beta")],
        "log_of": "beta",
        "log": ["/new beta"],
    },
}


def log_commands(history_output: str) -> list[str]:
    """The commands of `/history` output (`  1  2026-11-26 15:29:14  /new acme`)."""
    commands = []
    for line in history_output.splitlines()[1:]:
        parts = line.split(None, 3)
        if len(parts) == 4 and parts[0].isdigit():
            commands.append(parts[3])
    return commands


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_a_command_survives_sigkill_right_after_its_result_at_a_terminal(
        name, spawn, run_smm, brands, smm_env):
    case = SCENARIOS[name]
    sh = spawn()
    sh.start()
    for line, prompt in case["setup"]:
        sh.run(line, prompt)
    sh.sendline(case["command"])
    sh.expect_exact(case["shown"])
    sh.kill()  # the moment the result is on screen
    assert sh.child.signalstatus == signal.SIGKILL, sh.describe("smm should have been killed")

    assert brands() == case["brands"], f"after SIGKILL during {case['command']!r}"
    done = run_smm(f"/use {case['log_of']}", "/history")
    assert done.returncode == 0, f"{done.stdout!r} {done.stderr!r}"
    assert f"Log of {case['log_of']}:" in done.stdout, done.stdout
    assert log_commands(done.stdout) == case["log"], done.stdout
    # The line history is written after every accepted line, too.
    with open(smm_env["SMM_HISTORY"], encoding="utf-8") as f:
        saved = f.read()
    assert case["command"].replace(" ", "\\040") in saved, saved


def test_rename_then_sigkill_keeps_the_rename_in_the_log(spawn, run_smm):
    """The scenario from the brief, spelled out: /new, /rename, SIGKILL, `smm -c /history`."""
    sh = spawn()
    sh.start()
    sh.run("/new acme", brand_prompt("acme"))
    sh.sendline("/rename acme-2")
    sh.expect_exact("Renamed acme to acme-2.")
    os.kill(sh.child.pid, signal.SIGKILL)
    sh.expect_eof()
    done = run_smm("/history")  # smm reopens the brand that was open
    assert done.returncode == 0, f"{done.stdout!r} {done.stderr!r}"
    assert done.stdout.startswith("Log of acme-2:"), done.stdout
    assert log_commands(done.stdout) == ["/new acme", "/rename acme-2"], done.stdout


def _popen_piped(smm_bin, smm_env, smm_home):
    return subprocess.Popen(
        [smm_bin], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env=smm_env, cwd=str(smm_home))


def _wait_for_brand(brands, name: str, process, deadline_s: float = 5.0):
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        assert process.poll() is None, (
            f"piped smm ended early ({process.returncode}): {process.stderr.read()!r}")
        rows = brands()
        if any(row_name == name for _, row_name in rows):
            # A reader that started just before the commit saw no open brand at its start and the
            # brand in its list a moment later: read again, from after the commit.
            return brands()
        time.sleep(0.05)
    raise AssertionError(f"brand {name!r} never reached the workspace; brands: {brands()}")


def test_piped_commands_are_committed_one_by_one_before_input_ends(
        smm_bin, smm_env, smm_home, brands, run_smm):
    # The workspace exists before two smm processes share it (see the concurrency test below).
    assert run_smm("/brands").returncode == 0
    process = _popen_piped(smm_bin, smm_env, smm_home)
    try:
        process.stdin.write(b"/new beta\n")
        process.stdin.flush()
        # Another smm sees beta while the piped one still waits for more input.
        assert _wait_for_brand(brands, "beta", process) == [(True, "beta")]
        process.stdin.write(b"/rename beta-2\n")
        process.stdin.flush()
        _wait_for_brand(brands, "beta-2", process)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=5)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL
    done = run_smm("/use beta-2", "/history")
    assert done.returncode == 0, f"{done.stdout!r} {done.stderr!r}"
    assert log_commands(done.stdout) == ["/new beta", "/rename beta-2"], done.stdout


def test_piped_result_is_readable_before_input_ends(smm_bin, smm_env, smm_home, brands):
    process = _popen_piped(smm_bin, smm_env, smm_home)
    try:
        process.stdin.write(b"/new beta\n")
        process.stdin.flush()
        received = b""
        deadline = time.monotonic() + 3
        fd = process.stdout.fileno()
        while b"Created brand beta" not in received and time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.1)
            if ready:
                chunk = os.read(fd, 4096)
                if not chunk:
                    break
                received += chunk
        alive = process.poll() is None
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=5)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert alive, f"piped smm ended early: {process.stderr.read()!r}"
    assert b"Created brand beta" in received, f"stdout so far: {received!r}"
    assert brands() == [(True, "beta")]


def test_smm_processes_starting_together_on_a_new_workspace_all_start(smm_bin, smm_env, smm_home):
    failures = []
    for round_number in range(25):
        env = dict(smm_env, SMM_WORKSPACE=str(smm_home / f"race-{round_number}.sqlite"))
        started = [
            subprocess.Popen([smm_bin, "-c", "/brands"], env=env, cwd=str(smm_home),
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, encoding="utf-8")
            for _ in range(4)]
        for process in started:
            out, err = process.communicate(timeout=15)
            if process.returncode != 0:
                failures.append((round_number, process.returncode, err.strip()))
        if failures:
            break
    assert not failures, f"smm failed to open a new workspace shared with others: {failures}"


def test_ctrl_d_after_commands_keeps_them(spawn, brands, run_smm):
    """The ordinary way out also keeps everything (and the next session reopens the brand)."""
    sh = spawn()
    sh.start()
    sh.run("/new acme", brand_prompt("acme"))
    sh.run("/rename acme-2", brand_prompt("acme-2"))
    sh.run("/new beta", brand_prompt("beta"))
    sh.run("/delete beta --yes", NO_BRAND_PROMPT)
    sh.send(CTRL_D)
    assert sh.expect_eof() == (0, None)
    assert brands() == [(False, "acme-2")]  # beta was open and is gone: nothing is open
    done = run_smm("/use acme-2", "/history")
    assert log_commands(done.stdout) == ["/new acme", "/rename acme-2"], done.stdout
