"""The PDF plan as a reader sees it: the bakery example replayed, `/export pdf` typed in the
shell, the pages rendered to images with pdftoppm and read back. Each page carries ink, the
cover names the brand and the date, and the pages after it are numbered."""

import os
import shutil
import subprocess

import pytest

from conftest import REPO as ROOT, smm_binary

BIN = smm_binary()
pytestmark = pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("pdftotext")
         and any(shutil.which(b) for b in ("chromium", "chromium-headless-shell",
                                           "chromium-browser", "google-chrome"))),
    reason="needs a headless Chromium and poppler-utils (scripts/test installs both)")


def run(tmp_path, *args):
    env = {"HOME": str(tmp_path), "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "SMM_WORKSPACE": str(tmp_path / "ws.sqlite"), "LANG": "C.UTF-8"}
    return subprocess.run([str(BIN), *args], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=300, stdin=subprocess.DEVNULL)


def gray_pages(pdf, folder):
    """Each page of `pdf` as (width, height, pixels), 30 dpi, 8-bit gray (PGM)."""
    subprocess.run(["pdftoppm", "-r", "30", "-gray", str(pdf), str(folder / "page")],
                   check=True, timeout=120)
    pages = []
    for path in sorted(folder.glob("page-*.pgm")):
        data = path.read_bytes()
        # P5 header: magic, width, height, maximum value, each followed by whitespace.
        fields, offset = [], 0
        while len(fields) < 4:
            while data[offset:offset + 1].isspace():
                offset += 1
            start = offset
            while not data[offset:offset + 1].isspace():
                offset += 1
            fields.append(data[start:offset])
        width, height = int(fields[1]), int(fields[2])
        pages.append((width, height, data[offset + 1:offset + 1 + width * height]))
    return pages


def ink(pixels):
    """The share of pixels darker than light grey."""
    return sum(1 for p in pixels if p < 160) / max(1, len(pixels))


def test_the_pdf_plan_has_a_cover_numbered_pages_and_ink_on_each(tmp_path):
    replay = run(tmp_path, "run", str(ROOT / "examples" / "onboarding-bakery.smm"))
    assert replay.returncode == 0, replay.stderr
    done = run(tmp_path, "-c", '/use "Boulangerie Martin"', "-c", "/export pdf plan.pdf")
    assert done.returncode == 0, done.stdout + done.stderr
    # Every entry of the replayed log reads back (a triage is a recorded change).
    assert "note" not in done.stdout + done.stderr, done.stdout + done.stderr
    pdf = tmp_path / "plan.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "plan.pdf" in done.stdout and "Ko" in done.stdout, done.stdout

    pages = gray_pages(pdf, tmp_path)
    # The cover, the summary, the brand and the four steps at least, each on its own page.
    assert len(pages) >= 7, len(pages)
    for number, (width, height, pixels) in enumerate(pages, start=1):
        assert width < height, f"page {number} is not portrait"
        assert ink(pixels) > 0.002, f"page {number} is blank"
    # The cover's ink is on the page, not only in a corner: its top half carries the title.
    width, height, pixels = pages[0]
    assert ink(pixels[: width * height // 2]) > 0.002

    def text(page):
        return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
                              capture_output=True, text=True, check=True).stdout

    cover = text(1)
    assert "Boulangerie Martin" in cover
    assert any(month in cover for month in (
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")), cover
    # Page numbers at the foot of the pages after the cover.
    for page in (2, len(pages)):
        lines = [line.strip() for line in text(page).splitlines() if line.strip()]
        assert any(line.endswith(str(page)) or line.startswith(str(page)) for line in lines[-3:]), \
            (page, lines[-3:])
    # Nothing of the shell reaches the client's pages.
    whole = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout
    assert "/export" not in whole and "/crisis" not in whole


def test_export_pdf_keeps_an_existing_file_without_force(tmp_path):
    run(tmp_path, "-c", "/new acme")
    (tmp_path / "acme.pdf").write_bytes(b"mine")
    done = run(tmp_path, "export", "acme", "--format", "pdf", "-o", "acme.pdf")
    assert done.returncode != 0
    assert (tmp_path / "acme.pdf").read_bytes() == b"mine"
    forced = run(tmp_path, "export", "acme", "--format", "pdf", "-o", "acme.pdf", "--force")
    assert forced.returncode == 0, forced.stderr
    assert (tmp_path / "acme.pdf").read_bytes().startswith(b"%PDF")
