"""No core dumps: a dump of an unlocked Utväg would hold the data key and case text in clear."""

from __future__ import annotations

import subprocess
import sys

import pytest

CHILD = """
import ctypes, ctypes.util, resource
from utvag.cli.main import main
try:
    code = main(["--version"])
except SystemExit as done:
    code = done.code
libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
print(code, resource.getrlimit(resource.RLIMIT_CORE), libc.prctl(3, 0, 0, 0, 0))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_the_command_line_turns_core_dumps_off_at_start(utvag_child_env):
    proc = subprocess.run([sys.executable, "-c", CHILD], env=utvag_child_env(), capture_output=True,
                          text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    last = proc.stdout.strip().splitlines()[-1]
    assert last == "0 (0, 0) 0", last  # exit 0, core limit 0 / 0, not dumpable
