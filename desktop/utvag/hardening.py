"""Process hardening at start: no core dumps.

A core dump of an unlocked Utväg would hold the data key and case text in a plain file (often
collected by a crash reporter). On POSIX the core size limit is set to 0; on Linux the process
is also marked not dumpable (``PR_SET_DUMPABLE`` 0 through ``prctl``), which also keeps other
processes of the same user from attaching a debugger to read its memory. On Windows, Windows
Error Reporting is excluded by the installer and the admin guide (docs/admin.md).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def disable_core_dumps() -> None:
    """Best effort: a platform that lacks a call keeps its default, and start-up goes on."""
    with contextlib.suppress(ImportError, OSError, ValueError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
