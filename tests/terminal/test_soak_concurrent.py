"""Soak: several shells write to one brand at the same time. Every change a shell showed is in
the log, exactly once, the log is gap-free and the file passes `PRAGMA integrity_check`.

Bounded: three shells × 150 commands each, piped (one transaction per command), a few seconds.
"""

from __future__ import annotations

import sqlite3
import subprocess
import threading

SHELLS = 3
COMMANDS_PER_SHELL = 150


def _log(workspace: str, brand: str) -> list[tuple[int, str]]:
    with sqlite3.connect(workspace) as db:
        return db.execute(
            "SELECT seq, command FROM log_entry JOIN brand ON brand.id = brand_id "
            "WHERE brand.name = ? ORDER BY seq", (brand,)).fetchall()


def _integrity(workspace: str) -> str:
    with sqlite3.connect(workspace) as db:
        return db.execute("PRAGMA integrity_check").fetchone()[0]


def test_shells_writing_one_brand_together_lose_nothing(smm_bin, smm_env, smm_home, run_smm):
    assert run_smm("/new acme").returncode == 0
    workspace = smm_env["SMM_WORKSPACE"]
    outputs: dict[int, subprocess.CompletedProcess] = {}

    def shell(number: int) -> None:
        lines = "".join(
            f'/content message add "note {number}-{i}"\n' for i in range(COMMANDS_PER_SHELL))
        outputs[number] = subprocess.run(
            [smm_bin], input="/use acme\n" + lines, env=smm_env, cwd=str(smm_home),
            capture_output=True, encoding="utf-8", timeout=120)

    threads = [threading.Thread(target=shell, args=(n,)) for n in range(SHELLS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    shown = []
    for number, done in sorted(outputs.items()):
        assert done.returncode == 0, f"shell {number}: {done.stderr[-2000:]!r}"
        confirmed = [line for line in done.stdout.splitlines() if line.startswith("Message ")]
        assert len(confirmed) == COMMANDS_PER_SHELL, (
            f"shell {number} confirmed {len(confirmed)} messages: {done.stdout[-1500:]!r}")
        shown += [f'/content message add "note {number}-{i}" --tag brand' for i in range(COMMANDS_PER_SHELL)]

    log = _log(workspace, "acme")
    seqs = [seq for seq, _ in log]
    assert seqs == list(range(1, len(log) + 1)), f"the log has gaps: {seqs[:20]}…"
    commands = [command for _, command in log]
    assert commands[0] == "/new acme"
    missing = [command for command in shown if command not in commands]
    assert not missing, f"{len(missing)} shown changes are not in the log, e.g. {missing[:3]}"
    assert len(commands) == 1 + len(shown), "a change was logged twice"
    assert _integrity(workspace) == "ok"
    # Each shell was told when another one had changed the brand, and the state has them all.
    exported = run_smm("/use acme", "/content messages")
    assert exported.returncode == 0, exported.stderr
    for number in range(SHELLS):
        assert f"note {number}-{COMMANDS_PER_SHELL - 1}" in exported.stdout, exported.stdout[-2000:]
