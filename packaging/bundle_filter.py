"""What the frozen program keeps of Qt, shared by the Linux and Windows PyInstaller specs.

PyInstaller's Qt hooks collect every plugin type and translation that a Qt module could use. Utväg
uses QtCore, QtGui, QtWidgets, QtPrintSupport and QtDBus with plain widgets, so everything else is
dropped here: QML and Quick, networking, SQL drivers, OpenGL glue, Wayland compositor parts, input
devices for framebuffer consoles, and the translations of Qt's own tools. Keeping the list explicit
makes an addition to the bundle a reviewed change rather than a side effect of an import.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePath

# Python modules of PySide6 the application imports; every other binding module is excluded.
QT_MODULES_USED = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtDBus")

QT_MODULES_EXCLUDED = tuple(
    f"PySide6.{name}"
    for name in (
        "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
        "QtAxContainer", "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization",
        "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLabsStyleKit",
        "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth",
        "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning",
        "QtQml", "QtQmlFeatures", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest",
        "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus",
        "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvg", "QtSvgWidgets",
        "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore",
        "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
    )
)

# Python packages that are present in a development environment but never needed at run time.
PYTHON_EXCLUDED = (
    "tkinter", "_tkinter", "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff",
    "setuptools", "pkg_resources", "pip", "wheel", "IPython", "numpy", "PIL", "pydoc_data",
    "lib2to3", "test", "idlelib",
)

# Qt plugins kept, by plugin type; each name is the file's stem without "lib" or a debug "d".
QT_PLUGINS_KEPT: dict[str, frozenset[str]] = {
    # xcb for X11 and XWayland desktops, offscreen for headless checks, windows on Windows.
    "platforms": frozenset({"qxcb", "qoffscreen", "qwindows"}),
    # Dead keys and compose sequences, and IBus input methods.
    "platforminputcontexts": frozenset({
        "composeplatforminputcontextplugin", "ibusplatforminputcontextplugin",
    }),
    # Portal file dialogs on Linux desktops (QtDBus only, no GTK stack).
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    # Image attachments shown in the app: PNG and BMP are built into QtGui.
    "imageformats": frozenset({"qjpeg", "qgif", "qwebp", "qtiff"}),
    # Printing: CUPS on Linux; the Windows backend is inside QtPrintSupport itself.
    "printsupport": frozenset({"cupsprintersupport", "windowsprintersupport"}),
    # The native widget styles on Windows.
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle"}),
}

# Qt's own translations kept (the app's languages are Swedish and English).
QT_TRANSLATIONS_KEPT = frozenset({"qtbase_sv.qm", "qtbase_en.qm"})

# Qt shared libraries that must never end up in the bundle, whatever pulls them in.
_QT_LIBRARY_REFUSED = re.compile(
    r"Qt6(Qml|Quick|Network|Sql|Svg|OpenGL|Pdf|WebEngine|WebChannel|Wayland|Designer|Test|"
    r"Xml|Concurrent|Help|Multimedia|3D|Charts|Graphs|VirtualKeyboard|LabsStyleKit|"
    r"ShaderTools|EglFS)|opengl32sw|d3dcompiler",
    re.IGNORECASE,
)


def _plugin_stem(filename: str) -> str:
    stem = filename.split(".", 1)[0]
    if stem.startswith("lib"):
        stem = stem[3:]
    return stem


def _qt_part(dest: str) -> tuple[str, ...] | None:
    """The path below PySide6's Qt prefix (``PySide6/Qt/`` on Linux, ``PySide6/`` on Windows)."""
    parts = PurePath(dest.replace("\\", "/")).parts
    if not parts or parts[0] != "PySide6":
        return None
    rest = parts[1:]
    if rest and rest[0] == "Qt":
        rest = rest[1:]
    return rest


def keep(dest: str) -> bool:
    """Whether the bundle keeps the file that PyInstaller would place at ``dest``."""
    rest = _qt_part(dest)
    if rest is None:
        return True
    name = rest[-1] if rest else ""
    if len(rest) >= 3 and rest[0] == "plugins":
        kept = QT_PLUGINS_KEPT.get(rest[1])
        if kept is None:
            return False
        stem = _plugin_stem(name)
        return stem in kept
    if len(rest) >= 2 and rest[0] == "translations":
        return name in QT_TRANSLATIONS_KEPT
    if rest and rest[0] in ("qml", "resources", "libexec", "metatypes", "typesystems",
                            "include", "glue", "scripts", "doc", "support"):
        return False
    return not _QT_LIBRARY_REFUSED.search(name)


def filter_toc(entries: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop from a PyInstaller TOC (``(dest, source, typecode)`` entries) what ``keep`` refuses."""
    return [entry for entry in entries if keep(entry[0])]


def _keep_collected(entries: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Filter hook-style ``(source, destination folder)`` pairs."""
    return [
        (source, dest_dir) for source, dest_dir in entries
        if keep(str(PurePath(dest_dir, PurePath(source.replace("\\", "/")).name)))
    ]


def qt_module_dependencies(
    module: str,
) -> tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]]:
    """What PyInstaller's hook for a PySide6 module collects, less what ``keep`` refuses.

    Used by the hooks in ``packaging/hooks``, which take precedence over PyInstaller's own, so
    that plugins we drop never bring their system libraries (GTK, GL, Wayland) into the bundle.
    """
    from PyInstaller.utils.hooks.qt import get_qt_library_info

    hiddenimports, binaries, datas = get_qt_library_info("PySide6").collect_module(module)
    kept_imports = [name for name in hiddenimports if name not in QT_MODULES_EXCLUDED]
    return kept_imports, _keep_collected(binaries), _keep_collected(datas)
