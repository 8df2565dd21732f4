"""Other shells get in during a long replay: while one `smm run` replays a long script, a
second shell's read (`/brands`) and write (a change to another brand) each finish within
LIMIT seconds. The replay is bounded (LINES lines) and the test stops at its end."""

from __future__ import annotations

import os
import subprocess
import time

from conftest import smm_binary

LINES = 60_000
LIMIT = 2.0


def smm(workspace, *args, wait=True):
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(workspace.parent),
           "LANG": "C.UTF-8"}
    command = [str(smm_binary()), "--workspace", str(workspace), *args]
    if not wait:
        return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                env=env, stdin=subprocess.DEVNULL)
    return subprocess.run(command, capture_output=True, text=True, env=env,
                          stdin=subprocess.DEVNULL, timeout=60)


def timed(workspace, *args) -> tuple[float, subprocess.CompletedProcess]:
    started = time.monotonic()
    done = smm(workspace, *args)
    return time.monotonic() - started, done


def test_a_second_shell_reads_and_writes_quickly_during_a_long_replay(tmp_path):
    workspace = tmp_path / "ws.sqlite"
    assert smm(workspace, "-c", "/new other").returncode == 0
    script = tmp_path / "long.smm"
    script.write_text("/new acme\n" + "".join(
        f"/brand set hours {index % 40 + 1}\n" for index in range(1, LINES)), encoding="utf-8")

    replay = smm(workspace, "run", str(script), wait=False)
    reads, writes = [], []
    try:
        time.sleep(0.3)
        value = 0
        # Every wait that starts while the replay runs counts, even when the replay ends during
        # it (a second shell starved until the end would otherwise go unmeasured).
        while replay.poll() is None and len(writes) < 6:
            value += 1
            seconds, done = timed(workspace, "-c", "/brands")
            assert done.returncode == 0, done.stderr
            reads.append(seconds)
            if replay.poll() is not None:
                break
            seconds, done = timed(workspace, "-c", "/use other", "-c",
                                  f"/brand set hours {value}")
            assert done.returncode == 0, done.stderr
            writes.append(seconds)
        still_running = replay.poll() is None
    finally:
        replay.kill()
        stderr = replay.communicate(timeout=60)[1]
    print(f"\nlongest read {max(reads, default=0):.3f} s over {len(reads)}, "
          f"longest write {max(writes, default=0):.3f} s over {len(writes)}")
    assert b"error" not in stderr, stderr
    assert reads and writes, "the replay ended before a second shell could be measured"
    assert max(reads) < LIMIT, f"reads took {reads}"
    assert max(writes) < LIMIT, f"writes took {writes}"
    assert still_running, "the replay ended during the measurements: make the script longer"
