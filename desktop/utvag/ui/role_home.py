"""The page a vault that holds no cases opens on, in place of the case list: whose vault it is,
what it is for, and its screens as buttons. The buttons are the menus' own actions, so they show,
hide and enable as the menu entries do (``ui.role_menus``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSizePolicy, QToolButton, QVBoxLayout, QWidget

from utvag.domain.units import CITY_OFFICE
from utvag.ui.follows_language import FollowsLanguage
from utvag.ui.labels import unit_label
from utvag.ui.look import PlainLabel, wrapped_label
from utvag.ui.role_labels import role_label

MAX_WIDTH = 640


class RoleHome(FollowsLanguage, QWidget):
    def __init__(self, role: str, unit: str, holder: str | None, actions: list[QAction],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roleHome")
        self.role, self.unit, self.holder = role, unit, holder
        self.heading = PlainLabel()
        self.heading.setObjectName("roleHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.heading.setFont(font)
        self.about = wrapped_label("roleAbout")
        column = QWidget()
        column.setMaximumWidth(MAX_WIDTH)
        box = QVBoxLayout(column)
        box.addWidget(self.heading)
        box.addWidget(self.about)
        box.addSpacing(12)
        self.buttons: list[QToolButton] = []
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumHeight(button.fontMetrics().height() * 2 + 8)
            box.addWidget(button)
            self.buttons.append(button)
        box.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addSpacing(24)
        outer.addWidget(column, 1, Qt.AlignmentFlag.AlignHCenter)
        self.retranslate()

    def retranslate(self) -> None:
        unit = unit_label(self.unit)
        if self.role == "city-office" or self.unit == CITY_OFFICE:
            self.heading.setText(unit_label(CITY_OFFICE))
            self.about.setText(self.tr(
                "This is the city office's vault. It holds no cases: here the yearly statistics "
                "contributions of the district boards and of SAV are added up into the "
                "city-wide figures, and small counts are suppressed only after adding up.\n\n"
                "A contribution opens here only from a unit whose key card this vault trusts "
                "(Unit keys), and each unit must trust the city office's card."))
        elif self.role == "manager":
            self.heading.setText(self.tr("%1 · %2, %3").replace("%1", self.holder or "")
                                 .replace("%2", role_label(self.role)).replace("%3", unit))
            self.about.setText(self.tr(
                "This is the unit manager's vault. It holds no cases: the caseworkers of the unit "
                "send their incident reports and their monthly log reviews here. Read them and "
                "sign the log reviews in the manager's view; each signature goes back to its "
                "caseworker."))
        else:
            self.heading.setText(f"{unit} · {role_label(self.role)}")
            self.about.setText(self.tr("This vault holds no cases."))
