"""Write the WiX v4 fragment that lists every file of the PyInstaller folder (run by build.ps1).

    python packaging/windows/harvest.py dist/utvag-win build/windows/files.wxs

WiX v4 has no built-in harvesting on the command line, so this small script does it: one
component per file, nested in ``Directory`` elements under ``INSTALLFOLDER``, all in the component
group ``UtvagFiles``. Identifiers are derived from the file's path, so the same file keeps the same
component from one release to the next; component GUIDs are left to WiX, which derives them from
the install path. The two executables are authored in ``utvag.wxs`` (they carry the shortcut and
the PATH entry) and are left out here. File sources are written as ``$(var.SourceDir)\\...`` so
the fragment does not depend on where the build ran.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from xml.sax.saxutils import quoteattr

AUTHORED = frozenset({"Utvag.exe", "utvag-cli.exe"})
WIX_NS = "http://wixtoolset.org/schemas/v4/wxs"


def wix_id(prefix: str, relative: str) -> str:
    """A valid, stable WiX identifier (at most 72 characters) for a relative path."""
    digest = hashlib.sha256(relative.lower().encode("utf-8")).hexdigest()[:32]
    return f"{prefix}_{digest}"


def harvest(root: Path, authored: frozenset[str] = AUTHORED) -> str:
    files = sorted(
        PurePosixPath(path.relative_to(root).as_posix())
        for path in root.rglob("*")
        if path.is_file() and path.relative_to(root).as_posix() not in authored
    )
    tree: dict[PurePosixPath, list[PurePosixPath]] = {}
    for rel in files:
        tree.setdefault(rel.parent, []).append(rel)
        for parent in rel.parents:
            tree.setdefault(parent, [])

    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!-- Written by packaging/windows/harvest.py from the PyInstaller folder. -->",
        f'<Wix xmlns="{WIX_NS}">',
        "  <Fragment>",
        '    <DirectoryRef Id="INSTALLFOLDER">',
    ]
    components: list[str] = []

    def emit(directory: PurePosixPath, depth: int) -> None:
        pad = "  " * depth
        for rel in tree[directory]:
            windows = str(rel).replace("/", "\\")
            component = wix_id("c", str(rel))
            components.append(component)
            lines.append(f"{pad}<Component Id={quoteattr(component)}>")
            lines.append(f"{pad}  <File Id={quoteattr(wix_id('f', str(rel)))} "
                         f"Source={quoteattr('$(var.SourceDir)' + chr(92) + windows)} "
                         'KeyPath="yes" />')
            lines.append(f"{pad}</Component>")
        children = sorted(d for d in tree if d != directory and d.parent == directory)
        for child in children:
            lines.append(f"{pad}<Directory Id={quoteattr(wix_id('d', str(child)))} "
                         f"Name={quoteattr(child.name)}>")
            emit(child, depth + 1)
            lines.append(f"{pad}</Directory>")

    emit(PurePosixPath("."), 3)
    lines += ["    </DirectoryRef>", "  </Fragment>", "  <Fragment>",
              '    <ComponentGroup Id="UtvagFiles">']
    lines += [f"      <ComponentRef Id={quoteattr(c)} />" for c in components]
    lines += ["    </ComponentGroup>", "  </Fragment>", "</Wix>", ""]
    return "\n".join(lines)


def main(argv: Sequence[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    root, out = Path(argv[1]), Path(argv[2])
    missing = [name for name in AUTHORED if not (root / name).is_file()]
    if missing:
        print(f"harvest: {root} lacks {', '.join(sorted(missing))}", file=sys.stderr)
        return 1
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(harvest(root), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
