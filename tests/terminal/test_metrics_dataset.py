"""A metrics import is stored as data beside the log: one short log line naming the rows'
SHA-256 (the same digest Python computes), `/save` writes the rows as a CSV beside the script,
and replaying that script in a fresh workspace gives the same JSON plan."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess


def _csv(rows: int) -> str:
    lines = ["platform,week,followers,reach,impressions,engagements"]
    platforms = ["instagram", "facebook", "linkedin", "x"]
    for index in range(rows):
        year, week = 2000 + index // (52 * 4), (index // 4) % 52 + 1
        lines.append(f"{platforms[index % 4]},{year}-W{week:02d},{1000 + index},500,800,40")
    return "\n".join(lines) + "\n"


def test_import_save_and_replay_through_the_binary(smm_bin, smm_env, smm_home, run_smm):
    (smm_home / "rows.csv").write_text(_csv(2000), encoding="utf-8")
    done = run_smm("/new Rows", "/metrics import rows.csv", timeout=60)
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(smm_env["SMM_WORKSPACE"]) as db:
        (command,) = db.execute("SELECT command FROM log_entry WHERE seq = 2").fetchone()
        digest, rows, data = db.execute("SELECT hash, rows, data FROM dataset").fetchone()
    assert command == f"/metrics load --dataset sha256:{digest} --rows 2000"
    assert rows == 2000 and hashlib.sha256(data).hexdigest() == digest

    assert run_smm("/save plan.smm", timeout=60).returncode == 0
    script = (smm_home / "plan.smm").read_text(encoding="utf-8")
    assert "/metrics import plan.metrics-1.csv" in script
    fresh = dict(smm_env, SMM_WORKSPACE=str(smm_home / "fresh.sqlite"))
    replay = subprocess.run([smm_bin, "run", "plan.smm"], env=fresh, cwd=str(smm_home),
                            capture_output=True, encoding="utf-8", timeout=60)
    assert replay.returncode == 0, replay.stderr

    def plan(env):
        out = subprocess.run([smm_bin, "export", "Rows", "--format", "json"], env=env,
                             cwd=str(smm_home), capture_output=True, encoding="utf-8", timeout=60)
        assert out.returncode == 0, out.stderr
        return out.stdout

    assert plan(fresh) == plan(smm_env)
