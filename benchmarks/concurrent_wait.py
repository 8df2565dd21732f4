#!/usr/bin/env python3
"""How long a second shell waits while another one replays a long script.

One `smm run` replays LINES lines (default 120,000: `/new acme`, then `/brand set hours N`).
Meanwhile a second shell runs, over and over, a read (`smm -c /brands`) and a write
(`smm -c '/use other' -c '/brand set hours N'`, another brand). Each is timed from start to
exit; the same commands timed on the idle workspace first are the reference beside them.

Usage: benchmarks/concurrent_wait.py [SMM_BINARY] [--lines N]
(default binary: .build/release/smm when built, else .build/debug/smm)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def binary(args: list[str]) -> str:
    given = [a for a in args if not a.startswith("--") and not a.isdigit()]
    if given:
        return given[0]
    release = ROOT / ".build/release/smm"
    return str(release if release.exists() else ROOT / ".build/debug/smm")


def lines_wanted(args: list[str]) -> int:
    if "--lines" in args:
        return int(args[args.index("--lines") + 1])
    return 120_000


def timed(smm: str, workspace: Path, *lines: str) -> float:
    args = [smm, "--workspace", str(workspace)]
    for line in lines:
        args += ["-c", line]
    started = time.monotonic()
    done = subprocess.run(args, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    seconds = time.monotonic() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(lines)} failed: {done.stderr.strip()}")
    return seconds


def summary(name: str, values: list[float], reference: float) -> str:
    if not values:
        return f"  {name:6} no measurement (the replay ended first)"
    return (f"  {name:6} {len(values):4} runs  longest {max(values) * 1000:7.1f} ms  "
            f"median {statistics.median(values) * 1000:6.1f} ms  "
            f"(idle workspace: {reference * 1000:5.1f} ms)")


def main() -> None:
    args = sys.argv[1:]
    smm, lines = binary(args), lines_wanted(args)
    with tempfile.TemporaryDirectory() as folder:
        workspace = Path(folder) / "ws.sqlite"
        script = Path(folder) / "long.smm"
        script.write_text("/new acme\n" + "".join(
            f"/brand set hours {index % 40 + 1}\n" for index in range(1, lines)))
        timed(smm, workspace, "/new other")
        idle_read = min(timed(smm, workspace, "/brands") for _ in range(5))
        idle_write = min(timed(smm, workspace, "/use other", f"/brand set hours {n + 1}")
                         for n in range(5))

        started = time.monotonic()
        replay = subprocess.Popen([smm, "--workspace", str(workspace), "run", str(script)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        reads, writes, value = [], [], 0
        time.sleep(0.2)
        while replay.poll() is None:
            value += 1
            reads.append(timed(smm, workspace, "/brands"))
            if replay.poll() is not None:
                break
            writes.append(timed(smm, workspace, "/use other", f"/brand set hours {value % 40 + 1}"))
        replay.wait()
        seconds = time.monotonic() - started
        if replay.returncode != 0:
            raise SystemExit(f"the replay failed: {replay.stderr.read().decode()}")
    print(f"smm: {smm}")
    print(f"replay of {lines:,} lines: {seconds:.2f} s ({lines / seconds:,.0f} commands/s) "
          "with a second shell reading and writing throughout")
    print(summary("read", reads, idle_read))
    print(summary("write", writes, idle_write))


if __name__ == "__main__":
    main()
