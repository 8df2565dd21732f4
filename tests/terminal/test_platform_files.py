"""The user's platform files, with the real binary: a file in $XDG_CONFIG_HOME/smm/platforms
(or a folder given with --catalog) overrides the built-in catalog's values for its platform;
a broken file is reported with its file, line and field, and smm goes on with the built-in
catalog."""

import os
import subprocess

from conftest import smm_binary

BIN = smm_binary()

TEXT = "Fresh bread " * 12 + "today."  # 150 characters, under X's 280, over a limit of 100.

LINES = [
    '/new "Acme"',
    "/stop",
    "/spaces choose x",
    f'/content message add "{TEXT}"',
    "/content adapt 1",
    f'/content edit 1 x "{TEXT}"',
    "/content check",
]


def smm(home, *args, config=None):
    env = {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CONFIG_HOME": str(config or home / "config"),
    }
    return subprocess.run(
        [str(BIN), *args], capture_output=True, env=env, cwd=home, timeout=60, text=True
    )


def run_lines(home, *extra, config=None):
    args = [*extra]
    for line in LINES:
        args += ["-c", line]
    return smm(home, *args, config=config)


def write(folder, name, text):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def test_without_a_file_the_built_in_limit_applies(tmp_path):
    result = run_lines(tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip().endswith("Checked 1 variant of 1 message:\n  all valid.")
    assert "platform" not in result.stderr


def test_a_shorter_x_limit_in_the_config_folder_changes_content_check(tmp_path):
    path = write(
        tmp_path / "config" / "smm" / "platforms", "x.yaml", "post:\n  text:\n    limit: 100\n"
    )
    result = run_lines(tmp_path)
    assert "platform file" not in result.stderr
    assert result.stdout.rstrip().endswith(
        "Checked 1 variant of 1 message:\n  - message 1, X: 150/100, 50 over"
    ), result.stdout
    shown = smm(tmp_path, "-c", "/platforms x")
    assert shown.returncode == 0, shown.stderr
    said = " ".join(shown.stdout.split())
    assert f"From your platform file {path}: post.text.limit." in said
    count = smm(tmp_path, "count", "--platform", "x", TEXT)
    assert "150/100" in count.stdout


def test_catalog_option_names_the_folder(tmp_path):
    folder = tmp_path / "rules-2027"
    write(folder, "x.yaml", "post:\n  text:\n    limit: 100\n")
    count = smm(tmp_path, "count", "--platform", "x", "--catalog", str(folder), TEXT)
    assert "150/100" in count.stdout
    plain = smm(tmp_path, "count", "--platform", "x", TEXT)
    assert "150/280" in plain.stdout
    missing = smm(tmp_path, "count", "--platform", "x", "--catalog", str(tmp_path / "nope"), TEXT)
    assert "no such folder" in missing.stderr
    assert "150/280" in missing.stdout


def test_a_broken_file_is_reported_and_the_built_in_catalog_is_used(tmp_path):
    path = write(
        tmp_path / "config" / "smm" / "platforms",
        "x.yaml",
        "# shorter posts\npost:\n  text:\n    limt: 100\n",
    )
    result = run_lines(tmp_path)
    assert result.returncode == 0, result.stderr
    warning = [line for line in result.stderr.splitlines() if "x.yaml" in line]
    assert len(warning) == 1, result.stderr
    assert warning[0].startswith(f"warning: {path}:4: post.text.limt: unknown field;")
    assert "built-in catalog" in warning[0]
    assert result.stdout.rstrip().endswith("  all valid.")
    shown = smm(tmp_path, "-c", "/platforms x")
    assert "From your platform file" not in shown.stdout


def test_the_warning_speaks_french_when_the_locale_does(tmp_path):
    write(tmp_path / "config" / "smm" / "platforms", "x.yaml", "post: [\n")
    env_result = subprocess.run(
        [str(BIN), "-c", "/platforms"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        env={
            "HOME": str(tmp_path),
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LANG": "fr_FR.UTF-8",
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        },
    )
    assert "catalogue intégré" in env_result.stderr
