"""A crash lets go of what its frames held.

The crash dialog shows code locations only, but the traceback it is given keeps every frame of
the failed call alive with its local variables: a note's typed text, a person's name, a key. The
interpreter also keeps the last uncaught error (``sys.last_exc``) until the next one, which may be
never, so those values stayed in memory after the dialog closed, after the vault locked and its
keys were zeroed. After the dialog the frames are emptied and the last error is dropped.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType
from typing import Any

import pytest
from ui_support import unlock_with_keyboard

from utvag.errors import RefusedError
from utvag.services import session as session_service

NEW_PASSPHRASE = "ett helt annat lösenord 2026"
CANARY = "Kanarie" + "anteckning om skyddat boende"


def _slot_that_fails(error: type[Exception]) -> None:
    typed = "".join(reversed(CANARY[::-1]))  # a value of this frame only, as a slot's text is
    raise error(f"the work failed after reading {len(typed)} characters")


def _caught(error: type[Exception]) -> tuple[type[BaseException], BaseException, TracebackType]:
    try:
        _slot_that_fails(error)
    except Exception as exc:  # what reaches the hook
        assert exc.__traceback__ is not None
        return type(exc), exc, exc.__traceback__
    raise AssertionError("it did not fail")


def _values_held(tb: TracebackType | None) -> list[Any]:
    held: list[Any] = []
    while tb is not None:
        if tb.tb_frame.f_code is _slot_that_fails.__code__:
            held += tb.tb_frame.f_locals.values()
        tb = tb.tb_next
    return held


@pytest.mark.parametrize("error", [RuntimeError, RefusedError])
def test_after_the_crash_dialog_no_frame_holds_the_typed_text(
        qtbot: Any, app_excepthook: None, message_boxes: Any, error: type[Exception]) -> None:
    kind, value, tb = _caught(error)
    assert CANARY in _values_held(tb)  # what the frame held while it failed
    # as the interpreter does for an error no one caught, before it calls the hook
    for name, held in (("last_exc", value), ("last_type", kind), ("last_value", value),
                       ("last_traceback", tb)):
        setattr(sys, name, held)
    sys.excepthook(kind, value, tb)
    assert len(message_boxes.expect()) == 1  # the dialog was shown
    assert CANARY not in _values_held(tb)
    assert getattr(sys, "last_exc", None) is None and getattr(sys, "last_traceback", None) is None


def _everything_held(error: BaseException | None) -> list[Any]:
    held: list[Any] = []
    tb = error.__traceback__ if error is not None else None
    while tb is not None:
        held += tb.tb_frame.f_locals.values()
        tb = tb.tb_next
    return held


def test_a_refused_unlock_keeps_neither_the_passphrase_nor_the_key_it_derived(
        make_window: Callable[..., Any], qtbot: Any, vault: Any) -> None:
    """The vault key file put back from before a passphrase change: the old passphrase still
    derives the key, and the unlock is refused after that. The lock screen says so, and what the
    unlock held (the passphrase typed, the data key derived) is not kept for the next try."""
    with vault.open() as session:
        data_key = session.vault.data_key()
    old_keys = (vault.directory / "vault.keys").read_bytes()
    with vault.open() as session:
        session_service.change_passphrase(session, vault.passphrase, NEW_PASSPHRASE)
    (vault.directory / "vault.keys").write_bytes(old_keys)

    window = make_window(vault.directory, vault.policy)
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    assert window.is_locked and "older copy" in window.unlock_page.error.text()
    unlocking = window.unlocking
    assert unlocking is not None and not unlocking.running
    held = [unlocking.result, unlocking.error, *_everything_held(unlocking.error),
            *(cell.cell_contents for cell in getattr(unlocking._work, "__closure__", None) or ())]
    texts = [value for value in held if isinstance(value, str | bytes | bytearray | dict)]
    assert not any(vault.passphrase in str(value) for value in texts)
    assert not any(data_key in bytes(value) for value in texts
                   if isinstance(value, bytes | bytearray))
