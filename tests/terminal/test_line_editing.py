"""The interactive shell at a terminal: Tab completion, UTF-8 editing, Ctrl-C, Ctrl-D, history,
Ctrl-R, window resizes. Each test drives the real binary in a pseudo-terminal."""

from __future__ import annotations

import os
import re
import stat

import pytest

from conftest import (
    BACKSPACE,
    CONTINUATION_PROMPT,
    CTRL_A,
    CTRL_C,
    CTRL_D,
    CTRL_E,
    CTRL_R,
    ENTER,
    LEFT,
    NO_BRAND_PROMPT,
    TAB,
    UP,
    brand_prompt,
    brand_rows,
)

HELP_NEW = "/new — Create a brand and switch to it"
HELP_QUIT = "/quit — Leave smm (everything is already saved)"


def history_lines(path: str) -> list[str]:
    """The lines of a libedit history file, decoded (libedit writes spaces as \\040)."""
    with open(path, encoding="utf-8") as f:
        raw = f.read().splitlines()
    assert raw and raw[0] == "_HiStOrY_V2_", f"not a libedit history file: {raw[:3]!r}"
    return [re.sub(r"\\(\d{3})", lambda m: chr(int(m.group(1), 8)), line) for line in raw[1:]]


# -- 1. Tab completes command names ------------------------------------------------------


def test_tab_completes_a_unique_command_name_and_adds_a_space(spawn, smm_env):
    sh = spawn()
    sh.start()
    sh.send("/bra" + TAB)
    # /brand and /brands share "/brand": Tab inserts what they have in common, no space, and
    # lists both, since "/brand" is one of them and another goes on.
    sh.expect(re.compile(r"\r\n/brand +/brands\r\n"))
    sh.expect_exact(NO_BRAND_PROMPT + "/brand")
    out = sh.run("s", NO_BRAND_PROMPT)  # "/brand" + "s"
    sh.send("/his" + TAB)
    # libedit redraws the end of the line: the completion and the space after it.
    sh.expect_exact("tory ")
    sh.run("")  # no brand open: an error, and the line is in the history
    sh.assert_in("No brands yet. Create one with /new NAME.", out, "/brands's answer")
    sh.send("/he" + TAB)
    sh.expect_exact("lp ")
    out = sh.run("new")  # "/help " + "new"
    sh.assert_in(HELP_NEW, out, "/help new's first line")
    sh.sendline("/quit")
    assert sh.expect_eof() == (0, None)
    # What was run is what the completion left in the line (trailing space dropped).
    assert history_lines(smm_env["SMM_HISTORY"]) == ["/brands", "/history", "/help new", "/quit"]


def test_tab_lists_the_candidates_of_an_ambiguous_prefix_then_redraws_the_line(spawn):
    sh = spawn()
    sh.start()
    sh.send("/re" + TAB)
    # The candidates on their own line, then the prompt and the line typed so far again.
    sh.expect(re.compile(r"\r\n/redo +/rename +/repair +/reply\r\n"))
    sh.expect_exact(NO_BRAND_PROMPT + "/re")
    # The line is intact: one more letter makes the prefix unique.
    sh.send("n" + TAB)
    sh.expect_exact("ame ")
    out = sh.run("x")
    sh.assert_in("error: no brand is open", out, "/rename without a brand")
    # A prefix shared by nothing completes nothing and leaves the line as typed.
    sh.send("/zz" + TAB + ENTER)
    out = sh.until(NO_BRAND_PROMPT)
    sh.assert_in("error: unknown command /zz", out)


def test_tab_completes_help_topics_and_flags(spawn):
    sh = spawn()
    sh.start()
    sh.run("/new acme", brand_prompt("acme"))
    sh.run("/new beta", brand_prompt("beta"))
    sh.send("/help new" + TAB)  # /new and /next share "ne"
    sh.expect_exact(" ")
    out = sh.run("", brand_prompt("beta"))
    sh.assert_in(HELP_NEW, out)
    sh.send("/delete ac" + TAB)
    sh.expect_exact("me ")
    sh.send("--y" + TAB)
    sh.expect_exact("es ")
    out = sh.run("", brand_prompt("beta"))
    sh.assert_in("Deleted acme and its log.", out)
    out = sh.run("/brands", brand_prompt("beta"))
    assert brand_rows(out) == [(True, "beta")], sh.describe("/brands after the deletion")


def test_tab_completes_file_paths_folders_end_with_a_slash(spawn, smm_home):
    (smm_home / "scripts").mkdir()
    (smm_home / "scripts" / "intro.smm").write_text("/new from-script\n", encoding="utf-8")
    sh = spawn()
    sh.start()
    sh.send("/run scr" + TAB)
    sh.expect_exact("ipts/")  # a folder: a slash and no space, so Tab can go on inside it
    sh.send("in" + TAB)
    sh.expect_exact("tro.smm ")
    out = sh.run("", brand_prompt("from-script"))
    sh.assert_in("Ran 1 command from scripts/intro.smm.", out)


