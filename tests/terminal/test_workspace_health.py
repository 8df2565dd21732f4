"""Workspace health through the real binary: a damaged log entry never bricks the workspace
(and /repair fixes it), a damaged or read-only file still reads, and `smm backup` makes a
consistent copy while another shell writes. Damage is made directly with sqlite3 or bytes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest


def sql(path: Path, statement: str, *args):
    with sqlite3.connect(path) as db:
        rows = db.execute(statement, args).fetchall()
    return rows


@pytest.fixture
def damaged(run_smm, smm_home):
    """Zed's entry 2 stored cut at a NUL (`/brand set sector "a`), Acme sound, Zed open."""
    done = run_smm("/new Acme", "/new Zed", '/brand set sector "a b"', "/brand set hours 4")
    assert done.returncode == 0, done.stderr
    ws = smm_home / "ws.sqlite"
    sql(ws, "UPDATE log_entry SET command = ? WHERE seq = 2 AND brand_id = "
            "(SELECT id FROM brand WHERE name = 'Zed')", '/brand set sector "a')
    return ws


def test_a_damaged_entry_leaves_the_workspace_usable(damaged, run_smm, smm_bin, smm_env,
                                                     smm_home):
    listed = run_smm("/brands")
    assert listed.returncode == 0, listed.stderr
    assert "Acme" in listed.stdout and "Zed" in listed.stdout
    assert "entry 2" in listed.stderr and '/brand set sector "a' in listed.stderr
    assert "/repair" in listed.stderr
    assert "cannot be read at entry" not in listed.stderr

    made = run_smm("/new Other")
    assert made.returncode == 0, made.stderr
    opened = run_smm("/use Zed", "/brand")
    assert opened.returncode == 0, opened.stderr
    assert "4" in opened.stdout

    refused = run_smm("/use Zed", "/brand set hours 6")
    assert refused.returncode == 1
    assert "/repair" in refused.stderr
    assert sql(damaged, "SELECT count(*) FROM log_entry")[0][0] == 5

    exported = subprocess.run([smm_bin, "export", "Zed", "--format", "script"], env=smm_env,
                              cwd=smm_home, capture_output=True, encoding="utf-8", timeout=10)
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.splitlines() == ["/new Zed", "/brand set hours 4"]
    assert "entry 2" in exported.stderr
    for fmt in ("json", "md", "html"):
        plan = subprocess.run([smm_bin, "export", "Zed", "--format", fmt], env=smm_env,
                              cwd=smm_home, capture_output=True, encoding="utf-8", timeout=10)
        assert plan.returncode == 0, plan.stderr


def test_repair_removes_the_entry_and_saves_its_text(damaged, run_smm, smm_home):
    asked = run_smm("/use Zed", "/repair")
    assert asked.returncode == 1
    assert "--yes" in asked.stderr
    repaired = run_smm("/use Zed", "/repair --yes")
    assert repaired.returncode == 0, repaired.stderr
    assert "removed the unreadable entry (2)" in repaired.stdout
    saved = list(smm_home.glob("zed-damaged-entries-*.txt"))
    assert len(saved) == 1
    assert '\n/brand set sector "a\n' in saved[0].read_text()
    zed = sql(damaged, "SELECT id, head, last_seq FROM brand WHERE name = 'Zed'")[0]
    assert zed[1:] == (2, 2)
    seqs = [row[0] for row in sql(damaged, "SELECT seq FROM log_entry WHERE brand_id = ? "
                                           "ORDER BY seq", zed[0])]
    assert seqs == [1, 2]
    assert sql(damaged, "PRAGMA integrity_check")[0][0] == "ok"
    after = run_smm("/brands", "/use Zed", "/brand set hours 6", "/history")
    assert after.returncode == 0, after.stderr
    assert "entry 2" not in after.stderr
