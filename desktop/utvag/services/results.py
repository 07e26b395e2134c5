"""What the services return to the CLI and the GUI: typed results whose JSON (``--json``) is
their fields."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


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
    if isinstance(value, tuple):
        return [v.to_json() if isinstance(v, ServiceWarning) else v for v in value]
    return value


class JsonResult:
    """A result (a frozen dataclass) whose JSON is its fields, tuples as lists and warnings as
    objects (:meth:`ServiceWarning.to_json`)."""

    def to_json(self) -> dict[str, Any]:
        return {k: _plain(v) for k, v in self.__dict__.items()}
