"""The plan as a deliverable: `smm export BRAND --format md|html|json` for a brand built by
replaying a script through all four steps. The HTML is parsed by a real HTML5 parser (html5lib,
strict), the JSON is checked against schemas/plan.schema.json, `-o` never overwrites without
`--force`, the French export speaks French, and headless Chromium renders the page to a PNG
that is checked for size and content."""

from __future__ import annotations

import json
import re
import os
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from conftest import REPO, smm_binary

html5lib = pytest.importorskip("html5lib")
jsonschema = pytest.importorskip("jsonschema")

BIN = smm_binary()
SCHEMA = json.loads((REPO / "schemas" / "plan.schema.json").read_text())
NS = "{http://www.w3.org/1999/xhtml}"
SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = "<script>alert(\"x\")</script> & 'quotes'"

QUOTED_HOSTILE = HOSTILE.replace('"', '\\"')

# Steps 2 to 4 after examples/step1-bakery.smm (which chooses Instagram).
STEPS_TWO_TO_FOUR = f"""
/spaces choose facebook
/content pillars add "bread know-how"
/content pillars add "seasonal pastries"
/content pillars add "the team"
/content message add "How we bake sourdough in 24 hours" --tag educational
/content message add "Worth reading: a miller's notes on flour" --tag curated
/content message add "Thank you, neighbours: {QUOTED_HOSTILE}" --tag conversation
/content adapt 1
/content adapt 2
/content adapt 3
/calendar plan 3 --start 2026-12-07
/community add "Lyon food lovers" --platform instagram --type place
/community set "Lyon food lovers" gives "recipes, early tastings"
/community set "Lyon food lovers" gets "visits, photos, word of mouth"
/engage plan
/crisis risk add "food poisoning reported" --type technical-product-harm --likelihood 2 --impact 5 --channels facebook,instagram
/crisis risk add "false rumour about mould" --type rumor --likelihood 3 --impact 3
/crisis team spokesperson "Paul Martin" "+33 6 12 34 56 78"
/crisis team "communications lead" "Anna Roux" anna@lefournil.fr
/crisis drill "false rumour about mould" --seed 42 --answers "rumor false no good none|deny|publish"
"""


def environment(folder: Path, lang: str = "C.UTF-8") -> dict[str, str]:
    env = {"HOME": str(folder), "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "SMM_WORKSPACE": str(folder / "ws.sqlite"), "LANG": lang}
    if "LD_LIBRARY_PATH" in os.environ:
        env["LD_LIBRARY_PATH"] = os.environ["LD_LIBRARY_PATH"]
    return env


def smm(folder: Path, *args: str, lang: str = "C.UTF-8") -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN), *args], capture_output=True, env=environment(folder, lang),
                          cwd=folder, timeout=60, encoding="utf-8")


@pytest.fixture(scope="module")
def brand(tmp_path_factory) -> Path:
    """A folder whose workspace holds Le Fournil, built through the four steps by `smm run`."""
    folder = tmp_path_factory.mktemp("plan")
    script = folder / "fournil.smm"
    script.write_text((REPO / "examples" / "step1-bakery.smm").read_text() + STEPS_TWO_TO_FOUR)
    done = smm(folder, "run", str(script), "--bail")
    assert done.returncode == 0, done.stderr
    return folder


def export(folder: Path, fmt: str, *more: str, lang: str = "C.UTF-8") -> str:
    done = smm(folder, "export", "Le Fournil", "--format", fmt, *more, lang=lang)
    assert done.returncode == 0, done.stderr
    return done.stdout


def parse_strict(page: str):
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True)
    document = parser.parse(page)
    assert parser.errors == [], parser.errors
    return document


def text_of(element) -> str:
    return "".join(element.itertext())


# -- Markdown -------------------------------------------------------------------------------

