"""A full disk never corrupts the log: a replay on a nearly full filesystem stops with a clear
error naming the last line saved, the log stays gap-free with `PRAGMA integrity_check` ok, and
`/history` works afterwards. Opening a workspace on a full disk says the disk is full.

Needs a small tmpfs, so it runs as root only (skipped with a message otherwise)."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess

import pytest

from conftest import smm_binary

SIZE = "3m"


@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB tmpfs, unmounted after the test."""
    if os.geteuid() != 0:
        pytest.skip("needs root to mount a small tmpfs (run the terminal tests as root)")
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={SIZE}", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip()})")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def smm(workspace, *args, cwd):
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(cwd), "LANG": "C.UTF-8"}
    return subprocess.run([str(smm_binary()), "--workspace", str(workspace), *args],
                          capture_output=True, text=True, env=env, cwd=cwd,
                          stdin=subprocess.DEVNULL, timeout=120)


def fill(disk, leave: int) -> None:
    """Fills `disk` with a file, then frees `leave` bytes of it."""
    filler = disk / "filler"
    with open(filler, "wb") as out:
        block = b"\0" * 65536
        try:
            while True:
                out.write(block)
                out.flush()
        except OSError:
            pass
    size = filler.stat().st_size
    os.truncate(filler, max(0, size - leave))


def acme_log(workspace) -> tuple[str, list[int]]:
    db = sqlite3.connect(f"file:{workspace}?mode=ro", uri=True)
    try:
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        seqs = [row[0] for row in db.execute(
            "SELECT seq FROM log_entry JOIN brand ON brand.id = brand_id "
            "WHERE brand.name = 'acme' ORDER BY seq")]
        return integrity, seqs
    finally:
        db.close()


def test_a_replay_on_a_full_disk_stops_cleanly_and_the_log_stays_whole(small_disk, tmp_path):
    workspace = small_disk / "ws.sqlite"
    assert smm(workspace, "-c", "/new acme", cwd=tmp_path).returncode == 0
    script = tmp_path / "sectors.smm"
    padding = "x" * 100
    script.write_text("".join(f"/brand set sector \"{index} {padding}\"\n"
                              for index in range(1, 20_001)), encoding="utf-8")
    fill(small_disk, leave=600_000)

    replay = smm(workspace, "run", str(script), cwd=tmp_path)

    assert replay.returncode == 1, replay.stderr
    match = re.search(r"the disk is full; nothing after line (\d+) of \S*sectors.smm was saved",
                      replay.stderr)
    assert match, f"no clear disk-full error in: {replay.stderr[-2000:]!r}"
    saved = int(match.group(1))
    assert 0 < saved < 20_000
    assert replay.stderr.count("the disk is full") == 1, replay.stderr[-2000:]
    shown = replay.stdout.count("acme: sector = ")
    assert shown <= saved, f"{shown} results shown, only {saved} lines saved"
    integrity, seqs = acme_log(workspace)
    assert integrity == "ok"
    assert seqs == list(range(1, saved + 2)), f"log {seqs[:3]}…{seqs[-3:]}, saved {saved}"

    history = smm(workspace, "-c", "/history", cwd=tmp_path)
    assert history.returncode == 0, history.stderr
    assert f"/brand set sector \"{saved} {padding}\"" in history.stdout

    # A new workspace on the full disk says so.
    fill(small_disk, leave=0)
    fresh = smm(small_disk / "other.sqlite", "-c", "/brands", cwd=tmp_path)
    assert fresh.returncode == 1
    assert "disk is full" in fresh.stderr, fresh.stderr

    # Once space is freed, the workspace takes writes again.
    os.remove(small_disk / "filler")
    again = smm(workspace, "-c", "/brand set hours 12", "-c", "/history", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert f"{saved + 2}  " in again.stdout
    integrity, seqs = acme_log(workspace)
    assert integrity == "ok" and seqs == list(range(1, saved + 3))
