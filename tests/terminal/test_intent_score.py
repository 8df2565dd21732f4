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


def entry(expect, patterns=(), line="some line"):
    return score.Entry("t", "x/y", "acme", [], line, expect, list(patterns), False, "dev", "en", "t")


def fill(key, lang, **values):
    """Message `key` of po/LANG.po with its placeholders filled."""
    text = score.po_messages(key)[0 if lang == "en" else 1]
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    return text


def test_a_result_is_read_from_the_messages_of_either_language():
    runner = score.Runner(smm_binary(), {}, Path("/nonexistent"))
    for lang in ("en", "fr"):
        ran = runner.read({"command": "/status", "ok": True,
                           "output": fill("assistant.running", lang, command="/status")
                           + "\nStep 1"}, "where are we?")
        assert (ran.kind, ran.command, ran.requested) == ("ran", "/status", True)
        refused = runner.read({"command": "zzz", "ok": False, "output": None,
                               "error": fill("assistant.none", lang, text="zzz") + "\n  …"},
                              "zzz")
        assert refused.kind == "refused"
        confirm = runner.read({"command": "drop fb", "ok": True, "error": None,
                               "output": fill("assistant.confirm", lang,
                                              command="/spaces drop facebook")}, "drop fb")
        assert (confirm.kind, confirm.command) == ("confirm", "/spaces drop facebook")
        which = runner.read({"command": "check", "ok": True, "error": None, "output":
                             fill("assistant.which", lang) + "\n  1. /profile check\n"
                             "  2. /content check\n" + fill("assistant.whichHow", lang)},
                            "check")
        assert which.kind == "clarify"
        assert which.offered == ["/profile check", "/content check"]
    answer = runner.read({"command": "/brand set hours 4", "ok": True,
                          "output": "Hours: 4"}, "about 4 hours")
    assert (answer.kind, answer.command, answer.requested) == ("ran", "/brand set hours 4", False)
    stuck = runner.read({"command": "later", "ok": False, "error": "Please answer yes or no."},
                        "later")
    assert stuck.kind == "error"


def test_the_judge_counts_wrong_changes_and_dead_ends():
    ran = score.Outcome("ran", command="/brand set hours 9", state_changed=True)
    verdict = score.judge(entry("run", ["/brand set hours 8"]), ran)
    assert not verdict.right and verdict.wrong_change and not verdict.dead_end
    verdict = score.judge(entry("run", ["/next"]), score.Outcome("refused", ok=False))
    assert not verdict.right and verdict.dead_end and not verdict.wrong_change
    assert score.judge(entry("refuse"), score.Outcome("refused", ok=False)).right
    assert score.judge(entry("refuse"), score.Outcome("clarify", offered=["/help"])).right
    # A request run in place of the answer is no answer, even when it changes nothing.
    metrics = score.Outcome("ran", command="/metrics", requested=True)
    assert not score.judge(entry("answer"), metrics).right
    assert score.judge(entry("answer"), score.Outcome("answered")).right
    assert not score.judge(entry("skip"), metrics).right
    assert score.judge(entry("skip"), score.Outcome("answered")).right
    left = score.Outcome("answered")
    assert score.judge(entry("answer", ["/profile x set avatar no", "nothing"]), left).right
    assert not score.judge(entry("answer", ["/profile x set avatar no"]), left).right
    # A setting changed by mistake is a wrong change, though the brand's log did not move.
    lang = score.Outcome("ran", command="/lang en", requested=True)
    verdict = score.judge(entry("answer", ["/profile facebook set bio *"]), lang)
    assert verdict.wrong_change
    # The guide's offer counts when the line ran nothing.
    offered = score.Outcome("answered", hint="/spaces choose facebook")
    assert score.judge(entry("run", ["/spaces choose ..."]), offered).right
    two = score.Outcome("clarify", offered=['/crisis drill "a"', '/crisis drill "b"'])
    assert score.judge(entry("clarify", ['/crisis drill "b"', '/crisis drill "a"']), two).right


def test_a_small_corpus_runs_on_the_binary_and_adds_up(tmp_path):
    # Typed commands run as themselves, whatever the assistant makes of free text.
    corpus = write_corpus(tmp_path / "corpus", {
        "dev.en.tsv": [
            "t-1\tguide/status\tacme\t-\t/status\trun /status\tno",
            # The wrong change: the log moves, the expected command did not run.
            "t-2\tfact/hours\tacme\t-\t/brand set hours 8\trun /brand set hours 9\tyes",
            "t-3\trefuse/noise\tacme\t-\tqqqq zzzz xxxx\trefuse\tno",
        ],
        "heldout.en.tsv": [
            "t-5\tbrand/undo\tacme\t/brand set hours 3\t/undo\trun /undo\tyes",
        ],
    })
    summary = json.loads(run_scorer("--corpus", str(corpus), "--json", "--failures"))
    total = summary["total"]
    assert total["entries"] == 4
    assert summary["splits"]["dev.en"]["entries"] == 3
    assert summary["splits"]["heldout.en"]["right"] == 1, summary["misses"]
    missed = {miss["id"]: miss for miss in summary["misses"]}
    assert "t-1" not in missed and "t-5" not in missed
    assert missed["t-2"]["wrong_state_change"] and "state changed" in missed["t-2"]["got"]
    assert summary["categories"]["fact"]["wrong_state_changes"] == 1
    assert total["right"] == 4 - len(missed)


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
