"""Locate the data files under ``resources/``, from a source checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path


def resource_root() -> Path:
    """Return the directory holding forms, translations and legal tables.

    In a source checkout this is ``<repo>/resources``; in an installed wheel it is the
    ``utvag_resources`` package that setuptools maps to the same folder.
    """
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if (checkout / "__init__.py").is_file():
        return checkout
    from importlib import resources  # an installed wheel only; slow to load for a checkout

    return Path(str(resources.files("utvag_resources")))


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
