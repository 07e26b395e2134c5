"""What the services return to the CLI and the GUI: typed results whose JSON (``--json``) is
their fields."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Self

from utvag.domain.messages import Message


@dataclass(frozen=True)
class ServiceWarning:
    """Something a service did only in part, and what still needs doing.

    ``code`` is stable (scripts act on it); ``message`` is the catalogued English sentence that
    names the action but no command or menu (the app translates it and adds where the action is,
    the command line its command); ``package_id`` (hex) is the package it concerns, if any.
    """

    code: str
    message: str
    package_id: str | None = None

    def __str__(self) -> str:
        return self.message

    def to_json(self) -> dict[str, Any]:
        data = {"code": self.code, "message": self.message}
        return data if self.package_id is None else {**data, "package_id": self.package_id}


Warnings = tuple[ServiceWarning, ...]


def _plain(value: Any) -> Any:
    """A field as JSON shows it: a result or a warning as its own JSON, a rule's message as its
    code and texts, tuples and lists as lists and mappings as mappings, their members made plain
    the same way."""
    if isinstance(value, JsonResult | ServiceWarning):
        return value.to_json()
    if isinstance(value, Message):
        return value.to_dict()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class JsonResult:
    """A result (a frozen dataclass) whose JSON is its fields, made plain: results nested in it
    as their own JSON (so a subclass's ``to_json`` is kept where it is nested), tuples as lists,
    warnings as objects (:meth:`ServiceWarning.to_json`), rules' messages as
    :meth:`Message.to_dict`."""

    def to_json(self) -> dict[str, Any]:
        return {k: _plain(v) for k, v in self.__dict__.items()}

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Self:
        """The record as stored: the row's columns are its fields."""
        return cls(**row)
