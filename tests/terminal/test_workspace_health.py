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
    db = sqlite3.connect(path)
    try:
        rows = db.execute(statement, args).fetchall()
        db.commit()
    finally:
        db.close()
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


def check_copy(path: Path) -> tuple[int, int]:
    """The copy's integrity, that every log is gap-free and agrees with its brand row;
    returns (brands, entries)."""
    assert sql(path, "PRAGMA integrity_check") == [("ok",)]
    for brand_id, last_seq, count, top in sql(
            path, "SELECT b.id, b.last_seq, count(l.seq), max(l.seq) FROM brand b "
                  "JOIN log_entry l ON l.brand_id = b.id GROUP BY b.id"):
        assert last_seq == count == top, f"brand {brand_id}: last_seq {last_seq}, {count} rows"
    return (sql(path, "SELECT count(*) FROM brand")[0][0],
            sql(path, "SELECT count(*) FROM log_entry")[0][0])


def test_backup_while_another_shell_writes(smm_bin, smm_env, smm_home, run_smm):
    assert run_smm("/new Acme", "/brand set hours 3").returncode == 0
    script = smm_home / "many.smm"
    lines = []
    for n in range(40):
        lines.append(f"/new b{n}")
        lines += [f"/brand set hours {h % 30 + 1}" for h in range(60)]
    script.write_text("\n".join(lines) + "\n")
    writer = subprocess.Popen([smm_bin, "run", str(script)], env=smm_env, cwd=smm_home,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    copies = []
    try:
        while writer.poll() is None and len(copies) < 12:
            target = smm_home / f"copy{len(copies)}.sqlite"
            done = subprocess.run([smm_bin, "backup", str(target)], env=smm_env, cwd=smm_home,
                                  capture_output=True, encoding="utf-8", timeout=30)
            assert done.returncode == 0, done.stderr
            copies.append((target, done.stdout))
    finally:
        assert writer.wait(timeout=120) == 0, writer.stderr.read()
    assert copies, "the writer finished before any backup ran"
    print(f"{len(copies)} backups during the replay")
    for target, said in copies:
        brands, entries = check_copy(target)
        assert f": {brands} brand" in said and f", {entries} log entr" in said, said
        assert not Path(str(target) + "-wal").exists()
        # The copy is a workspace smm opens as it is.
        listed = subprocess.run([smm_bin, "--workspace", str(target), "-c", "/brands"],
                                env=smm_env, cwd=smm_home, capture_output=True,
                                encoding="utf-8", timeout=10)
        assert listed.returncode == 0 and "Acme" in listed.stdout, listed.stderr
    # The last copy, made after the writer ended, holds everything.
    final = smm_home / "final.sqlite"
    assert subprocess.run([smm_bin, "backup", str(final)], env=smm_env, cwd=smm_home,
                          capture_output=True, timeout=30).returncode == 0
    assert check_copy(final) == (41, 2 + 40 * 61)
    assert not [p for p in smm_home.iterdir() if p.name.endswith(".tmp")]


def test_backup_refuses_an_existing_file_unless_forced(smm_bin, smm_env, smm_home, run_smm):
    assert run_smm("/new Acme").returncode == 0
    target = smm_home / "keep.sqlite"
    target.write_text("precious")
    refused = subprocess.run([smm_bin, "backup", "keep.sqlite"], env=smm_env, cwd=smm_home,
                             capture_output=True, encoding="utf-8", timeout=10)
    assert refused.returncode == 1
    assert "already exists" in refused.stderr and "--force" in refused.stderr
    assert target.read_text() == "precious"
    inside = run_smm("/backup keep.sqlite")
    assert inside.returncode == 1 and target.read_text() == "precious"
    forced = subprocess.run([smm_bin, "backup", "keep.sqlite", "--force"], env=smm_env,
                            cwd=smm_home, capture_output=True, encoding="utf-8", timeout=10)
    assert forced.returncode == 0, forced.stderr
    assert check_copy(target) == (1, 1)
    itself = run_smm(f"/backup {smm_env['SMM_WORKSPACE']} --force")
    assert itself.returncode == 1 and "workspace itself" in itself.stderr
    assert not [p for p in smm_home.iterdir() if p.name.endswith(".tmp")]


def test_a_cp_copy_made_while_a_shell_is_open_has_its_brands(spawn, smm_home):
    from conftest import CTRL_D, brand_prompt
    sh = spawn()
    sh.start()
    sh.run("/new Acme", brand_prompt("Acme"))
    sh.run("/brand set hours 4", brand_prompt("Acme"))
    copy = smm_home / "cp.sqlite"
    copy.write_bytes((smm_home / "ws.sqlite").read_bytes())  # the file alone, as cp does
    assert sql(copy, "SELECT name FROM brand") == [("Acme",)]
    assert sql(copy, "SELECT count(*) FROM log_entry") == [(2,)]
    sh.send(CTRL_D)
    sh.expect_eof()


def make_log(ws: Path, entries: int) -> None:
    """Gives Acme `entries` more `/brand set hours` entries, straight in SQL (fast)."""
    db = sqlite3.connect(ws)
    with db:
        db.execute("""
            WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
            INSERT INTO log_entry(brand_id, seq, command, recorded_at)
            SELECT (SELECT id FROM brand WHERE name = 'Acme'), i,
                   '/brand set hours ' || (i % 30 + 1), 0 FROM n""", (entries + 1,))
        db.execute("UPDATE brand SET head = ?, last_seq = ?, version = version + 1 "
                   "WHERE name = 'Acme'", (entries + 1, entries + 1))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def damage_a_log_page(ws: Path) -> int:
    """Overwrites the cells of a leaf page of the log in the middle of the file (the file
    header and the page's own header stay); returns the page number."""
    db = sqlite3.connect(ws)
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    leaves = [row[0] for row in db.execute(
        "SELECT pageno FROM dbstat WHERE name = 'log_entry' AND pagetype = 'leaf' "
        "ORDER BY pageno")]
    db.close()
    page = leaves[len(leaves) // 2]
    with open(ws, "r+b") as f:
        f.seek((page - 1) * page_size + 8)
        f.write(b"\xff" * (page_size - 8))
    wal = Path(str(ws) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "the damage must be in the file itself"
    return page


@pytest.mark.parametrize("entries", [400, 20000], ids=["small-checked-at-open",
                                                     "large-found-on-read"])
def test_a_damaged_page_opens_read_only_and_says_how_to_recover(entries, run_smm, smm_bin,
                                                                smm_env, smm_home):
    assert run_smm("/new Acme", "/new Beta").returncode == 0
    ws = smm_home / "ws.sqlite"
    make_log(ws, entries)
    damage_a_log_page(ws)
    try:
        assert sql(ws, "PRAGMA quick_check") != [("ok",)]
    except sqlite3.DatabaseError:
        pass  # so damaged that the check itself stops: damaged all the same
    size_before = ws.stat().st_size
    # Workspace.quickCheckLimit is 512 KiB: the small file is checked at open, the large one
    # is found damaged when a command reads the page.
    assert (size_before <= 512 * 1024) == (entries < 1000), size_before

    listed = run_smm("/brands")
    assert listed.returncode == 0, listed.stderr
    assert "Acme" in listed.stdout and "Beta" in listed.stdout

    history = run_smm("/use Acme", "/history")
    assert "could not save" not in history.stderr
    assert "damaged" in history.stderr and ".recover" in history.stderr

    written = run_smm("/new Gamma")
    assert written.returncode == 1
    assert "damaged" in written.stderr and ".recover" in written.stderr
    assert "could not save" not in written.stderr
    assert [r[0] for r in sql(ws, "SELECT name FROM brand ORDER BY name")] == ["Acme", "Beta"]
    assert ws.stat().st_size == size_before

    beta = subprocess.run([smm_bin, "export", "Beta", "--format", "script"], env=smm_env,
                          cwd=smm_home, capture_output=True, encoding="utf-8", timeout=10)
    assert beta.returncode == 0 and beta.stdout.strip() == "/new Beta", beta.stderr


@pytest.fixture
def read_only_folder(tmp_path):
    """A small tmpfs remounted read-only (works as root), else the test is skipped."""
    folder = tmp_path / "ro"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root): read-only folder not tested")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def test_a_read_only_workspace_reads_and_refuses_writes(read_only_folder, smm_bin, smm_env,
                                                        smm_home):
    env = dict(smm_env, SMM_WORKSPACE=str(read_only_folder / "ws.sqlite"))

    def smm(*args):
        return subprocess.run([smm_bin, *args], env=env, cwd=smm_home, capture_output=True,
                              encoding="utf-8", timeout=20)

    assert smm("-c", "/new Acme", "-c", "/brand set hours 4").returncode == 0
    assert subprocess.run(["mount", "-o", "remount,ro", str(read_only_folder)]).returncode == 0

    listed = smm("-c", "/brands", "-c", "/use Acme", "-c", "/history", "-c", "/status")
    assert listed.returncode == 0, listed.stderr
    assert "Acme" in listed.stdout and "/brand set hours 4" in listed.stdout
    assert listed.stderr.count("is read-only") == 1, listed.stderr

    refused = smm("-c", "/brand set hours 5")
    assert refused.returncode == 1
    assert "read-only" in refused.stderr and "nothing was changed" in refused.stderr

    exported = smm("export", "Acme", "--format", "json")
    assert exported.returncode == 0, exported.stderr
    copy = smm_home / "copy.sqlite"
    assert smm("backup", str(copy)).returncode == 0
    assert check_copy(copy) == (1, 2)
    assert sorted(p.name for p in read_only_folder.iterdir()) == ["ws.sqlite"]
