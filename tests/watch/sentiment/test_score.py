"""Tests of the labelled sample's files and of score.py (`python3 -m pytest tests/watch/sentiment`).

smm itself is not run here: `subprocess.run` is replaced by a function that answers as the
`smm sentiment --json -` contract says, so the parsing, the split and the exit codes are tested
without a binary.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score  # noqa: E402


@pytest.mark.parametrize("lang", score.LANGS)
def test_the_files_are_well_formed(lang):
    rows = score.load(lang)
    ids = [r["id"] for r in rows]
    assert ids == [f"{lang}-{n:03d}" for n in range(1, len(rows) + 1)]
    texts = [r["text"].casefold() for r in rows]
    assert len(set(texts)) == len(texts), "a text appears twice"
    assert all("\n" not in t and "\t" not in t and t == t.strip() for t in texts)
    tag_lines = (score.HERE / f"{lang}.tags.tsv").read_text(encoding="utf-8").splitlines()
    assert tag_lines[0] == "id\ttags"
    assert [line.split("\t")[0] for line in tag_lines[1:]] == ids
    for line in tag_lines[1:]:
        tags = [t for t in line.split("\t")[1].split(",") if t]
        assert set(tags) <= set(score.HAND_TAGS), line


@pytest.mark.parametrize("lang", score.LANGS)
def test_the_sample_is_big_enough_and_mixed_as_asked(lang):
    rows = score.load(lang)
    assert len(rows) >= 300
    assert len(score.split_rows(rows, "heldout")) >= 200
    counts = Counter(r["label"] for r in rows)
    for label, share in (("negative", 0.40), ("neutral", 0.30), ("positive", 0.30)):
        assert abs(counts[label] / len(rows) - share) < 0.03, (label, counts)


def test_held_out_is_every_id_divisible_by_three():
    assert score.held_out("en-003") and score.held_out("fr-630")
    assert not score.held_out("en-001") and not score.held_out("fr-629")
    rows = score.load("en")
    dev, held = score.split_rows(rows, "dev"), score.split_rows(rows, "heldout")
    assert len(dev) + len(held) == len(score.split_rows(rows, "all")) == len(rows)
    assert {r["id"] for r in dev}.isdisjoint(r["id"] for r in held)
    assert all(int(r["id"][3:]) % 3 == 0 for r in held)
    assert all(int(r["id"][3:]) % 3 != 0 for r in dev)


def test_metrics_on_a_confusion_worked_by_hand():
    gold = ["negative", "negative", "neutral", "positive"]
    predicted = ["negative", "neutral", "neutral", "negative"]
    m = score.metrics(gold, predicted)
    assert m["n"] == 4
    assert m["accuracy"] == pytest.approx(0.5)
    assert m["confusion"]["negative"] == {"negative": 1, "neutral": 1, "positive": 0}
    assert m["confusion"]["positive"] == {"negative": 1, "neutral": 0, "positive": 0}
    assert m["negative"]["precision"] == pytest.approx(0.5)
    assert m["negative"]["recall"] == pytest.approx(0.5)
    assert m["negative"]["f1"] == pytest.approx(0.5)
    assert m["per_class"]["neutral"]["f1"] == pytest.approx(2 / 3)
    assert m["per_class"]["positive"]["f1"] == 0.0
    assert m["macro_f1"] == pytest.approx((0.5 + 2 / 3 + 0.0) / 3)


def test_surface_phenomena_are_found_on_the_text():
    found = score.phenomena("sooo GOOD!!! 😍 #yum @BeanThereCafe https://bean.example/menu :)")
    assert set(found) == {
        "all-caps",
        "repeated-letters",
        "exclamation",
        "emoji",
        "emoticon",
        "hashtag",
        "handle",
        "url",
    }
    assert score.phenomena("@QuickBite 😡😡😡") == ["emoji", "emoji-only", "handle"]
    # An acronym is not shouting, an order number is not a hashtag, a link's "://" is no emoticon.
    assert score.phenomena("NHS order #48213 at https://x.example/a") == ["url"]


def _fake_smm(answer):
    """A stand-in for subprocess.run answering `smm sentiment` with answer(text) per line."""
    calls = []

    def run(argv, input, **kwargs):
        calls.append((argv, input))
        lines = input.splitlines()
        out = "".join(json.dumps({"label": answer(t), "score": 0.0}) + "\n" for t in lines)
        return subprocess.CompletedProcess(argv, 0, stdout=out, stderr="")

    return run, calls


def test_smm_gets_one_run_per_language_with_one_text_a_line(monkeypatch):
    run, calls = _fake_smm(lambda text: "neutral")
    monkeypatch.setattr(score.subprocess, "run", run)
    result = score.evaluate("dev", ("en", "fr"), smm="/bin/smm")
    assert [c[0] for c in calls] == [
        ["/bin/smm", "sentiment", "--lang", "en", "--json", "-"],
        ["/bin/smm", "sentiment", "--lang", "fr", "--json", "-"],
    ]
    dev_en = score.split_rows(score.load("en"), "dev")
    assert calls[0][1] == "".join(r["text"] + "\n" for r in dev_en)
    # All neutral: accuracy is the neutral share, and nothing is found negative.
    figures = result["en"]["smm"]
    neutral_share = sum(r["label"] == "neutral" for r in dev_en) / len(dev_en)
    assert figures["accuracy"] == pytest.approx(neutral_share)
    assert figures["negative"]["recall"] == 0.0


def test_a_short_answer_from_smm_is_an_error(monkeypatch):
    def run(argv, input, **kwargs):
        out = '{"label": "neutral", "score": 0}\n'
        return subprocess.CompletedProcess(argv, 0, stdout=out, stderr="")

    monkeypatch.setattr(score.subprocess, "run", run)
    with pytest.raises(RuntimeError, match="1 lines for"):
        score.smm_labels("/bin/smm", "en", ["one", "two"])
    assert score.main(["--lang", "en", "--smm", "/bin/smm"]) == 2


def test_min_negative_f1_sets_the_exit_code(monkeypatch, capsys):
    gold = {r["text"]: r["label"] for lang in score.LANGS for r in score.load(lang)}
    right, _ = _fake_smm(lambda text: gold[text])
    monkeypatch.setattr(score.subprocess, "run", right)
    assert score.main(["--split", "heldout", "--smm", "/bin/smm", "--min-negative-f1", "0.99"]) == 0
    assert re.search(r"^negative F1\s+1\.000$", capsys.readouterr().out, re.MULTILINE)
    wrong, _ = _fake_smm(lambda text: "positive" if gold[text] == "negative" else gold[text])
    monkeypatch.setattr(score.subprocess, "run", wrong)
    args = ["--split", "dev", "--lang", "fr", "--smm", "/bin/smm", "--min-negative-f1", "0.5"]
    assert score.main(args) == 1
    assert "below 0.5" in capsys.readouterr().err


def test_failures_are_listed_for_dev_and_refused_for_held_out(monkeypatch, capsys):
    run, _ = _fake_smm(lambda text: "neutral")
    monkeypatch.setattr(score.subprocess, "run", run)
    assert score.main(["--lang", "en", "--smm", "/bin/smm", "--failures"]) == 0
    listed = [l for l in capsys.readouterr().out.splitlines() if re.match(r"en-\d{3}\t", l)]
    dev = score.split_rows(score.load("en"), "dev")
    assert len(listed) == sum(r["label"] != "neutral" for r in dev)
    assert not any(score.held_out(l.split("\t")[0]) for l in listed)
    for split in ("heldout", "all"):
        with pytest.raises(SystemExit) as refused:
            score.main(["--split", split, "--lang", "en", "--smm", "/bin/smm", "--failures"])
        assert refused.value.code == 2
    assert "held-out lines stay unread" in capsys.readouterr().err


def test_vader_labels_follow_the_readme_thresholds():
    pytest.importorskip("vaderSentiment")
    texts = [r["text"] for r in score.load("en")[:60]]
    for label, compound in score.vader_labels(texts):
        want = "positive" if compound >= 0.05 else "negative" if compound <= -0.05 else "neutral"
        assert label == want
