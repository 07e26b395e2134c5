"""The wheel carries the resources, and they are found the same way as in a checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from utvag.resources import resource_path, resource_root

ROOT = Path(__file__).resolve().parents[1]


def test_resources_found_in_checkout() -> None:
    assert resource_root() == ROOT / "resources"
    assert resource_path("i18n", "utvag_sv.ts").is_file()
    assert resource_path("style", "utvag.qss").is_file()


@pytest.mark.slow
def test_wheel_contains_resources_and_finds_them(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-v",
         "-w", str(tmp_path), str(ROOT)],
        check=True, capture_output=True, text=True,
    )
    # Every folder of resources/ is a package of its own: no warning on install.
    assert "absent from the `packages` configuration" not in built.stdout + built.stderr
    wheel = next(tmp_path.glob("utvag-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "utvag_resources/i18n/utvag_sv.ts" in names
    assert "utvag_resources/style/utvag.qss" in names
    assert "utvag/vault/vault.py" in names
    assert not any(n.startswith(("tests/", "desktop/")) for n in names)
    # Unpacked on its own (no checkout beside it), the locator falls back to the package.
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    found = subprocess.run(
        [sys.executable, "-I", "-c",
         "import sys; sys.path.insert(0, sys.argv[1]);"
         "from utvag.resources import resource_path;"
         "print(resource_path('style', 'utvag.qss'))", str(site)],
        check=True, capture_output=True, text=True,
    ).stdout.strip()
    assert Path(found) == site / "utvag_resources" / "style" / "utvag.qss"
    assert Path(found).is_file()
