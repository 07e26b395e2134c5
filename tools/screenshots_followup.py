"""Render the Due, Statistics, Log review and Retention views offscreen on demo data to PNG files.

Usage: QT_QPA_PLATFORM=offscreen python tools/screenshots_followup.py [DIR] [--lang=en]
(default DIR: docs/screenshots, language Swedish; English pictures get the suffix ``-en``).
The vault is a throw-away demo vault in a temp directory. The retention preview is evaluated
six years ahead, when the demo's closed cases have fallen due, with a legal hold on one of them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from utvag.services import cases, demo, retention  # noqa: E402
from utvag.services import session as session_service  # noqa: E402
from utvag.services.policy import Policy  # noqa: E402
from utvag.ui import i18n  # noqa: E402
from utvag.ui.application import make_application  # noqa: E402
from utvag.vault.kdf import KdfParams  # noqa: E402


def grab(widget: QWidget, target: Path, width: int, height: int) -> None:
    widget.resize(width, height)
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(target))
    widget.close()
    widget.deleteLater()
    QApplication.processEvents()


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    language = "en" if "--lang=en" in sys.argv or "--en" in sys.argv else "sv"
    out = Path(args[0]) if args else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    suffix = "-en" if language == "en" else ""
    make_application()
    if not i18n.set_language(language):
        print("the translations are missing: run make translations", file=sys.stderr)
        return 1
    from utvag.ui.due_view import DueView
    from utvag.ui.manager.logreview_view import LogReviewView
    from utvag.ui.retention_view import RetentionView
    from utvag.ui.statistics.statistics_view import StatisticsView

    with tempfile.TemporaryDirectory(prefix="utvag-shots-") as tmp:
        opened, _recovery = session_service.create(
            Path(tmp) / "vault", "SAV", demo.DEMO_PASSPHRASE,
            kdf=KdfParams(iterations=1, memory_kib=1024, lanes=1), allow_weak_kdf=True,
            policy=Policy(keyring_allowed=False))
        with opened as session:
            demo.fill(session, count=48)
            due_view = DueView(session)
            due_view.scope.setCurrentIndex(1)
            grab(due_view, out / f"due{suffix}.png", 900, 420)
            stats = StatisticsView(session)
            stats.table_choice.setCurrentIndex(stats.table_choice.findData("gender"))
            stats.table.setFocus()
            grab(stats, out / f"statistics{suffix}.png", 960, 640)
            review = LogReviewView(session)
            review.queue.selectRow(0)
            grab(review, out / f"logreview{suffix}.png", 1100, 560)
            closed = [c for c in cases.list_cases(session, limit=100)
                      if c.status.value == "closed"]
            retention.place_hold(session, closed[-1].id, "DEMO: begärd i mål T 1234-26")
            later = date.today() + timedelta(days=6 * 366)
            shelf = RetentionView(session, today=lambda: later)
            shelf.table.selectRow(0)
            grab(shelf, out / f"retention{suffix}.png", 980, 520)
    print(f"wrote due, statistics, logreview and retention{suffix}.png to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
