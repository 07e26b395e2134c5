"""Entry point of the frozen program: the same as the ``utvag`` console script."""

from __future__ import annotations

import sys

from utvag.launcher import main

if __name__ == "__main__":
    sys.exit(main())
