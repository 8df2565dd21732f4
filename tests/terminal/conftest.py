"""Fixtures for the terminal tests: the real smm binary driven in a pseudo-terminal (pexpect).

Every test gets its own temporary folder holding HOME, the XDG folders, the workspace
(SMM_WORKSPACE) and the line history (SMM_HISTORY), so nothing leaks between tests or into the
user's files. The binary is $SMM_BIN (relative paths are taken from the repository root),
else <repo>/.build/debug/smm; when it is missing every test here is skipped with a message.

As in fish's pexpect tests, a test waits for an *exact* prompt (``acme 1/4 spaces> ``) or a
distinctive piece of output before going on, so it never matches stale text. When an
expectation fails, the error shows what was received since the last match and the tail of the
whole session (escaped, so control sequences are visible), plus the keys sent.
"""

from __future__ import annotations

import io
import os
import re
import signal
import subprocess
import time
from pathlib import Path

import pexpect
import pytest

REPO = Path(__file__).resolve().parents[2]
DEFAULT_BIN = ".build/debug/smm"

# Keys, as a terminal sends them.
UP = "\x1b[A"
DOWN = "\x1b[B"
RIGHT = "\x1b[C"
LEFT = "\x1b[D"
BACKSPACE = "\x7f"
TAB = "\t"
ENTER = "\r"
CTRL_A = "\x01"
CTRL_C = "\x03"
CTRL_D = "\x04"
CTRL_E = "\x05"
CTRL_R = "\x12"
CTRL_U = "\x15"

GREETING = "smm 0.1.0 — /help, /next, or just say what you need. Ctrl-D leaves, all saved."
NO_BRAND_PROMPT = "smm> "
CONTINUATION_PROMPT = "...> "


def brand_prompt(name: str, step: str = "1/4 spaces") -> str:
    """The prompt shown while brand `name` is open (step 1 unless told)."""
    return f"{name} {step}> "


def smm_binary() -> Path:
    raw = os.environ.get("SMM_BIN") or DEFAULT_BIN
    path = Path(raw).expanduser()
    if not path.is_absolute():
        path = REPO / path
    return path


def _missing_binary_reason() -> str | None:
    path = smm_binary()
    if not path.is_file() or not os.access(path, os.X_OK):
        return (
            f"smm binary not found at {path}: build it (swift build) or point SMM_BIN at it, "
            "e.g. SMM_BIN=.build-helper/debug/smm"
        )
    return None


def pytest_collection_modifyitems(config, items):
    reason = _missing_binary_reason()
    if reason is None:
        return
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def smm_bin() -> str:
    reason = _missing_binary_reason()
    if reason is not None:
        pytest.skip(reason)
    return str(smm_binary())


@pytest.fixture
def smm_home(tmp_path: Path) -> Path:
    """The test's private folder (also the working directory of every smm started)."""
    for sub in ("home", "state", "data"):
        (tmp_path / sub).mkdir()
    return tmp_path


@pytest.fixture
def smm_env(smm_home: Path) -> dict[str, str]:
    """A small, hermetic environment: nothing inherited but PATH (and LD_LIBRARY_PATH)."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(smm_home / "home"),
        "XDG_STATE_HOME": str(smm_home / "state"),
        "XDG_DATA_HOME": str(smm_home / "data"),
        "SMM_WORKSPACE": str(smm_home / "ws.sqlite"),
        "SMM_HISTORY": str(smm_home / "history"),
        "LANG": "C.UTF-8",
        "NO_COLOR": "1",
        "TERM": "xterm-256color",
    }
    if "LD_LIBRARY_PATH" in os.environ:
        env["LD_LIBRARY_PATH"] = os.environ["LD_LIBRARY_PATH"]
    return env


def escaped(text: str, limit: int = 3000) -> str:
    """`text`'s tail with control characters visible (line breaks kept for reading)."""
    if len(text) > limit:
        text = "…" + text[-limit:]
    shown = text.encode("unicode_escape").decode("ascii")
    return shown.replace("\\r\\n", "\\r\\n\n    ")


