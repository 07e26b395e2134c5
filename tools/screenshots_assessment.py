"""Render the assessment wizard and its summary offscreen to PNG files.

Usage: QT_QPA_PLATFORM=offscreen python tools/screenshots_assessment.py [DIR] [--lang=en]
(default DIR: docs/screenshots, language Swedish). Writes wizard-criteria.png, wizard-error.png,
summary-district.png and summary-special.png from the documented example answers, on fictional
cases in a throw-away vault in a temp directory.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from utvag.services import session as session_service  # noqa: E402
from utvag.services.policy import Policy  # noqa: E402
from utvag.ui import i18n  # noqa: E402
from utvag.ui.application import make_application  # noqa: E402
from utvag.ui.assessment.screens import save_screens  # noqa: E402
from utvag.vault.kdf import KdfParams  # noqa: E402


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    language = "en" if "--lang=en" in sys.argv or "--en" in sys.argv else "sv"
    out = Path(args[0]) if args else ROOT / "docs" / "screenshots"
    make_application()
    if not i18n.set_language(language):
        print("the translations are missing: run make translations", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="utvag-shots-") as tmp:
        opened, _recovery = session_service.create(
            Path(tmp) / "vault", "Hisingen", "a long passphrase here",
            kdf=KdfParams(iterations=1, memory_kib=1024, lanes=1), allow_weak_kdf=True,
            policy=Policy(keyring_allowed=False))
        with opened as session:
            for path in save_screens(session, out, "-en" if language == "en" else ""):
                print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
