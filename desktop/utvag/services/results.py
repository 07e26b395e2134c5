"""What the services return to the CLI and the GUI: typed results whose JSON (``--json``) is
their fields."""

from __future__ import annotations

from typing import Any


class JsonResult:
    """A result (a frozen dataclass) whose JSON is its fields, tuples as lists."""

    def to_json(self) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in self.__dict__.items()}
