"""`smm sentiment [TEXT…|-] [--lang en|fr] [--json]`: one reading per text, one result line
per stdin line in order ({"label", "score", "lang"} with --json), the language detected per
line, --lang for the lines whose words do not tell, bad lines named."""

import json
import os
import subprocess

from conftest import smm_binary

BIN = str(smm_binary())


def run(*args, stdin=None, lang="C.UTF-8"):
    return subprocess.run(
        [BIN, "sentiment", *args], input=stdin, capture_output=True,
        env={**os.environ, "LANG": lang},
    )


def test_each_stdin_line_gets_one_json_reading_in_order():
    lines = [
        "The bread was awful and the staff were rude",
        "Best croissant in town!",
        "Open at 8 tomorrow",
        "Franchement déçu, le pain était rassis",
        "",
        "j'adore cette boulangerie 😍",
    ]
    done = run("--json", "--lang", "en", "-", stdin=("\n".join(lines) + "\n").encode())
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [r["label"] for r in results] == [
        "negative", "positive", "neutral", "negative", "neutral", "positive"]
    assert [r["lang"] for r in results] == ["en", "en", "en", "fr", "en", "fr"]
    assert all(-1 <= r["score"] <= 1 for r in results)
    assert set(results[0]) == {"label", "score", "lang"}
    # One text given as words reads the same as the same line on stdin.
    single = run("--json", "The", "bread", "was", "awful", "and", "the", "staff", "were", "rude")
    assert json.loads(single.stdout) == results[0]


def test_lang_is_the_language_of_lines_whose_words_do_not_tell():
    assert json.loads(run("--json", "--lang", "fr", "croissant 👎").stdout)["lang"] == "fr"
    assert json.loads(run("--json", "--lang", "en", "croissant 👎").stdout)["lang"] == "en"
    # Without --lang, the user's language.
    assert json.loads(run("--json", "croissant", lang="fr_FR.UTF-8").stdout)["lang"] == "fr"


def test_text_output_is_in_the_users_language():
    assert run("c'est nul").stdout.decode().strip().startswith("negative -0")
    french = run("c'est nul", lang="fr_FR.UTF-8").stdout.decode().strip()
    assert french.startswith("négatif -0,") and french.endswith("(fr)")


def test_a_line_that_is_not_utf8_is_named_and_the_rest_is_read():
    done = run("--json", "-", stdin=b"great\n\xff\xfe bad\nawful\n")
    assert done.returncode == 1
    results = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert results[0]["label"] == "positive"
    assert results[1]["line"] == 2 and "error" in results[1]
    assert results[2]["label"] == "negative"
    assert b"line 2" in done.stderr


NEGATIVE = os.path.join(
    os.path.dirname(__file__), "..", "..", "Tests", "TranscriptTests", "Transcripts",
    "watch-negative.files", "mentions.csv")


def test_smm_watch_raises_a_negative_alert_where_the_share_jumps():
    done = subprocess.run(
        [BIN, "watch", "--json", NEGATIVE], capture_output=True,
        env={**os.environ, "LANG": "C.UTF-8"})
    assert done.returncode == 0, done.stderr
    alerts = [json.loads(line) for line in done.stdout.decode().splitlines()]
    negative = [a for a in alerts if a["kind"] == "negative"]
    assert [a["at"] for a in negative] == ["2026-03-06T09:00:00Z"]
    assert negative[0]["value"] == 13 and negative[0]["baseline"] < 13 / 4
    # In words, the share and the usual share.
    text = subprocess.run(
        [BIN, "watch", NEGATIVE], capture_output=True, env={**os.environ, "LANG": "C.UTF-8"})
    assert "41% negative (13 of 32 mentions), usually 5%" in text.stdout.decode()
    # Without the sentiment reading: no negative alert.
    quiet = subprocess.run(
        [BIN, "watch", "--json", "--no-sentiment", NEGATIVE], capture_output=True,
        env={**os.environ, "LANG": "C.UTF-8"})
    assert not [line for line in quiet.stdout.decode().splitlines() if '"negative"' in line]
