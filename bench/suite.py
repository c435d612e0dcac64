"""What the benchmark tools share: the programs, their sizes, the agreed
result lines, the interpreters ("modes") and one measured run.

Programs are bench/programs/<name>.py (files starting with "_" are not
programs). Each one declares `DEFAULT_SIZE = N` (1-3 s on CPython) and
`SMOKE_SIZE = N` (a tiny run) at the start of a line, takes the size as its
only argument, and prints exactly one line. bench/expected.json holds the
line CPython printed for each program at both sizes; it is written only by
bench/gen_expected.py, never by hand.

A run is spawned with posix_spawn (in a process group of its own, killed
whole on time-out) and reaped with os.wait4; the wall time covers the whole
process. The peak resident set comes from GNU time (/usr/bin/time, which
forks the program from its own small process): the child of a large
parent cannot be measured with wait4's ru_maxrss, because Linux carries
the parent's high-water mark into the child across the exec. Without GNU
time the figure falls back to ru_maxrss and is only an upper bound. The environment is the caller's without PYTHON*/COIL_*
variables, plus PYTHONHASHSEED=0 and LC_ALL=C.UTF-8 (as the golden tests).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
PROGRAMS_DIR = BENCH_DIR / "programs"
EXPECTED_FILE = BENCH_DIR / "expected.json"
SIZE_KINDS = ("default", "smoke")
GNU_TIME = "/usr/bin/time"


@dataclass(frozen=True)
class Program:
    name: str
    path: Path
    default_size: int
    smoke_size: int

    def size(self, kind: str) -> int:
        return self.default_size if kind == "default" else self.smoke_size


def _declared(text: str, name: str, path: Path) -> int:
    m = re.search(r"^%s = (\d+)\s*$" % name, text, re.M)
    if not m:
        raise SystemExit(f"bench: {path} does not declare {name} = <int>")
    return int(m.group(1))


def discover(names: list[str] | None = None) -> list[Program]:
    """The programs, sorted by name; `names` selects some (all if empty)."""
    found = {}
    for path in sorted(PROGRAMS_DIR.glob("*.py")):
        if path.name.startswith("_"):
            continue
        text = path.read_text(encoding="utf-8")
        found[path.stem] = Program(path.stem, path, _declared(text, "DEFAULT_SIZE", path),
                                   _declared(text, "SMOKE_SIZE", path))
    if not names:
        return list(found.values())
    chosen = []
    for n in names:
        n = Path(n).stem
        if n not in found:
            raise SystemExit(f"bench: no program named {n!r} (see {PROGRAMS_DIR})")
        chosen.append(found[n])
    return chosen


def load_expected() -> dict:
    if not EXPECTED_FILE.exists():
        raise SystemExit(f"bench: {EXPECTED_FILE} is missing: run bench/gen_expected.py")
    return json.loads(EXPECTED_FILE.read_text(encoding="utf-8"))


def expected_line(expected: dict, program: Program, kind: str) -> str:
    try:
        return expected[program.name][kind]
    except KeyError:
        raise SystemExit(f"bench: no expected {kind} line for {program.name}: "
                         "run bench/gen_expected.py") from None


def default_coil() -> Path:
    return REPO_DIR / "build" / "coil"


def mode_commands(coil: Path, cpython: str, pypy: str) -> dict[str, list[str]]:
    """The interpreters, by mode name, as command prefixes."""
    return {
        "coil-off": [str(coil), "--jit=off"],
        "coil": [str(coil)],
        "cpython": [cpython],
        "pypy": [pypy],
    }


def available(command: list[str]) -> bool:
    exe = command[0]
    if os.sep in exe:
        return os.access(exe, os.X_OK)
    return shutil.which(exe) is not None


def run_env() -> dict[str, str]:
    """The golden tests' environment (tests/golden/run_golden.py)."""
    sys.path.insert(0, str(REPO_DIR / "tests" / "golden"))
    try:
        import run_golden
    finally:
        sys.path.pop(0)
    return run_golden.environment()


@dataclass
class RunResult:
    wall: float          # seconds, spawn to reap
    max_rss_kb: int      # peak resident set of the child
    status: int          # exit status, or -signal
    stdout: str
    stderr: str
    timed_out: bool


def _resolve(exe: str) -> str:
    """posix_spawn wants a path; PATH lookup for bare names."""
    if os.sep in exe:
        return exe
    found = shutil.which(exe)
    if not found:
        raise FileNotFoundError(exe)
    return found


def run_once(argv: list[str], cwd: Path, timeout: float, env: dict[str, str] | None = None) -> RunResult:
    """Runs argv to completion, measuring wall time and peak memory."""
    env = run_env() if env is None else env
    use_time = os.access(GNU_TIME, os.X_OK)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(prefix="coil-bench-rss") as rss:
        if use_time:
            argv = [GNU_TIME, "-f", "maxrss %M", "-o", rss.name] + argv
        actions = [
            (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
            (os.POSIX_SPAWN_DUP2, out.fileno(), 1),
            (os.POSIX_SPAWN_DUP2, err.fileno(), 2),
        ]
        exe = _resolve(argv[0])
        old_cwd = os.getcwd()
        os.chdir(cwd)
        try:
            start = time.perf_counter()
            pid = os.posix_spawn(exe, argv, env, file_actions=actions, setpgroup=0)
        finally:
            os.chdir(old_cwd)
        timed_out = threading.Event()

        def kill():
            timed_out.set()
            try:
                os.killpg(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
        max_rss = usage.ru_maxrss
        if use_time:
            # GNU time writes "Command exited with non-zero status N" or
            # "Command terminated by signal N" first when that happens.
            for line in Path(rss.name).read_text(errors="replace").splitlines():
                if line.startswith("maxrss "):
                    max_rss = int(line.split()[1])
                elif line.startswith("Command terminated by signal "):
                    status = int(line.split()[-1])  # reported as -N below
                    return RunResult(wall, max_rss, -status, stdout, stderr, timed_out.is_set())
    code = os.waitstatus_to_exitcode(status)
    return RunResult(wall, max_rss, code, stdout, stderr, timed_out.is_set())


def check_output(result: RunResult, expected: str) -> str | None:
    """None when the run printed exactly the agreed line, else what went wrong."""
    if result.timed_out:
        return "timed out"
    if result.status != 0:
        last = result.stderr.strip().splitlines()[-1:] or [""]
        return f"exit status {result.status}: {last[0][:200]}"
    lines = result.stdout.splitlines()
    if lines != [expected]:
        got = result.stdout.strip()[:200]
        return f"printed {got!r}, expected {expected!r}"
    return None
