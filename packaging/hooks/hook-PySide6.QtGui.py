"""PySide6.QtGui: PyInstaller's collection, less the Qt parts Utväg does not use."""

from bundle_filter import qt_module_dependencies

hiddenimports, binaries, datas = qt_module_dependencies("PySide6.QtGui")
