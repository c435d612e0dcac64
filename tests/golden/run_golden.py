#!/usr/bin/env python3
"""Runs Coil's golden tests: Python programs compared with CPython 3.11's output.

Layout (see README.md): tests/golden/<feature>/<name>.py with siblings
  <name>.expected         stdout, byte for byte (always present)
  <name>.expected_exit    exit status, when it is not 0
  <name>.expected_stderr  stderr (normalised), when the program writes to it
  <name>.args             optional: command-line arguments, one per line
  <name>.stdin            optional: fed to the program's stdin (else /dev/null)
  <name>.skip             optional: reason to skip; a first line "modes: a b"
                          limits the skip to those modes, a first line
                          "when: sanitizer" to sanitizer builds (the asan
                          preset sets COIL_SANITIZER=1 for the runner)
Files whose name starts with "_" are helpers (modules a test imports), not tests.

Every program runs with its own directory as cwd and the relative path
"<name>.py" as the script argument, with PYTHONHASHSEED=0, LC_ALL=C.UTF-8 and
no other PYTHON*/COIL_* variables. CPython prints the script's absolute path
in tracebacks, so stderr is normalised by deleting "<test dir>/" everywhere;
scripts/regen_golden.py imports this module so both sides agree exactly.

Usage:
  run_golden.py --coil build/coil [--mode off|eager|tiered|all] [-j N]
                [--timeout S] [TEST ...]
TEST is a .py file, a folder, or "<feature>/<name>" relative to this folder.
The last line is "N passed, M failed" (", K skipped" when some were skipped).
Exit status: 0 if nothing failed (77 if everything selected was skipped), else 1.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import difflib
import os
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

GOLDEN_DIR = Path(__file__).resolve().parent
MODES = {
    "off": ["--jit=off"],
    "eager": ["--jit=eager", "--jit-sync"],
    "tiered": [],
}
DEFAULT_TIMEOUT = 30.0
SKIP_EXIT = 77


def discover(paths: list[str] | None = None) -> list[Path]:
    """Test programs (absolute paths), sorted, selected by `paths` (all if empty)."""
    if not paths:
        return sorted(_tests_under(GOLDEN_DIR))
    found: list[Path] = []
    for arg in paths:
        p = Path(arg)
        candidates = [p, GOLDEN_DIR / p]
        if p.suffix != ".py":
            candidates += [p.with_name(p.name + ".py"), GOLDEN_DIR / (arg + ".py")]
        for c in candidates:
            if c.is_dir():
                found.extend(_tests_under(c.resolve()))
                break
            if c.is_file() and c.suffix == ".py":
                found.append(c.resolve())
                break
        else:
            raise SystemExit(f"run_golden: no test matches {arg!r}")
    return sorted(set(found))


def _tests_under(folder: Path) -> list[Path]:
    out = []
    for py in folder.rglob("*.py"):
        if py.parent == GOLDEN_DIR or py.name.startswith("_"):
            continue  # the harness itself, helper modules
        if "__pycache__" in py.parts:
            continue
        out.append(py.resolve())
    return out


def test_name(py: Path) -> str:
    return py.relative_to(GOLDEN_DIR).with_suffix("").as_posix()


def environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PYTHON") and not k.startswith("COIL_")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["LC_ALL"] = "C.UTF-8"
    return env


def read_args(py: Path) -> list[str]:
    f = py.with_suffix(".args")
    if not f.exists():
        return []
    return [line for line in f.read_text(encoding="utf-8").splitlines()]


def normalise(data: bytes, py: Path) -> bytes:
    """Removes the test's directory from paths so tracebacks read File "<name>.py"."""
    for d in {str(py.parent), os.path.realpath(py.parent)}:
        data = data.replace((d + os.sep).encode(), b"")
    return data


@dataclass
class Outcome:
    stdout: bytes = b""
    stderr: bytes = b""
    exit: int | None = None
    timed_out: bool = False
    error: str = ""