class Shell:
    """One smm process in a pseudo-terminal, with helpers that explain their failures."""

    def __init__(self, binary: str, args: list[str], env: dict[str, str], cwd: str,
                 dimensions: tuple[int, int] = (24, 80), timeout: float = 10):
        self.transcript = io.StringIO()
        self.sent: list[tuple[float, str]] = []
        self.started = time.monotonic()
        self.child = pexpect.spawn(
            binary, args, env=env, cwd=cwd, encoding="utf-8",
            dimensions=dimensions, timeout=timeout)
        self.child.logfile_read = self.transcript

    # -- reporting -----------------------------------------------------------------------

    def describe(self, what: str) -> str:
        before = self.child.before if isinstance(self.child.before, str) else ""
        keys = "\n".join(
            f"    +{at:6.3f}s {key.encode('unicode_escape').decode('ascii')}"
            for at, key in self.sent[-10:])
        return (
            f"{what}\n"
            f"  child.before (received since the last match):\n    {escaped(before)}\n"
            f"  whole session (tail):\n    {escaped(self.transcript.getvalue())}\n"
            f"  last keys sent:\n{keys or '    (none)'}\n"
            f"  alive: {self.child.isalive()}, exit: {self.child.exitstatus}, "
            f"signal: {self.child.signalstatus}")

    def fail(self, what: str):
        raise AssertionError(self.describe(what))

    # -- typing --------------------------------------------------------------------------

    def send(self, keys: str) -> None:
        self.sent.append((time.monotonic() - self.started, keys))
        self.child.send(keys)

    def sendline(self, line: str) -> None:
        """Types `line` and Enter (a carriage return, as a terminal sends it)."""
        self.send(line + ENTER)

    # -- waiting -------------------------------------------------------------------------

    def expect_exact(self, text: str | list, timeout: float | None = -1) -> int:
        try:
            return self.child.expect_exact(text, timeout=timeout)
        except pexpect.TIMEOUT:
            self.fail(f"timed out waiting for {text!r}")
        except pexpect.EOF:
            self.fail(f"smm ended while waiting for {text!r}")

    def expect(self, pattern, timeout: float | None = -1) -> int:
        try:
            return self.child.expect(pattern, timeout=timeout)
        except pexpect.TIMEOUT:
            self.fail(f"timed out waiting for /{getattr(pattern, 'pattern', pattern)}/")
        except pexpect.EOF:
            self.fail(f"smm ended while waiting for /{getattr(pattern, 'pattern', pattern)}/")

    def until(self, text: str, timeout: float | None = -1) -> str:
        """Waits for `text` and returns what came before it."""
        self.expect_exact(text, timeout=timeout)
        return self.child.before

    def start(self, prompt: str = NO_BRAND_PROMPT) -> str:
        """Waits for the greeting and the first prompt; returns the greeting's second line."""
        self.expect_exact(GREETING)
        return self.until(prompt)

    def run(self, line: str, prompt: str = NO_BRAND_PROMPT) -> str:
        """Types `line`, Enter, waits for `prompt`; returns the output (echo included)."""
        self.sendline(line)
        return self.until(prompt)

    def assert_in(self, needle: str, haystack: str, what: str = "") -> None:
        if needle not in haystack:
            self.fail(f"{what or 'expected text'} {needle!r} not in the output")

    def expect_eof(self, timeout: float | None = -1) -> tuple[int | None, int | None]:
        """Waits for smm to end; returns (exit status, signal)."""
        try:
            self.child.expect(pexpect.EOF, timeout=timeout)
        except pexpect.TIMEOUT:
            self.fail("smm did not end")
        self.child.close()
        return self.child.exitstatus, self.child.signalstatus

    def kill(self) -> None:
        """SIGKILL: no handler, no atexit, no flushing — the harshest way to stop."""
        os.kill(self.child.pid, signal.SIGKILL)
        try:
            self.child.expect(pexpect.EOF, timeout=5)
        except pexpect.TIMEOUT:
            pass
        self.child.close(force=True)

    def close(self) -> None:
        if self.child.isalive():
            self.child.close(force=True)


@pytest.fixture
def spawn(smm_bin, smm_env, smm_home):
    """`spawn(*args, env=None, dimensions=(24, 80))` → a :class:`Shell` running smm in a pty.

    The process runs in the test's folder; any still running at the end of the test is killed.
    """
    shells: list[Shell] = []

    def start(*args: str, env: dict[str, str] | None = None,
              dimensions: tuple[int, int] = (24, 80), timeout: float = 10) -> Shell:
        shell = Shell(smm_bin, list(args), env if env is not None else smm_env,
                      str(smm_home), dimensions=dimensions, timeout=timeout)
        shells.append(shell)
        return shell

    yield start
    for shell in shells:
        shell.close()


@pytest.fixture
def run_smm(smm_bin, smm_env, smm_home):
    """`run_smm(*lines, env=None)`: `smm -c LINE ...` without a terminal → CompletedProcess."""

    def run(*lines: str, env: dict[str, str] | None = None, timeout: float = 10):
        args = [smm_bin]
        for line in lines:
            args += ["-c", line]
        return subprocess.run(
            args, env=env if env is not None else smm_env, cwd=str(smm_home),
            stdin=subprocess.DEVNULL, capture_output=True, encoding="utf-8", timeout=timeout)

    return run


def brand_rows(brands_output: str) -> list[tuple[bool, str]]:
    """Parses `/brands` output into (is_open, exact name) pairs, in order."""
    rows = []
    for line in brands_output.splitlines():
        if not line.startswith(("* ", "  ")) or line.startswith("  Brand "):
            continue
        is_open = line.startswith("* ")
        # Columns are separated by two spaces or more; a name never holds two in a row.
        name = re.split(r"\s{2,}", line[2:].rstrip())[0]
        rows.append((is_open, name))
    return rows


@pytest.fixture
def brands(run_smm):
    """`brands(env=None)` → the workspace's brands as (is_open, name) pairs, via `smm -c`."""

    def read(env: dict[str, str] | None = None) -> list[tuple[bool, str]]:
        done = run_smm("/brands", env=env)
        assert done.returncode == 0, f"smm -c /brands failed: {done.stdout!r} {done.stderr!r}"
        if "No brands yet" in done.stdout:
            return []
        return brand_rows(done.stdout)

    return read
