#!/usr/bin/env python3
"""Scores sentiment readers on the labelled mention sample beside this file.

The sample is `en.tsv` and `fr.tsv` (`id<TAB>label<TAB>text`); `LANG.tags.tsv` holds the
phenomena each line was written to exercise. A line whose id number is divisible by 3 is
HELD OUT: it is scored apart, and its failures are never listed (see README.md).

Systems:
  --smm PATH   runs `PATH sentiment --lang LANG --json -` once per language with the split's
               texts on stdin, one per line; each output line is a JSON object with `label`
               (negative|neutral|positive) and `score`, in input order.
  --vader      VADER's compound score (English only), with the thresholds VADER's README
               gives: >= 0.05 positive, <= -0.05 negative, else neutral.

Prints, per language and system: accuracy, macro-F1, the negative class's precision, recall
and F1 (the class the watch alerts on) and the confusion matrix, side by side. `--failures`
lists the misread dev lines; `--by-phenomenon` gives the accuracy per phenomenon; `--stats`
counts the sample's lines per label and phenomenon. `--min-negative-f1 X` exits 1 when smm's
negative F1 is below X in any language scored.

Importable: `evaluate(...)` returns the figures as a dict; `load`, `split_rows`, `metrics`,
`phenomena` are the pieces. Standard library only, plus vaderSentiment for --vader.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = ("negative", "neutral", "positive")
LANGS = ("en", "fr")
SPLITS = ("dev", "heldout", "all")
VADER_POSITIVE = 0.05
VADER_NEGATIVE = -0.05

# Phenomena tagged by hand when the line was written (semantic: a pattern cannot find them).
HAND_TAGS = (
    "negation",
    "intensifier",
    "dampener",
    "contrast",
    "sarcasm",
    "crisis",
    "slang",
    "typo",
    "british",
    "regional-qc",
    "regional-ch",
    "regional-be",
)
# Phenomena found on the text itself, so that their counts cannot drift from the data.
SURFACE_TAGS = (
    "all-caps",
    "repeated-letters",
    "exclamation",
    "question-mark",
    "emoji",
    "emoticon",
    "emoji-only",
    "hashtag",
    "handle",
    "url",
)

_URL = re.compile(r"https?://\S+|\b[\w-]+\.(?:example|com|fr|org|net|be|ch|ca|uk)(?:/\S*)?")
_HANDLE = re.compile(r"(?<![\w@])@\w+")
_HASHTAG = re.compile(r"(?<![\w&#])#[^\W\d_]\w*")
_REPEATED = re.compile(r"([^\W\d_])\1\1", re.IGNORECASE)
_EMOTICON = re.compile(r"(?:(?<=\s)|^)(?:[:;=]-?[()DPp/\\|]+|[xX]D+|D:|<3|\^\^)(?=\s|$|[.,!?])")
_WORD = re.compile(r"[^\W\d_]+")
# Upper-case words that are names or acronyms, not shouting.
_ACRONYMS = {
    "UTC", "NHS", "VAT", "TVA", "SNCF", "RATP", "CHU", "CAF", "SMS", "USB", "GPS", "DHL", "ATM",
    "SAV", "RER", "TGV", "BIO", "CEO", "API", "PDF", "OK", "VIP", "EUR", "GBP", "CHF", "CAD",
    "SUV", "IRM", "TER", "PME", "SARL", "HLM", "CB", "RIB", "IBAN", "BS", "AC", "RDV", "PMR",
    "BD", "TV", "WC", "QC", "MTL", "STM", "SAQ", "CFF", "SBB", "TPG", "STIB", "SNCB", "TEC",
    "CPAS", "FAQ", "KO", "DM", "MP", "UK", "NYC", "ASAP", "LOL", "MDR", "PTDR", "OMG", "WTF",
    "TBH", "IMO", "FYI", "BTW", "WIFI", "GP", "EU", "AI",
}


def load(lang: str) -> list[dict]:
    """The sample's lines for `lang`: dicts with id, label, text and tags (hand + surface)."""
    path = HERE / f"{lang}.tsv"
    rows = []
    with path.open(encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        if header != ["id", "label", "text"]:
            raise ValueError(f"{path}: header is {header}, want id, label, text")
        for n, line in enumerate(f, 2):
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[1] not in LABELS or not parts[2]:
                raise ValueError(f"{path}:{n}: want id<TAB>label<TAB>text, got {line!r}")
            rows.append({"id": parts[0], "label": parts[1], "text": parts[2]})
    tags = {}
    tag_path = HERE / f"{lang}.tags.tsv"
    if tag_path.exists():
        with tag_path.open(encoding="utf-8") as f:
            f.readline()
            for line in f:
                ident, _, hand = line.rstrip("\n").partition("\t")
                tags[ident] = [t for t in hand.split(",") if t]
    for row in rows:
        row["tags"] = tags.get(row["id"], []) + phenomena(row["text"])
    return rows


def phenomena(text: str) -> list[str]:
    """The surface phenomena found in `text` (see SURFACE_TAGS)."""
    found = []
    bare = _URL.sub(" ", text)
    words = _WORD.findall(_HANDLE.sub(" ", _HASHTAG.sub(" ", bare)))
    if any(len(w) >= 3 and w.isupper() and w not in _ACRONYMS for w in words):
        found.append("all-caps")
    if any(_REPEATED.search(w) for w in words):
        found.append("repeated-letters")
    if "!" in text:
        found.append("exclamation")
    if "?" in bare:
        found.append("question-mark")
    if any(unicodedata.category(c) == "So" and ord(c) >= 0x2300 for c in text):
        found.append("emoji")
    if _EMOTICON.search(bare):
        found.append("emoticon")
    if not _WORD.search(_HANDLE.sub(" ", bare)):
        found.append("emoji-only")
    if _HASHTAG.search(text):
        found.append("hashtag")
    if _HANDLE.search(text):
        found.append("handle")
    if _URL.search(text):
        found.append("url")
    return found


def held_out(ident: str) -> bool:
    """Whether a line is held out: its id number is divisible by 3."""
    return int(ident.rsplit("-", 1)[1]) % 3 == 0


def split_rows(rows: list[dict], split: str) -> list[dict]:
    """The rows of `split`: dev (not held out), heldout, or all."""
    if split == "all":
        return list(rows)
    want = split == "heldout"
    return [r for r in rows if held_out(r["id"]) == want]


def vader_labels(texts: list[str]) -> list[tuple[str, float]]:
    """VADER's (label, compound) for each text, with the README's thresholds."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyser = SentimentIntensityAnalyzer()
    out = []
    for text in texts:
        compound = analyser.polarity_scores(text)["compound"]
        if compound >= VADER_POSITIVE:
            label = "positive"
        elif compound <= VADER_NEGATIVE:
            label = "negative"
        else:
            label = "neutral"
        out.append((label, compound))
    return out


def smm_labels(binary: str, lang: str, texts: list[str]) -> list[tuple[str, float]]:
    """smm's (label, score) for each text: one run of `smm sentiment` with all texts on stdin."""
    proc = subprocess.run(
        [binary, "sentiment", "--lang", lang, "--json", "-"],
        input="".join(t + "\n" for t in texts),
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{binary} sentiment exited {proc.returncode}: {proc.stderr.strip()}")
    lines = [l for l in proc.stdout.splitlines() if l.strip()]
    if len(lines) != len(texts):
        raise RuntimeError(f"{binary} sentiment gave {len(lines)} lines for {len(texts)} texts")
    out = []
    for n, line in enumerate(lines, 1):
        obj = json.loads(line)
        if obj.get("label") not in LABELS:
            raise RuntimeError(f"{binary} sentiment line {n}: label {obj.get('label')!r}")
        out.append((obj["label"], float(obj["score"])))
    return out


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def metrics(gold: list[str], predicted: list[str]) -> dict:
    """Accuracy, macro-F1, per-class precision/recall/F1 and the confusion matrix
    (`confusion[gold][predicted]`)."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted differ in length")
    confusion = {g: {p: 0 for p in LABELS} for g in LABELS}
    for g, p in zip(gold, predicted):
        confusion[g][p] += 1
    per_class = {}
    for c in LABELS:
        tp = confusion[c][c]
        predicted_c = sum(confusion[g][c] for g in LABELS)
        gold_c = sum(confusion[c].values())
        precision = tp / predicted_c if predicted_c else 0.0
        recall = tp / gold_c if gold_c else 0.0
        per_class[c] = {
            "precision": precision,
            "recall": recall,
            "f1": _f1(precision, recall),
            "support": gold_c,
        }
    n = len(gold)
    return {
        "n": n,
        "accuracy": sum(confusion[c][c] for c in LABELS) / n if n else 0.0,
        "macro_f1": sum(per_class[c]["f1"] for c in LABELS) / len(LABELS),
        "negative": per_class["negative"],
        "per_class": per_class,
        "confusion": confusion,
    }


def evaluate(
    split: str = "dev",
    langs: tuple[str, ...] = LANGS,
    smm: str | None = None,
    vader: bool = False,
) -> dict:
    """Scores the asked systems on `split` for each language.

    Returns {lang: {system: figures}}, where figures is `metrics(...)` plus `rows`: the
    split's rows, each with the system's `predicted` label and `score`. VADER is scored for
    English only.
    """
    if split not in SPLITS:
        raise ValueError(f"split is {split!r}, want one of {SPLITS}")
    result: dict = {}
    for lang in langs:
        rows = split_rows(load(lang), split)
        texts = [r["text"] for r in rows]
        systems = {}
        if smm:
            systems["smm"] = smm_labels(smm, lang, texts)
        if vader and lang == "en":
            systems["vader"] = vader_labels(texts)
        result[lang] = {}
        for name, answers in systems.items():
            figures = metrics([r["label"] for r in rows], [a[0] for a in answers])
            figures["rows"] = [
                dict(r, predicted=a[0], score=a[1]) for r, a in zip(rows, answers)
            ]
            result[lang][name] = figures
    return result


def by_phenomenon(figures: dict) -> dict[str, tuple[int, int]]:
    """For each phenomenon: (lines with it, lines with it read right)."""
    seen: Counter = Counter()
    right: Counter = Counter()
    for row in figures["rows"]:
        for tag in row["tags"]:
            seen[tag] += 1
            right[tag] += row["predicted"] == row["label"]
    return {t: (seen[t], right[t]) for t in HAND_TAGS + SURFACE_TAGS if seen[t]}


def stats(lang: str) -> str:
    """The sample's counts per label, split and phenomenon, as text."""
    rows = load(lang)
    out = [f"{lang}: {len(rows)} lines"]
    for split in ("dev", "heldout"):
        part = split_rows(rows, split)
        counts = Counter(r["label"] for r in part)
        out.append(f"  {split:8} {len(part):4}  " + "  ".join(f"{c} {counts[c]}" for c in LABELS))
    counts = Counter(r["label"] for r in rows)
    out.append(
        "  labels   "
        + "  ".join(f"{c} {counts[c]} ({100 * counts[c] / len(rows):.0f}%)" for c in LABELS)
    )
    neutral_q = sum(1 for r in rows if r["label"] == "neutral" and "question-mark" in r["tags"])
    statements = counts["neutral"] - neutral_q
    out.append(f"  neutral questions {neutral_q}, neutral statements {statements}")
    out.append("  phenomenon           lines  negative neutral positive")
    for tag in HAND_TAGS + SURFACE_TAGS:
        having = [r for r in rows if tag in r["tags"]]
        if not having:
            continue
        c = Counter(r["label"] for r in having)
        kind = "hand" if tag in HAND_TAGS else "text"
        out.append(
            f"  {tag:16} {kind}  {len(having):5}  "
            f"{c['negative']:8} {c['neutral']:7} {c['positive']:8}"
        )
    return "\n".join(out)


def _format(lang: str, split: str, systems: dict) -> str:
    names = list(systems)
    width = 22
    column = 16
    lines = [
        f"== {lang} {split} (n={systems[names[0]]['n']})",
        " " * width + "".join(f"{n:>{column}}" for n in names),
    ]

    def row(title: str, values: list[float]) -> None:
        lines.append(f"{title:<{width}}" + "".join(f"{v:>{column}.3f}" for v in values))

    row("accuracy", [systems[n]["accuracy"] for n in names])
    row("macro-F1", [systems[n]["macro_f1"] for n in names])
    row("negative precision", [systems[n]["negative"]["precision"] for n in names])
    row("negative recall", [systems[n]["negative"]["recall"] for n in names])
    row("negative F1", [systems[n]["negative"]["f1"] for n in names])
    heads = "".join(f"{'neg neu pos':>{column}}" for _ in names)
    lines.append("confusion: gold (rows) read as" + heads)
    for g in LABELS:
        cells = []
        for n in names:
            c = systems[n]["confusion"][g]
            cells.append(" ".join(f"{c[p]:3}" for p in LABELS))
        total = sum(systems[names[0]]["confusion"][g].values())
        lines.append(f"  {g} ({total})".ljust(width + 8) + "".join(f"{c:>{column}}" for c in cells))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Score sentiment readers on the labelled mention sample."
    )
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--lang", choices=LANGS, help="one language (default: both)")
    parser.add_argument("--smm", metavar="PATH", help="the smm binary to score")
    parser.add_argument("--vader", action="store_true", help="score VADER too (English only)")
    parser.add_argument(
        "--failures", action="store_true", help="list the misread lines (dev split only)"
    )
    parser.add_argument("--by-phenomenon", action="store_true", help="accuracy per phenomenon")
    parser.add_argument(
        "--stats", action="store_true", help="count the sample's lines and phenomena"
    )
    parser.add_argument(
        "--min-negative-f1",
        type=float,
        metavar="X",
        help="exit 1 when smm's negative F1 is below X",
    )
    args = parser.parse_args(argv)
    langs = (args.lang,) if args.lang else LANGS

    if args.stats:
        print("\n".join(stats(lang) for lang in langs))
        return 0
    if args.failures and args.split != "dev":
        parser.error(
            "--failures lists dev lines only: the held-out lines stay unread (use --split dev)"
        )
    if args.min_negative_f1 is not None and not args.smm:
        parser.error("--min-negative-f1 needs --smm")
    if not args.smm and not args.vader:
        parser.error("nothing to score: give --smm PATH and/or --vader")

    try:
        result = evaluate(args.split, langs, args.smm, args.vader)
    except (RuntimeError, OSError, ValueError) as error:
        print(f"score.py: {error}", file=sys.stderr)
        return 2
    status = 0
    for lang in langs:
        systems = result[lang]
        if not systems:
            print(f"== {lang} {args.split}: no system for this language (VADER reads English only)")
            continue
        print(_format(lang, args.split, systems))
        if args.by_phenomenon:
            print("per phenomenon: right/lines".ljust(22) + "".join(f"{n:>12}" for n in systems))
            tables = {n: by_phenomenon(f) for n, f in systems.items()}
            for tag in HAND_TAGS + SURFACE_TAGS:
                if tag in tables[next(iter(tables))]:
                    cells = "".join(
                        f"{f'{tables[n][tag][1]}/{tables[n][tag][0]}':>12}" for n in systems
                    )
                    print(f"  {tag:<20}{cells}")
        if args.failures:
            for name, figures in systems.items():
                misread = [r for r in figures["rows"] if r["predicted"] != r["label"]]
                print(f"-- {name} misread {len(misread)} of {figures['n']} {lang} dev lines")
                for r in misread:
                    print(
                        f"{r['id']}\tgold {r['label']}\t{name} {r['predicted']} "
                        f"({r['score']:+.3f})\t{r['text']}"
                    )
        print()
        threshold = args.min_negative_f1
        if threshold is not None and systems["smm"]["negative"]["f1"] < threshold:
            print(
                f"score.py: smm's negative F1 on {lang} {args.split} is "
                f"{systems['smm']['negative']['f1']:.3f}, below {args.min_negative_f1}",
                file=sys.stderr,
            )
            status = 1
    return status


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # the reader (head, less) stopped reading
        sys.exit(0)
