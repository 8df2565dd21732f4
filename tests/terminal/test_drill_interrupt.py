"""Ctrl-C during a crisis drill stops it cleanly and records what happened."""

from conftest import CTRL_C, brand_prompt


def test_ctrl_c_stops_a_drill_and_records_it(spawn, run_smm):
    setup = run_smm('/new "acme"', "/stop", "/spaces choose x",
                    '/crisis risk add "rumour" --type rumor --likelihood 3 --impact 3')
    assert setup.returncode == 0, setup.stderr
    sh = spawn()
    sh.start(brand_prompt("acme"))
    out = sh.run('/crisis drill rumour --seed 42', brand_prompt("acme"))
    sh.assert_in("What your team has found out", out, "the facts, shown first")
    sh.assert_in("Is what they say true?", out, "the drill's first question, in plain words")
    out = sh.run("it's false", brand_prompt("acme"))
    sh.assert_in("happened to you before?", out, "the next fact is asked")
    sh.send(CTRL_C)
    sh.expect_exact("Debrief of the drill rumour (seed 42)")
    sh.expect_exact(brand_prompt("acme"))
    # The history's lines are wrapped to the terminal's width: read them as one text.
    out = " ".join(sh.run("/history", brand_prompt("acme")).split())
    sh.assert_in('/crisis drill rumour --seed 42 --answers "false - - -"', out,
                 "the drill as it stood, in the log")
    sh.sendline("/quit")
    assert sh.expect_eof() == (0, None)
