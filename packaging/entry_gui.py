"""Entry point of the windowed program on Windows (``Utvag.exe``, the Start-menu shortcut).

A windowed executable has no console, so standard output and error are ``None``; they are pointed
at the null device so that a message written on the way out cannot raise.
"""

from __future__ import annotations

import os
import sys

from utvag.launcher import main

if __name__ == "__main__":
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    # No command means the app; global options such as --vault still apply.
    sys.exit(main())