def run_program(command: list[str], py: Path, timeout: float) -> Outcome:
    """Runs `command + [<name>.py] + args` in the test's folder; output normalised."""
    stdin_file = py.with_suffix(".stdin")
    argv = command + [py.name] + read_args(py)
    stdin = open(stdin_file, "rb") if stdin_file.exists() else subprocess.DEVNULL
    try:
        proc = subprocess.Popen(argv, cwd=py.parent, env=environment(), stdin=stdin,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)
    except OSError as e:
        return Outcome(error=f"cannot start {argv[0]}: {e}")
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    try:
        out, err = proc.communicate(timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = proc.communicate()
        timed_out = True
    code = proc.returncode
    if code is not None and code < 0:
        code = 128 - code  # killed by a signal: report it the way a shell does
    return Outcome(normalise(out, py), normalise(err, py), code, timed_out)


@dataclass
class Expected:
    stdout: bytes
    exit: int
    stderr: bytes | None = None


def load_expected(py: Path) -> Expected | None:
    out = py.with_suffix(".expected")
    if not out.exists():
        return None
    code_file = py.with_suffix(".expected_exit")
    code = int(code_file.read_text().strip()) if code_file.exists() else 0
    err_file = py.with_suffix(".expected_stderr")
    err = err_file.read_bytes() if err_file.exists() else None
    return Expected(out.read_bytes(), code, err)


def skip_reason(py: Path, mode: str) -> str | None:
    f = py.with_suffix(".skip")
    if not f.exists():
        return None
    lines = f.read_text(encoding="utf-8").splitlines()
    if lines and lines[0].startswith("when:"):
        if lines[0][len("when:"):].split() != ["sanitizer"]:
            raise ValueError(f"{f}: unknown condition {lines[0]!r}")
        if os.environ.get("COIL_SANITIZER") != "1":
            return None
        lines = lines[1:]
    if lines and lines[0].startswith("modes:"):
        if mode not in lines[0][len("modes:"):].split():
            return None
        lines = lines[1:]
    return " ".join(lines).strip() or "skipped"


def _diff(label: str, expected: bytes, actual: bytes) -> str:
    a = expected.decode("utf-8", "backslashreplace").splitlines(keepends=True)
    b = actual.decode("utf-8", "backslashreplace").splitlines(keepends=True)
    lines = difflib.unified_diff(a, b, f"expected {label}", f"actual {label}")
    text = "".join(l if l.endswith("\n") else l + "\n\\ No newline at end of file\n"
                   for l in lines)
    return text


@dataclass
class Result:
    name: str
    mode: str
    status: str  # "pass", "fail", "skip"
    detail: str = ""
    messages: list[str] = field(default_factory=list)


def run_test(coil: str, py: Path, mode: str, timeout: float) -> Result:
    name = test_name(py)
    reason = skip_reason(py, mode)
    if reason is not None:
        return Result(name, mode, "skip", reason)
    expected = load_expected(py)
    if expected is None:
        return Result(name, mode, "fail", f"missing {py.with_suffix('.expected').name}"
                      " (run scripts/regen_golden.py)")
    got = run_program([coil] + MODES[mode], py, timeout)
    if got.error:
        return Result(name, mode, "fail", got.error)
    problems: list[str] = []
    if got.timed_out:
        problems.append(f"timed out after {timeout:g} s")
    if got.exit != expected.exit:
        problems.append(f"exit status {got.exit}, expected {expected.exit}")
    if got.stdout != expected.stdout:
        problems.append("stdout differs:\n" + _diff("stdout", expected.stdout, got.stdout))
    if expected.stderr is not None and got.stderr != expected.stderr:
        problems.append("stderr differs:\n" + _diff("stderr", expected.stderr, got.stderr))
    if not problems:
        return Result(name, mode, "pass")
    if expected.stderr is None and got.stderr and got.exit != expected.exit:
        tail = got.stderr.decode("utf-8", "backslashreplace")[-2000:]
        problems.append("stderr was:\n" + tail)
    return Result(name, mode, "fail", "", problems)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Run Coil's golden tests.")
    ap.add_argument("--coil", required=True, help="path to the coil binary")
    ap.add_argument("--mode", default="off", choices=[*MODES, "all"],
                    help="off: --jit=off; eager: --jit=eager --jit-sync; tiered: plain coil")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds per test")
    ap.add_argument("-v", "--verbose", action="store_true", help="print passing tests too")
    ap.add_argument("tests", nargs="*", help="test files, folders or feature/name")
    args = ap.parse_args(argv)

    coil = os.path.abspath(args.coil)
    if not os.access(coil, os.X_OK):
        print(f"run_golden: {args.coil} is not an executable", file=sys.stderr)
        return 2
    tests = discover(args.tests)
    modes = list(MODES) if args.mode == "all" else [args.mode]
    jobs = [(py, m) for py in tests for m in modes]

    passed = failed = skipped = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(run_test, coil, py, m, args.timeout) for py, m in jobs]
        for fut in futures:  # in submission order: stable output
            r = fut.result()
            label = f"{r.name} [{r.mode}]"
            if r.status == "pass":
                passed += 1
                if args.verbose:
                    print(f"PASS {label}")
            elif r.status == "skip":
                skipped += 1
                print(f"SKIP {label}: {r.detail}")
            else:
                failed += 1
                print(f"FAIL {label}" + (f": {r.detail}" if r.detail else ""))
                for m in r.messages:
                    print("  " + m.rstrip("\n").replace("\n", "\n  "))
            sys.stdout.flush()

    summary = f"{passed} passed, {failed} failed"
    if skipped:
        summary += f", {skipped} skipped"
    print(summary)
    if failed:
        return 1
    if skipped and not passed:
        return SKIP_EXIT
    return 0


if __name__ == "__main__":
    sys.exit(main())