# -- 2. Tab completes brand names --------------------------------------------------------


def test_tab_completes_a_brand_name(spawn):
    sh = spawn()
    sh.start()
    sh.run("/new acme", brand_prompt("acme"))
    sh.run("/new beta", brand_prompt("beta"))
    sh.send("/use ac" + TAB)
    sh.expect_exact("me ")
    out = sh.run("", brand_prompt("acme"))
    sh.assert_in("Opened acme (", out)
    # Case-insensitive prefix; the completion has the brand's own spelling.
    sh.send("/use BE" + TAB)
    sh.expect_exact("beta ")
    out = sh.run("", brand_prompt("beta"))
    sh.assert_in("Opened beta (", out)


def test_tab_completes_a_multi_word_brand_name_quoted(spawn):
    sh = spawn()
    sh.start()
    sh.run('/new "Chez Paul"', brand_prompt("Chez Paul"))
    sh.run("/new beta", brand_prompt("beta"))
    sh.send("/use Ch" + TAB)
    sh.expect_exact('"Chez Paul" ')
    out = sh.run("", brand_prompt("Chez Paul"))
    sh.assert_in("Opened Chez Paul (", out)


def test_tab_completes_a_non_ascii_brand_name(spawn):
    sh = spawn()
    sh.start()
    sh.run("/new Éclair", brand_prompt("Éclair"))
    sh.run("/new 日本 shop", brand_prompt("日本 shop"))
    sh.send("/use éc" + TAB)  # lower-case é finds É
    sh.expect_exact("Éclair ")
    out = sh.run("", brand_prompt("Éclair"))
    sh.assert_in("Opened Éclair (", out)
    sh.send("/use 日" + TAB)
    sh.expect_exact('"日本 shop" ')
    out = sh.run("", brand_prompt("日本 shop"))
    sh.assert_in("Opened 日本 shop (", out)


# -- 3. UTF-8 editing: arrows and Backspace move by character, not byte --------------------

LOCALES = {
    "LANG=C.UTF-8": {"LANG": "C.UTF-8"},
    # No locale variable at all: smm must switch to C.UTF-8 itself, or libedit would edit bytes.
    "no-locale-variables": {},
}


@pytest.mark.parametrize("locale_env", list(LOCALES.values()), ids=list(LOCALES))
def test_arrows_and_backspace_edit_utf8_by_character(spawn, smm_env, brands, locale_env):
    env = {k: v for k, v in smm_env.items() if k not in ("LANG", "LC_ALL", "LC_CTYPE")}
    env.update(locale_env)
    sh = spawn(env=env)
    sh.start()

    # "/new café 日本X", Backspace deletes X, Left Left goes back over 本 and 日, type x.
    sh.send("/new café 日本X")
    sh.expect_exact("日本X")
    sh.send(BACKSPACE)
    sh.send(LEFT + LEFT)
    sh.send("x" + ENTER)
    out = sh.until(brand_prompt("café x日本"))
    sh.assert_in("Created brand café x日本 and opened it.", out)

    # Backspace over a 3-byte (日) and a 2-byte (ñ) character, Left over them, Ctrl-A/Ctrl-E.
    sh.send("/new añb日本Z")
    sh.expect_exact("本Z")
    sh.send(LEFT + BACKSPACE)          # deletes 本  → /new añb日Z, cursor before Z
    sh.send(LEFT + LEFT + BACKSPACE)   # over 日 and b, deletes ñ → /new ab日Z
    sh.send(CTRL_E + "é")              # end of line → /new ab日Zé
    sh.send(CTRL_A + "  ")             # start of line: leading blanks are ignored
    sh.send(ENTER)
    out = sh.until(brand_prompt("ab日Zé"))
    sh.assert_in("Created brand ab日Zé and opened it.", out)
    sh.send(CTRL_D)
    assert sh.expect_eof() == (0, None)

    # The exact names, read back by another smm (bytes that were not whole characters
    # would have been refused as invalid UTF-8 or shown as something else).
    assert sorted(brands(env=env)) == [(False, "café x日本"), (True, "ab日Zé")], sh.describe(
        "the brands read back by smm -c /brands")


# -- 4. Ctrl-C discards the line and keeps the shell ---------------------------------------


def test_ctrl_c_discards_the_line_being_typed(spawn, brands):
    sh = spawn()
    sh.start()
    sh.send("/new half-typed")
    sh.expect_exact("half-typed")
    sh.send(CTRL_C)
    sh.expect_exact("^C\r\n" + NO_BRAND_PROMPT)
    out = sh.run("/brands")
    sh.assert_in("No brands yet.", out, "/brands after Ctrl-C")
    # A continued line (trailing backslash) is dropped as a whole too.
    sh.run("/new acme", brand_prompt("acme"))
    sh.sendline("/rename never \\")
    sh.expect_exact(CONTINUATION_PROMPT)
    sh.send("mind" + CTRL_C)
    sh.expect_exact("^C\r\n" + brand_prompt("acme"))
    out = sh.run("/status", brand_prompt("acme"))
    sh.assert_in("Brand: acme", out)
    sh.sendline("/quit")
    assert sh.expect_eof() == (0, None)
    assert brands() == [(True, "acme")]