def test_the_markdown_plan_has_every_part(brand):
    text = export(brand, "md")
    for heading in ("# Social media plan — Le Fournil", "## Summary", "## The brand",
                    "## 1. The spaces", "### Chosen spaces and why", "### Profiles",
                    "## 2. Content", "#### Message 3 (conversation)", "### Calendar",
                    "## 3. Communities", "### Engagement plan",
                    "## 4. Crisis response — Le Fournil", "### Playbook: food poisoning reported",
                    "### Drills", "## Sources"):
        assert heading in text, heading
    assert "**Instagram** — score " in text and "**Facebook** — score " in text
    assert " of 2,200 characters" in text, "variants counted against the limit"
    # Dates in words, each post by its first words (issue 14).
    assert re.search(r"^\| \w+day \d{1,2} December 2026 \| \d\d:\d\d \| Instagram \| \S.* \|$",
                     text, re.M)
    assert "#1" not in text and "2026-12-" not in text
    assert "[^1]: " in text and "Situational Crisis Communication Theory" in text
    assert "\\<script>" in text and "<script>" not in text.replace("\\<script>", "")


def test_an_empty_brand_says_what_is_missing(tmp_path):
    assert smm(tmp_path, "-c", "/new acme").returncode == 0
    client = smm(tmp_path, "export", "acme", "--format", "md")
    assert client.returncode == 0 and "`" not in client.stdout, "no command for the client"
    done = smm(tmp_path, "export", "acme", "--format", "md", "--notes")
    assert done.returncode == 0, done.stderr
    for command in ("`/interview`", "`/spaces recommend`", "`/content message add …`",
                    "`/calendar plan 4`", "`/engage plan`", "`/crisis risk add "):
        assert command in done.stdout, command
    assert done.stdout.count("**Still missing:**") >= 6


# -- HTML -----------------------------------------------------------------------------------

def test_the_html_plan_is_valid_html5_with_charts_and_escaped_text(brand):
    page = export(brand, "html")
    assert page.startswith("<!DOCTYPE html>")
    document = parse_strict(page)
    root = document
    assert root.get("lang") == "en"
    head = root.find(f"{NS}head")
    assert head.find(f"{NS}meta").get("charset") == "utf-8"
    assert text_of(head.find(f"{NS}title")) == "Social media plan — Le Fournil"
    assert "@media print" in text_of(head.find(f"{NS}style"))
    assert list(root.iter(f"{NS}script")) == [], "no script"
    for tag in ("link", "img", "iframe", "object", "embed"):
        assert list(root.iter(f"{NS}{tag}")) == [], f"no external resource ({tag})"
    sections = {s.get("id") for s in root.iter(f"{NS}section")}
    assert {"summary", "brand", "spaces", "content", "communities", "crisis",
            "sources"} <= sections
    charts = {svg.get("class") for svg in root.iter(f"{SVG}svg")}
    assert {"scores", "mix", "risks"} <= charts
    calendars = [t for t in root.iter(f"{NS}table") if t.get("class") == "calendar"]
    assert len(calendars) == 1 and len(calendars[0].find(f"{NS}tbody")) == 3, "3 weeks"
    # Bars: one per platform; the chosen ones highlighted.
    scores = next(svg for svg in root.iter(f"{SVG}svg") if svg.get("class") == "scores")
    bars = [r for r in scores.iter(f"{SVG}rect")]
    assert len(bars) == 16 and sum("chosen" in r.get("class") for r in bars) == 2
    risks = next(svg for svg in root.iter(f"{SVG}svg") if svg.get("class") == "risks")
    assert len([g for g in risks.iter(f"{SVG}g") if g.get("class") == "risk"]) == 2
    # User text is text, not markup.
    body = text_of(root.find(f"{NS}body"))
    assert HOSTILE in body
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;" in page
    notes = root.find(f".//{NS}section[@id='sources']/{NS}ol")
    assert len(notes) >= 5, "the sources, numbered"


def test_one_section_in_html(brand):
    page = export(brand, "html", "--section", "crisis")
    document = parse_strict(page)
    assert [s.get("id") for s in document.iter(f"{NS}section")] == ["crisis", "sources"]


# -- JSON -----------------------------------------------------------------------------------

def test_the_json_plan_still_matches_the_schema(brand):
    plan = json.loads(export(brand, "json"))
    jsonschema.validate(plan, SCHEMA)
    assert plan["spaces"]["chosen"] == ["instagram", "facebook"]
    assert len(plan["crisis"]["risks"]) == 2


