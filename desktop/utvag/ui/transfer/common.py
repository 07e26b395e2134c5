"""What the transfer screens share: sizes and dates in words, file choosers and refusals."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QWidget

from utvag.errors import UtvagError
from utvag.services.results import Warnings
from utvag.ui.background import wait_off_thread
from utvag.ui.errors import report_error
from utvag.ui.labels import local_time
from utvag.ui.numbers import data_size
from utvag.ui.service_text import service_text

translate = QCoreApplication.translate
PACKAGE_FILTER = "Utväg (*.utvp);;* (*)"
T = TypeVar("T")
CARD_FILTER = "Utväg (*.json *.utvk);;* (*)"


def size_text(size: int) -> str:
    return data_size(size)


def when_text(stamp: str) -> str:
    """An ISO time as the local date and time (minutes)."""
    return local_time(stamp)


def refuse(parent: QWidget, headline: str, error: BaseException) -> None:
    """A refusal by the services: the headline (nothing changed) and the service's own message.
    Anything else is a bug and goes to the crash dialog, as everywhere in the app."""
    if not isinstance(error, UtvagError):
        report_error(parent, error)
        return
    text = service_text(str(error))
    QMessageBox.warning(parent, translate("transfer", "Utväg"), f"{headline}\n\n{text}")


def warnings_text(warnings: Warnings) -> str:
    """What the service says still needs doing (its own words), after the message."""
    return "".join("\n\n" + service_text(w.message) for w in warnings)


def open_file(parent: QWidget, title: str, name_filter: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(package_folder()), name_filter)
    return Path(name) if name else None


def package_folder() -> Path:
    """Where a package is suggested: the user's documents (as for a transfer), else home."""
    folder = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
    return folder if folder.is_dir() else Path.home()


def free_name(stem: str, suffix: str, folder: Path | None = None) -> str:
    """A file name to suggest: *stem* and *suffix*, numbered past the names taken in *folder*
    (the documents folder when not given). Never a name, number or case number: the operating
    system's file dialogs remember the names chosen in them (Windows' recent-file lists, GTK's
    ``recently-used.xbel``), outside the vault."""
    where = folder or package_folder()
    name, number = f"{stem}{suffix}", 1
    while (where / name).exists() or (where / name).is_symlink():
        number += 1
        name = f"{stem}-{number}{suffix}"
    return name


def save_file(parent: QWidget, title: str, suggested: str, name_filter: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
    return Path(name) if name else None


def save_package(parent: QWidget, title: str, name: str, name_filter: str = PACKAGE_FILTER
                 ) -> Path | None:
    """Ask where to save a package (or a key card), suggesting ``name`` in the documents folder
    (never the program's working folder)."""
    return save_file(parent, title, str(package_folder() / name), name_filter)


def seal_into_file(parent: QWidget, title: str, name: str, busy: str,
                   seal: Callable[[Path], T], path: Path | None = None
                   ) -> tuple[Path, T] | None:
    """Ask where to save a package (``name`` suggested in the documents folder) unless ``path``
    is given, and seal it there off the GUI thread, ``busy`` shown meanwhile. The place and what
    ``seal`` returned, or ``None`` when no place was chosen or the sealing was cancelled; a
    refusal is raised for the caller to show as its screen does."""
    target = path or save_package(parent, title, name)
    if target is None:
        return None
    done, result = wait_off_thread(parent, busy, lambda: seal(target))
    if not done or result is None:
        return None
    return target, result


def choose_into(parent: QWidget, field: QLineEdit, title: str,
                name_filter: str = PACKAGE_FILTER) -> bool:
    """Ask where to save, starting from the path in ``field``; the chosen one goes into
    ``field``. Whether one was chosen."""
    chosen = save_file(parent, title, field.text(), name_filter)
    if chosen is not None:
        field.setText(str(chosen))
    return chosen is not None


def import_file(parent: QWidget, title: str, path: Path | None,
                read: Callable[[Path], object]) -> bool:
    """``read`` the package at ``path``, or at one the user opens, off the GUI thread (opening
    and verifying it cannot stop part-way: no Cancel); whether it was read. A refusal says the
    package was not imported, with the service's words."""
    source = path or open_file(parent, title, PACKAGE_FILTER)
    if source is None:
        return False
    try:
        done, _read = wait_off_thread(
            parent, translate("transfer", "Opening the package…"), lambda: read(source))
    except Exception as exc:
        refuse(parent, translate("transfer", "The package was not imported; nothing was changed."),
               exc)
        return False
    return done
