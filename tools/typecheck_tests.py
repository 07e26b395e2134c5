"""Type-check the tests: each directory on its own (every one has its own ``conftest.py`` and
helper modules that its tests import by name), with ``tests/mypy.ini``. Exit 1 on any error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"


def groups() -> list[tuple[str, list[str]]]:
    found = [("tests", sorted(str(p) for p in TESTS.glob("*.py")))]
    for folder in sorted(p for p in TESTS.iterdir() if p.is_dir()):
        if any(folder.glob("*.py")):
            found.append((str(folder), [str(folder)]))
    return found


def main() -> int:
    failed = False
    for path, targets in groups():
        env = {**os.environ, "MYPYPATH": os.pathsep.join([str(ROOT / "desktop"), str(TESTS),
                                                           path])}
        done = subprocess.run(
            [sys.executable, "-m", "mypy", "--config-file", str(TESTS / "mypy.ini"),
             "--cache-dir", str(ROOT / ".mypy_cache" / "tests"), *targets],
            cwd=ROOT, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            failed = True
            sys.stdout.write(done.stdout + done.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
