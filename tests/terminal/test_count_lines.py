"""`smm count --platform P --lines [FILE|-] [--json]`: one text per input line, one result per
line, the same JSON as `smm count --json`, bad lines reported with their number, and memory
that stays flat whatever the input's size."""

import json
import os
import subprocess

from conftest import smm_binary

BIN = str(smm_binary())

TEXTS = [
    "hello world",
    "Sourdough baked every morning at https://example.com/bread?fresh=1 — come early!",
    "😀👨‍👩‍👧 family day ☀️",
    "東京で会いましょう",
    "Ça va ? Très bien, merci.",
    "",
    "x" * 400,
    "#hashtag @mention www.example.org",
]


def run(*args, stdin=None):
    return subprocess.run(
        [BIN, *args], input=stdin, capture_output=True, env={**os.environ, "LANG": "C.UTF-8"}
    )


def test_each_line_gets_the_same_json_as_a_single_count(tmp_path):
    path = tmp_path / "drafts.txt"
    path.write_text("\n".join(TEXTS) + "\n", encoding="utf-8")
    for platform in ["x", "bluesky", "linkedin"]:
        done = run("count", "--platform", platform, "--lines", str(path), "--json")
        assert done.returncode == 0, done.stderr
        results = [json.loads(line) for line in done.stdout.decode().splitlines()]
        assert len(results) == len(TEXTS)
        for text, result in zip(TEXTS, results):
            single = run("count", "--platform", platform, "--json", "-", stdin=text.encode())
            assert json.loads(single.stdout) == result, text


def test_stdin_and_text_output_number_the_lines():
    done = run("count", "--platform", "x", "--lines", stdin=b"one\r\ntwo\nthree")
    assert done.returncode == 0
    lines = done.stdout.decode().splitlines()
    assert [line.split(":")[0] for line in lines] == ["1", "2", "3"]
    assert lines[0].startswith("1: X: 3/280")


def test_a_bad_line_is_reported_with_its_number_and_the_rest_is_read():
    done = run("count", "--platform", "x", "--lines", "-", "--json", stdin=b"fine\n\xff\xfe\nalso fine\n")
    assert done.returncode == 1
    results = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert results[1]["line"] == 2 and "UTF-8" in results[1]["error"]
    assert results[0]["length"] == 4 and results[2]["length"] == 9
    assert "line 2" in done.stderr.decode()


def test_a_missing_file_says_so():
    done = run("count", "--platform", "x", "--lines", "/nonexistent/drafts.txt")
    assert done.returncode == 1
    assert "cannot read /nonexistent/drafts.txt" in done.stderr.decode()


def peak_kib(args, stdin_path):
    """The peak resident memory of one run, in KiB (from wait4's rusage)."""
    with open(stdin_path, "rb") as stdin:
        process = subprocess.Popen(
            [BIN, *args], stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        _, status, usage = os.wait4(process.pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    return usage.ru_maxrss


def test_memory_stays_flat_as_the_input_grows(tmp_path):
    line = ("plain words about bread and cakes " * 60 + "\n").encode()  # 2 KB
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_bytes(line * 100)
    large.write_bytes(line * 2_000)  # 4 MB
    args = ["count", "--platform", "instagram", "--lines", "--json"]
    small_peak, large_peak = peak_kib(args, small), peak_kib(args, large)
    # Twenty times the input (3.9 MB more), yet the peak grows by under a quarter of that.
    assert large_peak < small_peak + 1_024, (small_peak, large_peak)
