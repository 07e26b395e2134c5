"""The program's entry point: the command line, or the desktop app when no command (or ``gui``,
or ``--demo``) is given.

It stands above both layers, so that neither imports the other: the command line never loads Qt,
and the app does not depend on the command line's modules.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def main(argv: Sequence[str] | None = None) -> int:
    from utvag.cli.main import main as run

    return run(argv, launch_gui=_launch_gui)


def _launch_gui(vault_dir: Path | None, demo: bool) -> int:
    from utvag.ui.app import run_gui  # Qt is loaded only here

    return int(run_gui(vault_dir=vault_dir, demo=demo))
