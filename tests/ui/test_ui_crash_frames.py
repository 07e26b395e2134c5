"""A crash lets go of what its frames held.

The crash dialog shows code locations only, but the traceback it is given keeps every frame of
the failed call alive with its local variables: a note's typed text, a person's name, a key. The
interpreter also keeps the last uncaught error (``sys.last_exc``) until the next one, which may be
never, so those values stayed in memory after the dialog closed, after the vault locked and its
keys were zeroed. After the dialog the frames are emptied and the last error is dropped.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from types import TracebackType
from typing import Any

import pytest

from utvag.errors import RefusedError
from utvag.ui.errors import install_excepthook

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


@pytest.fixture
def hook() -> Iterator[None]:
    before = sys.excepthook
    install_excepthook()
    yield
    sys.excepthook = before


@pytest.mark.parametrize("error", [RuntimeError, RefusedError])
def test_after_the_crash_dialog_no_frame_holds_the_typed_text(
        qtbot: Any, hook: None, message_boxes: Any, error: type[Exception]) -> None:
    kind, value, tb = _caught(error)
    assert CANARY in _values_held(tb)  # what the frame held while it failed
    # as the interpreter does for an error no one caught, before it calls the hook
    sys.last_exc, sys.last_type, sys.last_value, sys.last_traceback = value, kind, value, tb
    sys.excepthook(kind, value, tb)
    assert len(message_boxes.expect()) == 1  # the dialog was shown
    assert CANARY not in _values_held(tb)
    assert getattr(sys, "last_exc", None) is None and getattr(sys, "last_traceback", None) is None
