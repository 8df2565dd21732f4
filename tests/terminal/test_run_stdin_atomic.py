"""`smm run -` reads the script from standard input; `smm run FILE --atomic` runs the whole
run in one transaction, so a failing line leaves the workspace exactly as it was."""

from __future__ import annotations

import os
import sqlite3
import subprocess

from conftest import smm_binary


def smm(home, *args, stdin=None):
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home),
           "LANG": "C.UTF-8", "SMM_WORKSPACE": str(home / "ws.sqlite")}
    return subprocess.run([str(smm_binary()), *args], input=stdin, capture_output=True,
                          text=True, env=env, cwd=home, timeout=60,
                          stdin=None if stdin is not None else subprocess.DEVNULL)


def stored(home) -> tuple[list[str], list[tuple[str, int, str]]]:
    """The brands' names and every log entry (brand, seq, command) as stored."""
    db = sqlite3.connect(home / "ws.sqlite")
    try:
        names = [row[0] for row in db.execute("SELECT name FROM brand ORDER BY name")]
        entries = db.execute(
            "SELECT brand.name, seq, command FROM log_entry JOIN brand ON brand.id = brand_id "
            "ORDER BY brand.name, seq").fetchall()
        return names, entries
    finally:
        db.close()


def onboarding(broken: bool) -> str:
    lines = [
        "/new bakery",
        "/brand set sector bakery",
        "/brand set market b2c",
        "/brand set hours 6",
        "# profile done",
        "/brand set goals awareness",
        "/brand set ages 25-34",
        "/brand set formats image",
        "/brand set reach local",
        "/brand set languages fr",
        "/history",
        "/brand set hours lots" if broken else "/brand set hours 8",
        "/status",
    ]
    return "\n".join(lines) + "\n"


def test_run_dash_reads_the_script_from_stdin(tmp_path):
    done = smm(tmp_path, "run", "-", stdin="/new acme\n/brand set hours 5\n/frobnicate\n")
    assert done.returncode == 1, done.stderr
    assert "Created brand acme" in done.stdout
    assert "stdin:3: error: unknown command /frobnicate" in done.stderr
    assert "cannot read" not in done.stderr
    names, entries = stored(tmp_path)
    assert names == ["acme"]
    assert [command for _, _, command in entries] == ["/new acme", "/brand set hours 5"]


def test_run_dash_with_bail_and_echo(tmp_path):
    done = smm(tmp_path, "run", "-", "--bail", "--echo",
               stdin="/new acme\n/frobnicate\n/brand set hours 5\n")
    assert done.returncode == 1
    assert "smm> /new acme" in done.stdout
    assert "stdin:2: error:" in done.stderr
    assert [command for _, _, command in stored(tmp_path)[1]] == ["/new acme"]


def test_atomic_run_that_fails_at_line_12_saves_nothing_then_the_fixed_script_runs(tmp_path):
    (tmp_path / "onboarding.smm").write_text(onboarding(broken=True), encoding="utf-8")
    smm(tmp_path, "-c", "/new other")
    before = stored(tmp_path)

    failed = smm(tmp_path, "run", "onboarding.smm", "--atomic")

    assert failed.returncode == 1
    assert "onboarding.smm:12: error:" in failed.stderr
    assert ("nothing was saved: line 12 of onboarding.smm failed; "
            "the workspace is as it was before the run") in failed.stderr
    assert "Created brand bakery" not in failed.stdout, "a result that was not saved was shown"
    assert stored(tmp_path) == before
    # The session's state was reset too: the brand open before the run is still the one open.
    assert "* other" in smm(tmp_path, "-c", "/brands").stdout

    (tmp_path / "onboarding.smm").write_text(onboarding(broken=False), encoding="utf-8")
    fixed = smm(tmp_path, "run", "onboarding.smm", "--atomic")
    assert fixed.returncode == 0, fixed.stderr
    assert "Created brand bakery" in fixed.stdout
    names, entries = stored(tmp_path)
    assert names == ["bakery", "other"]
    assert [seq for name, seq, _ in entries if name == "bakery"] == list(range(1, 11))


def test_atomic_run_of_several_scripts_commits_all_or_nothing(tmp_path):
    (tmp_path / "a.smm").write_text("/new alpha\n/brand set hours 3\n", encoding="utf-8")
    (tmp_path / "b.smm").write_text("/new beta\n/oops\n", encoding="utf-8")
    (tmp_path / "c.smm").write_text("/new gamma\n", encoding="utf-8")

    failed = smm(tmp_path, "run", "a.smm", "b.smm", "--atomic")
    assert failed.returncode == 1
    assert "nothing was saved: line 2 of b.smm failed" in failed.stderr
    assert not (tmp_path / "ws.sqlite").exists() or stored(tmp_path)[0] == []

    done = smm(tmp_path, "run", "a.smm", "c.smm", "--atomic")
    assert done.returncode == 0, done.stderr
    assert stored(tmp_path)[0] == ["alpha", "gamma"]
    assert "Created brand alpha" in done.stdout and "Created brand gamma" in done.stdout


def test_atomic_run_stops_at_the_first_failure_inside_a_nested_script(tmp_path):
    (tmp_path / "outer.smm").write_text("/new alpha\n/run inner.smm\n/brand set hours 4\n",
                                        encoding="utf-8")
    (tmp_path / "inner.smm").write_text("/brand set hours 3\n/oops\n/nope\n", encoding="utf-8")

    failed = smm(tmp_path, "run", "outer.smm", "--atomic")

    assert failed.returncode == 1
    assert "inner.smm:2: error: unknown command /oops" in failed.stderr
    assert "/nope" not in failed.stderr, "the nested script went on after its failure"
    assert "nothing was saved: line 2 of inner.smm failed" in failed.stderr
    assert not (tmp_path / "ws.sqlite").exists() or stored(tmp_path)[0] == []