# -- 5. Ctrl-D leaves with status 0 --------------------------------------------------------


def test_ctrl_d_on_an_empty_line_exits_0_and_the_brand_reopens(spawn):
    sh = spawn()
    sh.start()
    sh.run("/new acme", brand_prompt("acme"))
    sh.send(CTRL_D)
    assert sh.expect_eof() == (0, None), sh.describe("Ctrl-D should end smm with status 0")

    again = spawn()
    second_line = again.start(brand_prompt("acme"))
    again.assert_in("Opened acme (1 logged command", second_line, "greeting of the next session")
    again.send(CTRL_D)
    assert again.expect_eof() == (0, None)


# -- 6. History survives a restart ---------------------------------------------------------


def test_up_arrow_recalls_the_last_line_of_the_previous_session(spawn, smm_env):
    first = spawn()
    first.start()
    out = first.run("/help new")
    first.assert_in(HELP_NEW, out)
    first.send(CTRL_D)
    assert first.expect_eof() == (0, None)
    history = smm_env["SMM_HISTORY"]
    assert history_lines(history) == ["/help new"]
    assert stat.S_IMODE(os.stat(history).st_mode) == 0o600, "history must be private (0600)"

    second = spawn()
    second.start()
    second.send(UP)
    second.expect_exact("/help new")  # recalled into the line
    out = second.run("")
    second.assert_in(HELP_NEW, out, "help shown by the recalled line")
    second.send(CTRL_D)
    assert second.expect_eof() == (0, None)


# -- 9. Ctrl-R searches the history backwards ----------------------------------------------


def test_ctrl_r_finds_an_older_line_and_enter_runs_it(spawn, brands):
    sh = spawn()
    sh.start()
    sh.run("/help quit")
    sh.run("/help new")  # the newest line does not contain "quit"
    sh.send(CTRL_R)
    sh.expect_exact("bck:")  # libedit's incremental search indicator
    sh.send("quit")
    sh.expect_exact("/help quit")  # the match is shown in the line
    # One Enter accepts the found line and runs it (it does not run /quit).
    out = sh.run("", NO_BRAND_PROMPT)
    sh.assert_in(HELP_QUIT, out, "the found line's result")
    assert sh.child.isalive(), sh.describe("Ctrl-R + quit must not have run /quit")
    out = sh.run("/brands")
    sh.assert_in("No brands yet.", out)
    sh.send(CTRL_D)
    assert sh.expect_eof() == (0, None)


# -- 7. Window resizes ---------------------------------------------------------------------


def test_commands_and_long_lines_work_after_resizes(spawn, brands):
    sh = spawn(dimensions=(24, 80))
    sh.start()
    sh.child.setwinsize(30, 120)
    long_name = "w" * 70 + "-end"  # with the prompt, wider than 80 columns, narrower than 120
    sh.send("/new " + long_name)
    sh.expect_exact("-end")
    out = sh.run("", brand_prompt(long_name))
    sh.assert_in(f"Created brand {long_name} and opened it.", out)
    sh.run("/new short", brand_prompt("short"))

    # Narrower than the line: libedit wraps it over three rows; editing still works. (The
    # long brand's own prompt no longer fits either, so wait for the answer, not the prompt.)
    sh.child.setwinsize(24, 40)
    sh.send("/use " + "w" * 70 + "-enX")
    sh.expect_exact("X")
    sh.send(BACKSPACE + "d" + ENTER)
    sh.expect_exact("Opened")  # wrapped to the window: the long name has its own line
    sh.expect_exact(f"{long_name}")
    sh.sendline("/use short")
    out = sh.until(brand_prompt("short"))
    sh.assert_in("Opened short (", out)
    sh.send(CTRL_D)
    assert sh.expect_eof() == (0, None)
    assert sorted(brands()) == [(False, long_name), (True, "short")]


@pytest.mark.parametrize("columns", [40, 120])
def test_output_wraps_to_the_window_width_after_a_resize(spawn, columns):
    sh = spawn(dimensions=(24, 80))
    sh.start()
    sh.child.setwinsize(24, columns)
    out = sh.run("/help quit")
    sh.assert_in("/quit — Leave smm", out)
    lines = out.split("\r\n")[1:]  # the answer, without the echoed command line
    widest = max(len(line) for line in lines)
    assert widest <= columns, sh.describe(f"a line of {widest} characters in {columns} columns")
    if columns == 40:
        sh.assert_in("Every change is saved as it is made, so\r\nleaving loses nothing", out)
    else:
        sh.assert_in("smm reopens the same brand next time.", out)  # on one line
