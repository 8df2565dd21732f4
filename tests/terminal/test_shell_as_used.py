"""The shell as a person uses it, checked against what the screen shows: editing beside emoji
with a variation selector (☀️, 🏔️) and joined emoji (👨‍👩‍👧), names with apostrophes, lines
wrapped at word boundaries, Tab on names, and the goodbye on Ctrl-D — in English and French,
at 80 and 120 columns.

The screen is a pyte terminal fed everything smm writes. pyte, like glibc's wcwidth, gives a
variation selector or a joiner no cell; it is installed by scripts/test, and these tests are
skipped when it is missing.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata

import pexpect
import pytest

from conftest import BACKSPACE, CTRL_D, ENTER, LEFT, NO_BRAND_PROMPT, RIGHT, TAB, brand_prompt

pyte = pytest.importorskip("pyte", reason="pyte is needed to read the screen: pip install pyte")
wcwidth = pytest.importorskip("wcwidth").wcwidth

WIDTHS = [80, 120]


def zero_width(char: str) -> bool:
    return wcwidth(char) == 0 and unicodedata.category(char) != "Cc"


class Screen(pyte.Screen):
    """A pyte screen that, like a terminal, lets a zero-width character take no cell (pyte
    0.8 stops drawing the rest of the text at a variation selector)."""

    def draw(self, data: str) -> None:
        super().draw("".join(c for c in data if not zero_width(c) or unicodedata.combining(c)))


class Terminal:
    """The smm process and the screen it draws on."""

    def __init__(self, shell, columns: int, rows: int = 24):
        self.shell = shell
        self.screen = Screen(columns, rows)
        self.stream = pyte.Stream(self.screen)
        self.seen = 0

    def settle(self, text: str) -> None:
        """Waits for `text` in the output, then draws everything received so far."""
        self.shell.expect_exact(text)
        self.draw()

    def draw(self) -> None:
        everything = self.shell.transcript.getvalue()
        self.stream.feed(everything[self.seen:])
        self.seen = len(everything)

    def cursor_line(self) -> str:
        return self.screen.display[self.screen.cursor.y].rstrip()

    def lines(self) -> list[str]:
        return [line.rstrip() for line in self.screen.display]


class Line:
    """The line being edited, as characters a person sees (each may be several code points)."""

    def __init__(self):
        self.characters: list[str] = []
        self.cursor = 0

    def type(self, characters: list[str]) -> str:
        self.characters[self.cursor:self.cursor] = characters
        self.cursor += len(characters)
        return "".join(characters)

    def left(self, count: int = 1) -> str:
        self.cursor = max(0, self.cursor - count)
        return LEFT * count

    def right(self, count: int = 1) -> str:
        self.cursor = min(len(self.characters), self.cursor + count)
        return RIGHT * count

    def backspace(self, count: int = 1) -> str:
        for _ in range(count):
            if self.cursor:
                del self.characters[self.cursor - 1]
                self.cursor -= 1
        return BACKSPACE * count

    @property
    def text(self) -> str:
        return "".join(self.characters)

    @staticmethod
    def visible(text: str) -> str:
        return "".join(c for c in text if not zero_width(c))

    def columns_before_cursor(self) -> int:
        return sum(max(wcwidth(c), 0) for c in self.visible("".join(self.characters[:self.cursor])))


def characters(text: str) -> list[str]:
    """`text` cut into the characters the tests type: a base and the zero-width marks after it,
    and emoji joined by U+200D kept together."""
    out: list[str] = []
    for char in text:
        if out and (zero_width(char) or out[-1].endswith("\u200d")):
            out[-1] += char
        else:
            out.append(char)
    return out


def check_screen(term: Terminal, prompt: str, line: Line, what: str) -> None:
    """The screen shows the prompt and the line's visible text, the cursor where it is."""
    term.draw()
    expected = prompt + Line.visible(line.text)
    assert term.cursor_line() == expected.rstrip(), f"{what}: screen line"
    column = sum(max(wcwidth(c), 0) for c in prompt) + line.columns_before_cursor()
    assert term.screen.cursor.x == column, f"{what}: cursor column"


@pytest.mark.parametrize("columns", WIDTHS)
def test_editing_beside_emoji_shows_the_line_as_it_is(spawn, columns):
    sh = spawn(dimensions=(24, columns))
    term = Terminal(sh, columns)
    sh.start()
    term.draw()
    line = Line()
    steps = [
        ("typed", lambda: line.type(characters("/new Lac ☀️ et 🏔️ Alpes 👨‍👩‍👧 fin"))),
        ("left over the family", lambda: line.left(5)),
        ("typed before the family", lambda: line.type(characters("X"))),
        ("left over the mountain", lambda: line.left(9)),
        ("typed before the mountain", lambda: line.type(characters("les "))),
        ("left over the sun", lambda: line.left(8)),
        ("backspace before the sun", lambda: line.backspace(1)),
        ("right over the sun", lambda: line.right(2)),
        ("typed after the sun", lambda: line.type(characters("☀️"))),
    ]
    for what, step in steps:
        sh.send(step())
        # Wait until what libedit drew for the keys has arrived (or give up after 3 s).
        for _ in range(30):
            pump(sh, 0.1)
            term.draw()
            if screen_matches(term, NO_BRAND_PROMPT, line):
                break
        check_screen(term, NO_BRAND_PROMPT, line, what)
    # What was typed is what smm reads, every code point included (words one space apart).
    sh.sendline("")
    name = " ".join(line.text.split()[1:])
    assert "\ufe0f" in name and "\u200d" in name
    sh.expect_exact(f"Created brand {name} and opened it.")


