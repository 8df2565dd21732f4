"""scripts/intent-score, the yardstick of issue 13: it runs corpus entries on the real binary
and judges what happened. These tests check the scorer itself — how it reads a run and
counts — never the assistant's accuracy, which is a measurement, not a gate."""

import importlib.util
import json
import subprocess
import sys
from importlib.machinery import SourceFileLoader
from pathlib import Path

from conftest import REPO, smm_binary

SCORER = REPO / "scripts" / "intent-score"
_loader = SourceFileLoader("intent_score", str(SCORER))
_spec = importlib.util.spec_from_loader("intent_score", _loader)
score = importlib.util.module_from_spec(_spec)
sys.modules["intent_score"] = score  # its dataclasses look their module up
_loader.exec_module(score)


def run_scorer(*args, timeout=120):
    done = subprocess.run(
        [sys.executable, str(SCORER), "--bin", str(smm_binary()), *args],
        capture_output=True, text=True, timeout=timeout, cwd=REPO,
    )
    assert done.returncode == 0, done.stderr + done.stdout
    return done.stdout


def write_corpus(folder: Path, rows_by_file: dict[str, list[str]]) -> Path:
    folder.mkdir()
    (folder / "setups.txt").write_text(
        "== acme\n/new acme\n/brand set market b2c\n", encoding="utf-8")
    for name, rows in rows_by_file.items():
        header = "# held out: do not read while tuning the assistant\n" if name.startswith(
            "heldout") else ""
        header += "id\tcategory\tsetup\tbefore\tline\texpect\tchanges\n"
        (folder / name).write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    return folder


def test_patterns_compare_canonical_commands_not_their_spelling():
    assert score.matches('/rename "Le Fournil"', "/rename 'le fournil'")
    assert score.matches("/spaces choose facebook instagram", "/spaces choose instagram facebook")
    assert score.matches("/brand set goals leads,awareness", "/brand set goals awareness,leads")
    assert score.matches("/calendar plan 4", "/calendar plan 4 --start 2026-12-07")
    assert not score.matches("/calendar plan 4 --start 2027-06-01",
                             "/calendar plan 4 --start 2026-12-07")
    assert score.matches("/content adapt 1 ...", "/content adapt 1 linkedin x")
    assert score.matches('/crisis team * "Ann Lee" a@b.c', '/crisis team legal "Ann Lee" a@b.c')
    assert not score.matches('/crisis team * "Ann Lee" a@b.c', '/crisis team legal "Ann Lee," a@b.c')
    assert score.matches('/content message add "Open at 7."', '/content message add "open at 7" --tag brand')
    assert not score.matches("/spaces recommend", "/spaces why tiktok")
    assert not score.matches("/undo", None)


def test_the_split_is_the_hash_of_the_id():
    # A third held out, decided by the id alone: moving an entry is a misplacement.
    ids = [f"en-{n:03d}" for n in range(1, 301)]
    held = sum(score.split_of(i) == "heldout" for i in ids)
    assert 70 < held < 130
    out = run_scorer("--check-split")
    assert " 0 misplaced" in out


def test_a_small_corpus_is_judged_and_counted(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", {
        "dev.en.tsv": [
            # A typed command runs as itself: right, and it changes nothing.
            "t-1\tguide/status\tacme\t-\t/status\trun /status\tno",
            # The wrong change: the log moves, the expected command did not run.
            "t-2\tfact/hours\tacme\t-\t/brand set hours 8\trun /brand set hours 9\tyes",
            # Nothing to understand: a refusal is right where a refusal is expected...
            "t-3\trefuse/noise\tacme\t-\tqqqq zzzz xxxx\trefuse\tno",
            # ...and a dead end where a command was.
            "t-4\tguide/next\tacme\t-\tqqqq zzzz xxxx\trun /next\tno",
        ],
        "heldout.en.tsv": [
            "t-5\tbrand/undo\tacme\t/brand set hours 3\t/undo\trun /undo\tyes",
        ],
    })
    out = run_scorer("--corpus", str(corpus), "--json", "--failures")
    summary = json.loads(out)
    total = summary["total"]
    assert total["entries"] == 5
    assert total["right"] == 3, summary["misses"]
    assert total["wrong_state_changes"] == 1
    assert total["dead_ends"] == 1
    assert summary["splits"]["dev.en"]["entries"] == 4
    assert summary["splits"]["heldout.en"]["right"] == 1
    missed = {miss["id"]: miss for miss in summary["misses"]}
    assert set(missed) == {"t-2", "t-4"}
    assert missed["t-2"]["wrong_state_change"] and "state changed" in missed["t-2"]["got"]
    assert missed["t-4"]["dead_end"]
    assert summary["categories"]["fact"]["wrong_state_changes"] == 1


def test_a_sample_of_the_real_corpus_runs_and_adds_up():
    summary = json.loads(run_scorer("--sample", "40", "--json"))
    total = summary["total"]
    assert total["entries"] >= 10
    assert 0 <= total["right"] <= total["entries"]
    for name in ("dev", "heldout"):
        if name in summary["splits"]:
            assert summary["splits"][name]["entries"] == sum(
                f["entries"] for key, f in summary["splits"].items()
                if key.startswith(name + "."))
    assert sum(f["entries"] for f in summary["categories"].values()) == total["entries"]
    text = run_scorer("--sample", "80", "--split", "dev", "--failures")
    assert "By split and language" in text and "By category" in text


def test_a_held_out_file_without_its_warning_is_refused(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "setups.txt").write_text("== acme\n/new acme\n", encoding="utf-8")
    (corpus / "heldout.en.tsv").write_text(
        "t-1\tguide/status\tacme\t-\t/status\trun /status\tno\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(SCORER), "--bin", str(smm_binary()), "--corpus", str(corpus)],
        capture_output=True, text=True, timeout=60, cwd=REPO,
    )
    assert done.returncode == 2
    assert "held out: do not read while tuning the assistant" in done.stderr
