"""Check that the system libraries Qt's X11 (xcb) platform plugin needs are installed.

``make run`` calls this before it starts the app. PySide6 from PyPI brings Qt itself, but its xcb
plugin links against libraries of the system (libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1 …)
that a fresh Debian or Ubuntu install may lack; without them Qt stops with "Could not load the Qt
platform plugin xcb". Missing libraries are found with ``ldd`` on the plugin; as root with apt
they are installed, otherwise the exact command is printed and the exit code is 1.

Usage: python tools/check_qt_libs.py [--no-install]
Exit codes: 0 all present (or installed now, or nothing to check on this system), 1 missing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Library (soname prefix) → Debian/Ubuntu package. The xcb plugin's own needs, then what
# libxkbcommon-x11 and the GUI module pull in on a minimal install.
PACKAGES: dict[str, str] = {
    "libxcb-cursor.so": "libxcb-cursor0",
    "libxcb-icccm.so": "libxcb-icccm4",
    "libxcb-keysyms.so": "libxcb-keysyms1",
    "libxcb-image.so": "libxcb-image0",
    "libxcb-render-util.so": "libxcb-render-util0",
    "libxcb-randr.so": "libxcb-randr0",
    "libxcb-shape.so": "libxcb-shape0",
    "libxcb-shm.so": "libxcb-shm0",
    "libxcb-sync.so": "libxcb-sync1",
    "libxcb-xfixes.so": "libxcb-xfixes0",
    "libxcb-xinerama.so": "libxcb-xinerama0",
    "libxcb-xkb.so": "libxcb-xkb1",
    "libxcb-render.so": "libxcb-render0",
    "libxcb-xinput.so": "libxcb-xinput0",
    "libxcb-util.so": "libxcb-util1",
    "libxcb.so": "libxcb1",
    "libxkbcommon-x11.so": "libxkbcommon-x11-0",
    "libxkbcommon.so": "libxkbcommon0",
    "libX11-xcb.so": "libx11-xcb1",
    "libX11.so": "libx11-6",
    "libSM.so": "libsm6",
    "libICE.so": "libice6",
    "libfontconfig.so": "libfontconfig1",
    "libfreetype.so": "libfreetype6",
    "libEGL.so": "libegl1",
    "libGL.so": "libgl1",
    "libOpenGL.so": "libopengl0",
    "libdbus-1.so": "libdbus-1-3",
    "libglib-2.0.so": "libglib2.0-0",
}
NOT_FOUND = re.compile(r"^\s*(\S+)\s*=>\s*not found", re.MULTILINE)


def plugin_path() -> Path | None:
    """The xcb plugin of the PySide6 this Python uses, or None without PySide6."""
    override = os.environ.get("UTVAG_QT_XCB_PLUGIN")
    if override:
        return Path(override)
    try:
        import PySide6
    except ImportError:
        return None
    found = sorted(Path(PySide6.__file__).parent.glob("Qt/plugins/platforms/libqxcb.so"))
    return found[0] if found else None


def missing_libraries(ldd_output: str) -> list[str]:
    """Sonames ``ldd`` reports as not found, in order, without repeats."""
    return list(dict.fromkeys(NOT_FOUND.findall(ldd_output)))


def packages_for(libraries: list[str]) -> tuple[list[str], list[str]]:
    """(Debian packages that provide ``libraries``, libraries no package is known for)."""
    packages: list[str] = []
    unknown: list[str] = []
    for library in libraries:
        # The longest matching prefix wins: libxcb-cursor.so before libxcb.so.
        matches = [p for p in PACKAGES if library.startswith(p)]
        if matches:
            package = PACKAGES[max(matches, key=len)]
            if package not in packages:
                packages.append(package)
        elif not library.startswith("libQt6") and not library.startswith("libpyside6"):
            unknown.append(library)
    return packages, unknown


def install_command(packages: list[str], *, root: bool) -> list[str]:
    command = ["apt-get", "install", "-y", "--no-install-recommends", *packages]
    return command if root else ["sudo", *command]


def run_ldd(plugin: Path) -> str:
    return subprocess.run(["ldd", str(plugin)], capture_output=True, text=True,
                          check=False).stdout


def check(plugin: Path | None, *, allow_install: bool, root: bool, has_apt: bool) -> int:
    if plugin is None or not plugin.is_file() or shutil.which("ldd") is None:
        return 0  # not Linux with the xcb plugin (Windows, macOS): nothing to check
    libraries = missing_libraries(run_ldd(plugin))
    if not libraries:
        return 0
    packages, unknown = packages_for(libraries)
    print("Utväg needs system libraries for Qt's X11 window support that are missing here: "
          + ", ".join(libraries) + ".", file=sys.stderr)
    if packages and allow_install and root and has_apt:
        print("Installing " + " ".join(packages) + " with apt-get…", file=sys.stderr)
        update = subprocess.run(["apt-get", "update", "-qq"], check=False)
        done = update.returncode == 0 and subprocess.run(
            install_command(packages, root=True), check=False).returncode == 0
        if done and not missing_libraries(run_ldd(plugin)):
            return 0
        print("Installing them did not work; see apt-get's message above.", file=sys.stderr)
        return 1
    if packages:
        command = " ".join(install_command(packages, root=root))
        print("Install them with this command, then run `make run` again:", file=sys.stderr)
        print(f"    {command}", file=sys.stderr)
    if unknown:
        print("No package is known here for: " + ", ".join(unknown)
              + ". Install the package that provides it with your system's package manager.",
              file=sys.stderr)
    return 1


def main(argv: list[str]) -> int:
    root = hasattr(os, "geteuid") and os.geteuid() == 0
    return check(plugin_path(), allow_install="--no-install" not in argv, root=root,
                 has_apt=shutil.which("apt-get") is not None)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
