"""The guide at a terminal: the first-run welcome that starts onboarding, Enter taking up the
offered next step, hints on and off, French from LANG, and the summary of what changed when a
brand is reopened. Each test drives the real binary in a pseudo-terminal."""

from __future__ import annotations

from conftest import ENTER, NO_BRAND_PROMPT, brand_prompt

PROFILE = [
    "/new Fournil",
    "/brand set sector bakery",
    "/brand set market b2c",
    "/brand set ages 25-34,35-44",
    "/brand set goals awareness",
    "/brand set hours 6",
    "/brand set formats image,short-video",
    "/brand set reach local",
    "/brand set countries US",
    "/brand set languages en",
]


def test_a_first_run_greets_and_asks_for_the_brand(spawn):
    sh = spawn()
    sh.expect_exact("Welcome! smm walks a brand through four steps")
    sh.expect_exact("What is the brand called?")
    sh.until(NO_BRAND_PROMPT)
    out = sh.run("Chez Léa", brand_prompt("Chez Léa"))
    sh.assert_in('» /new "Chez Léa"', out, "the canonical command is shown")
    sh.assert_in("What does Chez Léa do, in a few words?", out, "the interview starts")
    sh.sendline("/quit")
    sh.expect_eof()


def test_enter_on_an_empty_line_takes_up_the_offer(spawn, run_smm):
    assert run_smm(*PROFILE).returncode == 0
    sh = spawn()
    sh.expect_exact("Opened Fournil")
    sh.expect_exact("→ next: /spaces choose")
    sh.until(brand_prompt("Fournil"))
    sh.send(ENTER)
    out = sh.until(brand_prompt("Fournil"))
    sh.assert_in("» /spaces choose instagram", out, "Enter ran the offered command")
    sh.assert_in("Instagram profile — Name, suggested: Fournil", out, "the next question")
    # A second Enter takes the suggestion.
    sh.send(ENTER)
    out = sh.until(brand_prompt("Fournil"))
    sh.assert_in("» /profile instagram set display-name Fournil", out, "the suggestion")
    sh.sendline("/quit")
    sh.expect_eof()


def test_hints_can_be_silenced_and_next_still_answers(spawn, run_smm):
    assert run_smm(*PROFILE).returncode == 0
    sh = spawn()
    sh.until(brand_prompt("Fournil"))
    out = sh.run("/hints off", brand_prompt("Fournil"))
    sh.assert_in("Hints are off", out)
    out = sh.run("/brands", brand_prompt("Fournil"))
    assert "→ next" not in out, sh.describe("a hint after /brands with hints off")
    out = sh.run("what now?", brand_prompt("Fournil"))
    sh.assert_in("» /next", out)
    sh.assert_in("Next: /spaces choose instagram", out)
    out = sh.run("why?", brand_prompt("Fournil"))
    sh.assert_in("Why /spaces choose instagram google-business:", out)
    sh.assert_in("Sources:", out)
    sh.sendline("/quit")
    sh.expect_eof()


def test_a_french_lang_speaks_french(spawn, smm_env, run_smm):
    assert run_smm(*PROFILE).returncode == 0
    env = dict(smm_env, LANG="fr_FR.UTF-8")
    sh = spawn(env=env)
    sh.expect_exact("Fournil ouverte")
    sh.expect_exact("→ suite : /spaces choose instagram")
    sh.until(brand_prompt("Fournil", "1/4 espaces"))
    out = sh.run("où en est-on ?", brand_prompt("Fournil", "1/4 espaces"))
    sh.assert_in("La méthode, en quatre étapes :", out)
    sh.assert_in("← vous êtes ici", out)
    sh.sendline("/quit")
    sh.expect_eof()


def test_reopening_says_what_changed_elsewhere(spawn, run_smm):
    assert run_smm(*PROFILE).returncode == 0
    sh = spawn()
    sh.until(brand_prompt("Fournil"))
    sh.sendline("/quit")
    sh.expect_eof()
    assert run_smm("/spaces choose instagram", "/content pillars add bread").returncode == 0
    sh = spawn()
    sh.expect_exact("2 commands were logged elsewhere")
    out = sh.until(brand_prompt("Fournil"))
    sh.assert_in("/spaces choose instagram", out)
    sh.assert_in("/content pillars add bread", out)
    sh.sendline("/quit")
    sh.expect_eof()


def test_free_text_never_deletes(spawn, run_smm):
    assert run_smm("/new Acme").returncode == 0
    sh = spawn()
    sh.until(brand_prompt("Acme"))
    out = sh.run("delete the brand acme", brand_prompt("Acme"))
    sh.assert_in("I do not run /delete", out)
    out = sh.run("/brands", brand_prompt("Acme"))
    sh.assert_in("Acme", out, "the brand is still there")
    sh.sendline("/quit")
    sh.expect_eof()


def test_reopening_does_not_report_the_sessions_own_commands(spawn, run_smm):
    assert run_smm(*PROFILE).returncode == 0
    sh = spawn()
    sh.until(brand_prompt("Fournil"))
    sh.run("/spaces choose instagram", brand_prompt("Fournil"))
    sh.sendline("/quit")
    sh.expect_eof()
    sh = spawn()
    out = sh.until(brand_prompt("Fournil"))
    assert "logged elsewhere" not in out, sh.describe("own commands reported as news")
    sh.sendline("/quit")
    sh.expect_eof()
