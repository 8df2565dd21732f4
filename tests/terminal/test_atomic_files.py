"""Files are written atomically: `smm export -o` and `/save` killed (SIGKILL) at random moments
(at a random moment, or the instant the target's name appears) leave the target absent or
complete, never partial; without --force a next export succeeds when
it was absent. Bounded: up to 40 kills per writer, within about 4 seconds each."""

import os
import random
import signal
import subprocess
import time

import pytest

from conftest import smm_binary

BIN = smm_binary()
TRIALS = 40
BUDGET = 4.0  # seconds per writer; at least MINIMUM_TRIALS run whatever the machine's load
MINIMUM_TRIALS = 12
MARKER = ".smm-tmp-"


def env_for(tmp_path):
    return {"HOME": str(tmp_path), "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "SMM_WORKSPACE": str(tmp_path / "ws.sqlite"), "LANG": "C.UTF-8"}


def smm(tmp_path, *args):
    return subprocess.run([str(BIN), *args], capture_output=True, env=env_for(tmp_path),
                          cwd=tmp_path, timeout=120)


@pytest.fixture
def big_brand(tmp_path):
    """A brand whose plan and script are large enough (hundreds of KB) to be caught mid-write."""
    lines = ["/new Zed", "/stop", "/brand set hours 8", "/spaces choose instagram facebook"]
    lines += [f'/content message add "Message number {i}: how we bake, told once more"'
              for i in range(1, 301)]
    (tmp_path / "build.smm").write_text("\n".join(lines) + "\n")
    done = smm(tmp_path, "run", "build.smm")
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    return tmp_path


def kill_trials(tmp_path, args, target, complete):
    """Runs `args` TRIALS times, killing it at a random moment; checks `target` each time."""
    env = env_for(tmp_path)
    started = time.monotonic()
    subprocess.run([str(BIN), *args], cwd=tmp_path, env=env, capture_output=True, timeout=120)
    full = time.monotonic() - started
    assert complete(target.read_bytes()), "a run that was not killed wrote a complete file"
    rng = random.Random(11)
    seen = {"absent": 0, "complete": 0}
    leftovers = 0
    trials_started = time.monotonic()
    for trial in range(TRIALS):
        if trial >= MINIMUM_TRIALS and time.monotonic() - trials_started > BUDGET:
            break
        target.unlink(missing_ok=True)
        process = subprocess.Popen([str(BIN), *args], cwd=tmp_path, env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if trial % 2:
            time.sleep(rng.uniform(full * 0.5, full * 1.05))
        else:
            # The harshest moment: as soon as the target's name appears.
            deadline = time.monotonic() + full * 3
            while not target.exists() and process.poll() is None and time.monotonic() < deadline:
                pass
        process.send_signal(signal.SIGKILL)
        process.wait()
        if target.exists():
            data = target.read_bytes()
            assert complete(data), f"trial {trial}: a partial file ({len(data)} bytes)"
            seen["complete"] += 1
        else:
            seen["absent"] += 1
            again = subprocess.run([str(BIN), *args], cwd=tmp_path, env=env,
                                   capture_output=True, timeout=120)
            assert again.returncode == 0, f"trial {trial}: {again.stderr.decode()}"
            assert complete(target.read_bytes())
        for name in os.listdir(tmp_path):
            if MARKER in name:  # only a kill between create and rename can leave one
                leftovers += 1
                os.unlink(tmp_path / name)
    print(f"{args[0]}: {sum(seen.values())} kills, {seen}, temporary files left by kills: {leftovers}, run {full:.3f}s")
    return seen


def test_a_killed_export_leaves_no_partial_file(big_brand):
    reference = smm(big_brand, "export", "Zed", "--format", "md").stdout
    assert len(reference) > 20_000
    kill_trials(big_brand, ["export", "Zed", "--format", "md", "-o", "plan.md"],
                big_brand / "plan.md", lambda data: data == reference)


def test_a_killed_save_leaves_no_partial_file(big_brand):
    script = smm(big_brand, "export", "Zed", "--format", "script").stdout

    def complete(data):
        # /save starts with a comment naming the time; the commands after it are the script.
        return data.split(b"\n", 2)[2] == script

    kill_trials(big_brand, ["-c", "/use Zed", "-c", "/save zed.smm"], big_brand / "zed.smm",
                complete)
