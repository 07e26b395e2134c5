"""Starting the desktop app."""

from __future__ import annotations

from pathlib import Path


def run_gui(vault_dir: Path | None = None, demo: bool = False) -> int:
    from utvag.ui.application import main

    return main(vault_dir=vault_dir, demo=demo)