def pump(sh, seconds: float) -> None:
    """Reads what smm writes for `seconds` (into the session's transcript)."""
    try:
        sh.child.expect(pexpect.TIMEOUT, timeout=seconds)
    except pexpect.EOF:
        pass


def screen_matches(term: Terminal, prompt: str, line: Line) -> bool:
    try:
        check_screen(term, prompt, line, "")
    except AssertionError:
        return False
    return True


@pytest.mark.parametrize("language", ["en", "fr"])
def test_names_with_apostrophes_and_several_words(spawn, language):
    sh = spawn()
    sh.start()
    if language == "fr":
        sh.run("/lang fr", NO_BRAND_PROMPT)
    sh.sendline("/new Office de Tourisme du Lac d'Annecy")
    sh.expect_exact("Office de Tourisme du Lac d'Annecy")
    sh.sendline("/stop")
    sh.sendline("/rename Lac d'Annecy Tourisme")
    sh.expect_exact("Lac d'Annecy Tourisme")
    sh.sendline("/new O'Brien's")
    sh.expect_exact("O'Brien's")
    sh.sendline("/stop")
    step = "1/4 espaces" if language == "fr" else "1/4 spaces"
    out = sh.run("/use Lac d'Annecy Tourisme", brand_prompt("Lac d'Annecy Tourisme", step))
    assert "unterminated" not in out and "guillemet" not in out, out


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_line_wraps_at_word_boundaries(spawn, smm_bin, smm_env, tmp_path, columns, language):
    lines = ([f"/lang {language}"] if language == "fr" else []) + [
        "/new Office de Tourisme du Lac d'Annecy et de ses montagnes", "/skip", "/skip"]
    # The same lines piped (no terminal, no wrapping) give every word as it should appear.
    env = dict(smm_env, SMM_WORKSPACE=str(tmp_path / "piped.sqlite"))
    piped = subprocess.run([str(smm_bin)], input="\n".join(lines) + "\n", env=env,
                           capture_output=True, text=True, timeout=30)
    whole_words = set((piped.stdout + piped.stderr).split())
    sh = spawn(dimensions=(40, columns))
    term = Terminal(sh, columns, rows=40)
    sh.start()
    # Each line once the one before has been answered (libedit drops keys typed ahead).
    for line in lines:
        sh.sendline(line)
        sh.expect(re.compile(r"(smm|spaces|espaces)> $"))
    pump(sh, 0.3)
    term.draw()
    shown = [line for line in term.lines() if line]
    # What the lines piped show too: from the brand's creation on (no greeting in a pipe).
    shown = shown[next(i for i, line in enumerate(shown) if line.startswith("smm> /new")) + 1:]
    prompts = {"smm>", "Office", "de", "Tourisme", "du", "Lac", "d'Annecy", "et", "ses",
               "montagnes", "1/4", "spaces>", "espaces>", "/skip"}
    cut = [word for line in shown for word in line.split()
           if word not in whole_words and word not in prompts]
    # No word was cut at the screen's edge.
    assert not cut, "\n".join(shown)
    assert any(len(line) > columns // 2 for line in shown)


def test_tab_completes_risk_names_types_and_both_brand_commands(spawn):
    sh = spawn()
    sh.start()
    sh.sendline("/new Acme")
    sh.sendline("/stop")
    sh.expect_exact("/interview")
    prompt = brand_prompt("Acme")
    sh.run('/crisis risk add "food poisoning reported" --type technical-product-harm', prompt)
    sh.send("/crisis risk remove fo" + TAB)
    sh.expect_exact('od poisoning reported"')
    sh.send("\x15")  # Ctrl-U: drop the line
    sh.send("/crisis risk add x --type rum" + TAB)
    sh.expect_exact("or ")
    sh.send("\x15")
    sh.send("/bra" + TAB)
    sh.expect(re.compile(r"/brand +/brands"))
    sh.send("\x15")
    sh.sendline("/quit")


@pytest.mark.parametrize(
    "language, saved, goodbye", [("en", "Everything is saved.", "Goodbye"),
                                 ("fr", "Tout est enregistré.", "Au revoir")])
def test_ctrl_d_says_goodbye_and_that_everything_is_saved(spawn, language, saved, goodbye):
    sh = spawn()
    sh.start()
    if language == "fr":
        sh.run("/lang fr", NO_BRAND_PROMPT)
    sh.send(CTRL_D)
    sh.expect_exact(saved)
    sh.expect_exact(goodbye)
    assert sh.expect_eof() == (0, None)


def test_dash_c_takes_names_with_apostrophes(smm_bin, smm_env):
    done = subprocess.run(
        [str(smm_bin), "-c", "/new Office de Tourisme du Lac d'Annecy", "-c", "/stop",
         "-c", "/rename Lac d'Annecy Tourisme", "-c", "/use Lac d'Annecy Tourisme"],
        env=smm_env, capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    assert "Renamed Office de Tourisme du Lac d'Annecy to Lac d'Annecy Tourisme." in done.stdout
    assert "Opened Lac d'Annecy Tourisme" in done.stdout
