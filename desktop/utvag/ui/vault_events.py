"""One signal for "the vault changed", so views never call each other to refresh.

A view that changes the vault says so with :func:`notify` (what changed, and of which case);
every view that shows that data subscribes with :func:`subscribe` and reads it again itself. A
subscription ends with the widget that made it. Delivery is immediate and on the GUI thread: the
work of a background operation notifies from its ``on_success``, never from the worker.

A change carries ids and a kind only, never case data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot


class ChangeKind(Enum):
    RECORDS = "records"  # something recorded on one case: its tabs, its next due item, its log
    CASE = "case"  # the case itself (status, caseworker, consent): its view is opened again
    CASES = "cases"  # which cases there are: a new, imported or removed case
    DUE = "due"  # the due items of many cases were worked out again
    KEPT = "kept"  # text kept for one case through a lock was put back: what says so reads again


@dataclass(frozen=True)
class VaultChange:
    kind: ChangeKind
    case_id: int | None = None

    def of_case(self, case_id: int) -> bool:
        """Whether this change is to the records of ``case_id`` (what its tabs show)."""
        return self.case_id == case_id and self.kind in (ChangeKind.RECORDS, ChangeKind.CASE)


class VaultEvents(QObject):
    changed = Signal(object)  # a VaultChange


class _Relay(QObject):
    """Lives as a child of the subscriber, so the connection ends when the subscriber goes."""

    def __init__(self, owner: QObject, callback: Callable[[VaultChange], None]) -> None:
        super().__init__(owner)
        self._callback = callback

    @Slot(object)
    def deliver(self, change: VaultChange) -> None:
        self._callback(change)


_events: VaultEvents | None = None


def events() -> VaultEvents:
    """The application's one notifier (made on first use, owned by the application)."""
    global _events
    if _events is None:
        _events = VaultEvents(QCoreApplication.instance())
        _events.destroyed.connect(_forget)
    return _events


def _forget(*_args: object) -> None:
    global _events
    _events = None


def notify(kind: ChangeKind, case_id: int | None = None) -> None:
    """Tell every subscribed view that the vault changed."""
    events().changed.emit(VaultChange(kind, case_id))


def subscribe(owner: QObject, callback: Callable[[VaultChange], None]) -> None:
    """Call ``callback`` with every change from now until ``owner`` is destroyed."""
    events().changed.connect(_Relay(owner, callback).deliver)
