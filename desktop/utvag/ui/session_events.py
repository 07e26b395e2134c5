"""Lock when the OS session locks or the machine suspends, where the OS tells us.

Linux: logind's ``PrepareForSleep`` on the system bus and the screensaver's ``ActiveChanged`` on
the session bus (through QtDBus). Windows: ``WM_WTSSESSION_CHANGE`` (lock) and
``WM_POWERBROADCAST`` (suspend), handled in the main window's ``nativeEvent``. The wall-clock idle
timer covers every other case: time asleep counts as idle.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal, Slot

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4


class SessionEvents(QObject):
    lock_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected: list[str] = []
        if sys.platform.startswith("linux"):
            self._connect_dbus()

    def _connect_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus missing from the build
            return
        system = QDBusConnection.systemBus()
        if system.isConnected() and system.connect(
                "org.freedesktop.login1", "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager", "PrepareForSleep", self, b"_sleep(bool)"):
            self.connected.append("logind")
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for service, path, iface in (
                ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                 "org.freedesktop.ScreenSaver"),
                ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
            ):
                if session.connect(service, path, iface, "ActiveChanged", self,
                                   b"_screensaver(bool)"):
                    self.connected.append(service)

    @Slot(bool)
    def _sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_requested.emit()

    @Slot(bool)
    def _screensaver(self, active: bool) -> None:
        if active:
            self.lock_requested.emit()

    def handle_windows_message(self, message: int, wparam: int) -> None:
        if (message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK) or (
                message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND):
            self.lock_requested.emit()


def protect_window(win_id: int) -> None:  # pragma: no cover - Windows only
    """Exclude the window from screen capture and register for session-lock messages."""
    if sys.platform != "win32":
        return
    import ctypes

    wda_exclude_from_capture = 0x11
    ctypes.windll.user32.SetWindowDisplayAffinity(win_id, wda_exclude_from_capture)
    ctypes.windll.wtsapi32.WTSRegisterSessionNotification(win_id, 0)
