"""Scripts reused for another client: `smm run FILE --set NAME=VALUE` fills `{{NAME}}`
placeholders (checked before anything runs), and `/save FILE --template` writes the brand's
name as `{{brand}}`, so the same onboarding builds the same plan for a new brand."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

TEMPLATE = """# onboarding, one per sector
/new "{{brand}}"
/brand set sector {{sector}}
/brand set hours {{ hours }}
/content message add "{{brand}} says \\"hi\\" to {{city}}"
/content message add \"\"\"
Welcome to {{brand}}, in {{city}}.
\"\"\"
"""


def _run(smm_bin, smm_env, smm_home, *args, stdin=None):
    return subprocess.run([smm_bin, *args], env=smm_env, cwd=str(smm_home), input=stdin,
                          capture_output=True, encoding="utf-8", timeout=60)


def _log(run_smm, brand):
    done = run_smm(f"/use {json.dumps(brand)}", "/history")
    assert done.returncode == 0, done.stderr
    return [line.split(None, 3)[3] for line in done.stdout.splitlines()[1:]
            if len(line.split(None, 3)) == 4 and line.split()[0].isdigit()]


def test_set_fills_every_placeholder_with_the_value_as_typed(smm_bin, smm_env, smm_home, run_smm):
    (smm_home / "client.smm").write_text(TEMPLATE, encoding="utf-8")
    done = _run(smm_bin, smm_env, smm_home, "run", "client.smm",
                "--set", 'brand=Chez "Paul"', "--set", "sector=artisan bakery",
                "--set", "hours=6", "--set", "city=Lyon's")
    assert done.returncode == 0, done.stderr
    assert 'Created brand Chez "Paul" and opened it.' in done.stdout
    assert _log(run_smm, 'Chez "Paul"') == [
        '/new "Chez \\"Paul\\""',
        '/brand set sector "artisan bakery"',
        "/brand set hours 6",
        '/content message add "Chez \\"Paul\\" says \\"hi\\" to Lyon\'s" --tag brand',
        '/content message add "Welcome to Chez \\"Paul\\", in Lyon\'s." --tag brand',
    ]


def test_a_placeholder_without_a_value_stops_the_run_before_anything_runs(
        smm_bin, smm_env, smm_home, brands):
    (smm_home / "client.smm").write_text(TEMPLATE, encoding="utf-8")
    done = _run(smm_bin, smm_env, smm_home, "run", "client.smm", "--set", "brand=Acme",
                "--set", "sector=x", "--set", "hours=2", "--set", "unused=1")
    assert done.returncode == 2, done.stderr
    assert ("client.smm:5: error: the placeholder {{city}} has no value; add --set city=VALUE "
            "(nothing was run)") in done.stderr, done.stderr
    assert brands() == []
    # Without any --set, a template is not run with its placeholders as names either.
    bare = _run(smm_bin, smm_env, smm_home, "run", "client.smm")
    assert bare.returncode == 2 and "{{brand}} has no value" in bare.stderr, bare.stderr
    assert brands() == []


def test_unusable_values_and_malformed_options_are_refused(smm_bin, smm_env, smm_home, brands):
    (smm_home / "client.smm").write_text(TEMPLATE, encoding="utf-8")
    values = ["--set", "sector=x", "--set", "hours=2", "--set", "city=c"]
    escape = _run(smm_bin, smm_env, smm_home, "run", "client.smm", "--set",
                  "brand=a\x1b]52;c;ZXZpbA==\x07", *values)
    assert escape.returncode == 2
    assert "it holds U+001B ESC" in escape.stderr and "\x1b" not in escape.stderr, escape.stderr
    bad = _run(smm_bin, smm_env, smm_home, "run", "client.smm", "--set", "brand")
    assert bad.returncode == 2 and "--set takes NAME=VALUE" in bad.stderr, bad.stderr
    assert brands() == []


def test_unused_value_is_a_warning(smm_bin, smm_env, smm_home):
    (smm_home / "client.smm").write_text(TEMPLATE, encoding="utf-8")
    done = _run(smm_bin, smm_env, smm_home, "run", "client.smm", "--set", "brand=Acme",
                "--set", "sector=x", "--set", "hours=2", "--set", "city=c", "--set", "colour=red")
    assert done.returncode == 0, done.stderr
    assert "warning: --set colour is not used by client.smm" in done.stderr


def test_a_saved_template_builds_the_same_plan_for_a_new_client(
        smm_bin, smm_env, smm_home, run_smm):
    example = REPO / "examples" / "onboarding-b2b.smm"
    assert _run(smm_bin, smm_env, smm_home, "run", str(example)).returncode == 0
    # A literal {{…}} in the brand's own text stays literal.
    saved = run_smm('/content message add "use {{x}} for Northwind Analytics"',
                    "/save onboarding.smm --template")
    assert saved.returncode == 0, saved.stderr
    text = (smm_home / "onboarding.smm").read_text(encoding="utf-8")
    assert '/new "{{brand}}"' in text and "Northwind Analytics" not in text.split("\n", 1)[1]

    fresh = dict(smm_env, SMM_WORKSPACE=str(smm_home / "client.sqlite"))
    client = 'Chez Ô "Paul"'
    done = _run(smm_bin, fresh, smm_home, "run", "onboarding.smm", "--set", f"brand={client}")
    assert done.returncode == 0, done.stderr

    def plan(env, brand, own):
        out = _run(smm_bin, env, smm_home, "export", brand, "--format", "json")
        assert out.returncode == 0, out.stderr
        data = json.loads(out.stdout)
        # Statement lengths depend on the name's length; everything else must match.
        for playbook in data.get("crisis", {}).get("playbooks", []):
            for statement in playbook.get("statements", {}).values():
                statement.pop("length", None)
        return json.dumps(data, sort_keys=True, ensure_ascii=False).replace(
            json.dumps(own, ensure_ascii=False)[1:-1], "<brand>")

    assert plan(smm_env, "Northwind Analytics", "Northwind Analytics") == plan(fresh, client, client)
    messages = _run(smm_bin, fresh, smm_home, "-c", "/content messages").stdout
    assert f"use {{{{x}}}} for {client}" in messages, messages
