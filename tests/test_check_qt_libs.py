"""`make run` on a fresh Debian: missing X11 libraries of Qt's xcb plugin are named with the
exact command that installs them, instead of Qt's "could not load the platform plugin"."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "tools" / "check_qt_libs.py"
sys.path.insert(0, str(ROOT / "tools"))

import check_qt_libs  # noqa: E402

LDD_ON_FRESH_DEBIAN = """\
\tlinux-vdso.so.1 (0x00007ffc6b1f5000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f4a1c000000)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f4a1bd00000)
"""


def test_missing_libraries_map_to_their_debian_packages() -> None:
    missing = check_qt_libs.missing_libraries(LDD_ON_FRESH_DEBIAN)
    assert missing == ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    packages, unknown = check_qt_libs.packages_for(missing)
    assert packages == ["libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"]
    assert unknown == []
    assert check_qt_libs.install_command(packages, root=False) == [
        "sudo", "apt-get", "install", "-y", "--no-install-recommends",
        "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"]


def test_an_unknown_library_is_named_not_guessed() -> None:
    packages, unknown = check_qt_libs.packages_for(["libweird.so.3", "libQt6Gui.so.6"])
    assert packages == [] and unknown == ["libweird.so.3"]


@pytest.fixture
def plugin_missing_xcb_cursor(tmp_path: Path) -> Path:
    """A real shared object that links against a libxcb-cursor this system does not have (a
    version that does not exist, so the test holds whether or not libxcb-cursor0 is installed)."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None or shutil.which("ldd") is None:
        pytest.skip("needs a C compiler and ldd")
    stub_dir = tmp_path / "stub"
    stub_dir.mkdir()
    (tmp_path / "stub.c").write_text("int xcb_cursor_stub(void) { return 0; }\n")
    (tmp_path / "plugin.c").write_text(
        "int xcb_cursor_stub(void);\nint plugin(void) { return xcb_cursor_stub(); }\n")
    subprocess.run([cc, "-shared", "-fPIC", "-Wl,-soname,libxcb-cursor.so.99", "-o",
                    str(stub_dir / "libxcb-cursor.so.99"), str(tmp_path / "stub.c")], check=True)
    (stub_dir / "libxcb-cursor.so").symlink_to("libxcb-cursor.so.99")
    plugin = tmp_path / "libqxcb.so"
    subprocess.run([cc, "-shared", "-fPIC", "-o", str(plugin), str(tmp_path / "plugin.c"),
                    f"-L{stub_dir}", "-lxcb-cursor"], check=True)
    shutil.rmtree(stub_dir)
    return plugin


def run_script(plugin: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "LD_LIBRARY_PATH"}
    env["UTVAG_QT_XCB_PLUGIN"] = str(plugin)
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True,
                          env=env, check=False)


def test_missing_library_stops_with_the_exact_command(plugin_missing_xcb_cursor: Path) -> None:
    result = run_script(plugin_missing_xcb_cursor, "--no-install")
    assert result.returncode == 1
    assert "libxcb-cursor.so.99" in result.stderr
    command = [line.strip() for line in result.stderr.splitlines() if "apt-get install" in line]
    assert len(command) == 1
    assert command[0].endswith("apt-get install -y --no-install-recommends libxcb-cursor0")
    assert command[0].startswith("sudo ") == (os.geteuid() != 0)


def test_nothing_to_check_without_the_plugin(tmp_path: Path) -> None:
    result = run_script(tmp_path / "absent.so")
    assert result.returncode == 0 and result.stderr == ""


def test_make_run_checks_before_it_starts_the_app() -> None:
    recipe = (ROOT / "Makefile").read_text(encoding="utf-8").split("\nrun:", 1)[1]
    lines = [line.strip() for line in recipe.split("\n\n", 1)[0].splitlines()[1:]]
    assert lines.index("$(BIN)/python tools/check_qt_libs.py") < next(
        i for i, line in enumerate(lines) if "utvag gui" in line)