# -- French ---------------------------------------------------------------------------------

def test_french_headings_by_flag_and_by_locale(brand):
    by_flag = export(brand, "md", "--lang", "fr")
    by_locale = export(brand, "md", lang="fr_FR.UTF-8")
    assert by_flag == by_locale
    for heading in ("# Plan réseaux sociaux — Le Fournil", "## Synthèse", "## 1. Les espaces",
                    "## 2. Contenus", "## 3. Communautés", "## 4. Réponse de crise — Le Fournil"):
        assert heading in by_flag, heading
    assert "[export." not in by_flag
    page = export(brand, "html", "--lang", "fr")
    document = parse_strict(page)
    assert document.get("lang") == "fr"
    assert [text_of(h) for h in document.iter(f"{NS}h2")][:2] == ["Synthèse", "La marque"]
    english = export(brand, "md", "--lang", "en", lang="fr_FR.UTF-8")
    assert english.startswith("# Social media plan")


# -- Refusing to overwrite ------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["md", "html", "json", "script", "ics", "csv"])
def test_o_refuses_to_overwrite_without_force(brand, fmt):
    target = brand / f"existing.{fmt}"
    target.write_text("keep me\n")
    done = smm(brand, "export", "Le Fournil", "--format", fmt, "-o", target.name)
    assert done.returncode == 1
    assert "already exists" in done.stderr and "--force" in done.stderr
    assert target.read_text() == "keep me\n", "nothing written"
    done = smm(brand, "export", "Le Fournil", "--format", fmt, "-o", target.name, "--force")
    assert done.returncode == 0, done.stderr
    assert target.read_text() != "keep me\n"
    fresh = brand / f"fresh-{fmt}.out"
    fresh.unlink(missing_ok=True)
    done = smm(brand, "export", "Le Fournil", "--format", fmt, "-o", fresh.name)
    assert done.returncode == 0 and fresh.stat().st_size > 0


def test_force_without_o_is_a_usage_error(brand):
    done = smm(brand, "export", "Le Fournil", "--format", "md", "--force")
    assert done.returncode == 2 and "--force goes with -o" in done.stderr


# -- Headless browser -----------------------------------------------------------------------

def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


def read_png(path: Path) -> tuple[int, int, set]:
    """(width, height, distinct pixel values) of an 8-bit, non-interlaced RGB/RGBA PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, chunks = 8, {}
    idat = b""
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IDAT":
            idat += body
        else:
            chunks[kind] = body
        position += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunks[b"IHDR"])
    assert depth == 8 and colour in (2, 6) and interlace == 0, "unexpected PNG layout"
    channels = 3 if colour == 2 else 4
    stride = width * channels
    raw = zlib.decompress(idat)
    previous = bytearray(stride)
    colours = set()
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                best = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + best) & 0xFF
        if row % 8 == 0:  # sampling every 8th row is plenty to tell a blank page
            colours.update(bytes(line[i:i + channels]) for i in range(0, stride, channels * 2))
        previous = line
    return width, height, colours


def test_chromium_renders_the_page(brand, tmp_path):
    browser = chromium()
    if browser is None:
        pytest.skip("chromium is not installed (apt-get install chromium): no headless render")
    page = tmp_path / "plan.html"
    assert smm(brand, "export", "Le Fournil", "--format", "html", "-o",
               str(page)).returncode == 0
    png = tmp_path / "plan.png"
    done = subprocess.run(
        [browser, "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars",
         f"--screenshot={png}", "--window-size=1200,3000", page.as_uri()],
        capture_output=True, timeout=120, cwd=tmp_path,
        env={**os.environ, "HOME": str(tmp_path)})
    assert png.is_file(), done.stderr.decode(errors="replace")[-2000:]
    width, height, colours = read_png(png)
    assert (width, height) == (1200, 3000)
    assert len(colours) > 50, f"the page looks blank: {len(colours)} colours"
    if os.environ.get("SMM_RENDER_PNG"):
        shutil.copy(png, os.environ["SMM_RENDER_PNG"])
