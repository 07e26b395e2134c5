"""The services tests' vault: ``session`` is a real vault (cheap KDF, made by ``make_vault`` in
``tests/conftest.py``) opened as a :class:`Session`, closed after the test.

It is Centrum's vault with no cases. A module whose rules depend on the unit (a district's routing
is Hisingen's) or that needs a case already there says so once, for all its tests::

    pytestmark = pytest.mark.session_vault(unit="Hisingen")
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from utvag.services.session import Session


@pytest.fixture
def session(make_vault: Callable[..., Any], request: pytest.FixtureRequest
            ) -> Iterator[Session]:
    marker = request.node.get_closest_marker("session_vault")
    chosen: dict[str, Any] = {} if marker is None else dict(marker.kwargs)
    opened: Session = make_vault("vault", **chosen).open()
    yield opened
    opened.close()
