"""Step 3 in the JSON plan: communities, engagement and metrics under the schema; and the CSV
import of metrics from the command line, all or nothing."""

import json
import os
import subprocess
from pathlib import Path

import pytest

jsonschema = pytest.importorskip("jsonschema")

# The binary and the skip when it is not built come from conftest.
from conftest import REPO as ROOT, smm_binary

BIN = smm_binary()
SCHEMA = json.loads((ROOT / "schemas" / "plan.schema.json").read_text())


def smm(tmp_path, *lines):
    args = []
    for line in lines:
        args += ["-c", line]
    env = {"HOME": str(tmp_path), "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "SMM_WORKSPACE": str(tmp_path / "ws.sqlite")}
    return subprocess.run([str(BIN), *args], capture_output=True, env=env, cwd=tmp_path,
                          timeout=60, encoding="utf-8")


def export(tmp_path):
    env = {"HOME": str(tmp_path), "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "SMM_WORKSPACE": str(tmp_path / "ws.sqlite")}
    done = subprocess.run([str(BIN), "export", "Le Fournil", "--format", "json"],
                          capture_output=True, env=env, cwd=tmp_path, timeout=60, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_step_three_in_the_plan(tmp_path):
    (tmp_path / "metrics.csv").write_text(
        "platform,week,followers,reach,impressions,engagements\n"
        "instagram,2026-W05,1200,3400,5100,160\n"
        "instagram,2026-W06,1250,3600,5000,190\n")
    done = smm(tmp_path, '/new "Le Fournil"', "/stop", "/brand set hours 8",
               "/spaces choose instagram",
               '/community add "Lyon food lovers" --platform instagram --type place',
               '/community set "Lyon food lovers" gives "recipes"',
               '/community set "Lyon food lovers" gets "visits"',
               "/engage plan", "/metrics import metrics.csv")
    assert done.returncode == 0, done.stderr
    plan = export(tmp_path)
    jsonschema.validate(plan, SCHEMA)
    assert plan["communities"][0]["mapped"] is True
    assert [action["kind"] for action in plan["engagement"]["actions"]] == ["create", "share", "spread"]
    assert [row["week"] for row in plan["metrics"]] == ["2026-W05", "2026-W06"]
    assert plan["metrics"][0]["er_reach"] == round(160 / 3400 * 100, 2)
    assert plan["metrics"][0]["er_reach_change"] is None
    assert plan["metrics"][1]["er_reach_change"] == round((190 / 3600 - 160 / 3400) * 100, 2)


def test_a_broken_csv_imports_nothing(tmp_path):
    (tmp_path / "broken.csv").write_text(
        "platform,week,followers,reach,impressions,engagements\n"
        "instagram,2026-W05,1200,3400,5100,160\n"
        "instagram,2026-W06,1250,-1,5000,190\n")
    done = smm(tmp_path, '/new "Le Fournil"', "/stop", "/metrics import broken.csv")
    assert done.returncode == 1
    assert "row 3, column reach" in done.stderr
    assert "Nothing was imported" in done.stderr
    assert export(tmp_path)["metrics"] == []


def test_step_four_in_the_plan(tmp_path):
    done = smm(tmp_path, '/new "Le Fournil"', "/stop", "/spaces choose instagram x",
               '/crisis risk add "food poisoning reported" --type technical-product-harm --likelihood 2 --impact 5',
               '/crisis risk add "false rumour" --type rumor --likelihood 4 --impact 3',
               '/crisis team spokesperson "Paul Martin" "+33 6 12 34 56 78"')
    assert done.returncode == 0, done.stderr
    plan = export(tmp_path)
    jsonschema.validate(plan, SCHEMA)
    crisis = plan["crisis"]
    assert [risk["name"] for risk in crisis["risks"]] == ["false rumour", "food poisoning reported"]
    assert crisis["risks"][1]["cluster"] == "accidental"
    statements = crisis["playbooks"][0]["statements"]
    assert set(statements) == {"instagram", "x"}
    assert all(statement["valid"] for statement in statements.values()), "every statement fits"
    assert crisis["team"] == [{"role": "spokesperson", "name": "Paul Martin", "contact": "+33 6 12 34 56 78"}]


def test_a_drill_replays_to_the_same_debrief(tmp_path):
    lines = ['/new "Le Fournil"', "/stop", "/spaces choose instagram x",
             '/crisis risk add "false rumour" --type rumor --likelihood 3 --impact 3',
             '/crisis drill "false rumour" --seed 42 --answers "rumor false no good none|deny|publish"']
    assert smm(tmp_path, *lines).returncode == 0
    first = export(tmp_path)
    jsonschema.validate(first, SCHEMA)
    drill = first["crisis"]["drills"][0]
    assert drill["seed"] == 42 and drill["strategy_fit"] is True
    script = subprocess.run([str(BIN), "export", "Le Fournil", "--format", "script"], capture_output=True,
                            env={"HOME": str(tmp_path), "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                                 "SMM_WORKSPACE": str(tmp_path / "ws.sqlite")}, encoding="utf-8")
    other = tmp_path / "other"
    other.mkdir()
    (other / "d.smm").write_text(script.stdout)
    replay = subprocess.run([str(BIN), "run", "d.smm"], capture_output=True, cwd=other,
                            env={"HOME": str(other), "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                                 "SMM_WORKSPACE": str(other / "ws.sqlite")}, encoding="utf-8")
    assert replay.returncode == 0, replay.stderr
    assert export(other)["crisis"]["drills"] == first["crisis"]["drills"]


def test_the_crisis_binder_in_markdown(tmp_path):
    lines = ['/new "Le Fournil"', "/stop", "/spaces choose instagram x",
             '/crisis risk add "false rumour" --type rumor --likelihood 3 --impact 3 --channels x',
             '/crisis drill "false rumour" --seed 42 --answers "rumor false no good none|deny|publish"']
    assert smm(tmp_path, *lines).returncode == 0
    env = {"HOME": str(tmp_path), "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "SMM_WORKSPACE": str(tmp_path / "ws.sqlite")}
    binder = subprocess.run([str(BIN), "export", "Le Fournil", "--format", "md", "--section", "crisis"],
                            capture_output=True, env=env, encoding="utf-8")
    assert binder.returncode == 0, binder.stderr
    text = binder.stdout
    assert text.startswith("## 4. Crisis response — Le Fournil")
    for heading in ("### Playbook: false rumour", "### Team", "**Escalation**", "**First hour**",
                    "**Holding statements**", "*Instagram*", "*X*", "**Dark-site page**",
                    "**Internal message**", "**Last drill**"):
        assert heading in text, heading
    assert "## 1. The spaces" not in text, "the section alone"
    whole = subprocess.run([str(BIN), "export", "Le Fournil", "--format", "md"], capture_output=True,
                           env=env, encoding="utf-8")
    assert "# Social media plan — Le Fournil" in whole.stdout and "## 1. The spaces" in whole.stdout
    bad = subprocess.run([str(BIN), "export", "Le Fournil", "--format", "md", "--section", "oops"],
                         capture_output=True, env=env, encoding="utf-8")
    assert bad.returncode == 2 and "--section takes" in bad.stderr
