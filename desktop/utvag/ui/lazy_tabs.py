"""A tab widget whose pages can be built the first time they are needed.

A lazy page is reserved in the tab bar at once (its title, its mnemonic), as an empty page that
will hold the real widget. It is built when its tab is shown, when code asks for it, or — one
page at a time, a moment apart, only while the widget is on screen — soon after it is first
shown, so that opening a view never holds the window for all its pages at once. The built widget
stands for its page wherever the tab widget is asked by widget (``setCurrentWidget``,
``currentWidget``, ``indexOf``, ``widget``). Building a page never changes which page is shown: a
page shown by accident could read, and log, what nobody asked for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from utvag.ui.input_watch import building

Builder = Callable[[], dict[str, QWidget]]
# Between the idle builds (and before the first): long enough for the window to paint what it
# shows and to take the user's input, so that the view opening and the first page built while
# idle never hold the event loop as one.
IDLE_BUILD_GAP_MS = 30


class LazyTabWidget(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: dict[str, QWidget] = {}
        self._built: dict[str, QWidget] = {}
        self._groups: dict[str, tuple[tuple[str, ...], Builder]] = {}
        self._idle_started = False
        self.currentChanged.connect(self._shown)

    # -- what subclasses call ------------------------------------------------------------
    def add_later(self, group: str, tabs: tuple[str, ...], build: Builder) -> None:
        """Reserve the tabs ``tabs`` (built together by ``build``, which returns each by name)."""
        self._groups[group] = (tabs, build)
        for tab in tabs:
            page = QWidget()
            page.setProperty("lazyGroup", group)
            layout = QVBoxLayout(page)
            layout.setContentsMargins(0, 0, 0, 0)
            self._pages[tab] = page
            self.addTab(page, "")

    def page(self, name: str) -> QWidget:
        """The page in the tab bar for ``name`` (built or not; for titles)."""
        return self._pages[name]

    def tab(self, name: str) -> QWidget:
        """The widget of ``name``, built now if it was not."""
        if name not in self._built:
            group = next(g for g, (tabs, _b) in self._groups.items() if name in tabs)
            self._build(group)
        return self._built[name]

    def built(self, name: str) -> bool:
        return name in self._built

    def may_build_while_idle(self) -> bool:
        """Whether pages may be built now without being asked (subclasses: e.g. not locked)."""
        return self.isVisible()

    def pages_built(self, group: str, widgets: dict[str, QWidget]) -> None:
        """Called once a group is built (connect its signals, set its texts)."""

    # -- machinery -----------------------------------------------------------------------
    def build_rest(self) -> bool:
        """Build the next group not yet built; whether one was."""
        group = next((g for g, (tabs, _b) in self._groups.items()
                      if tabs[0] not in self._built), None)
        if group is None:
            return False
        self._build(group)
        return True

    def _build(self, group: str) -> None:
        tabs, build = self._groups[group]
        if tabs[0] in self._built:
            return
        with building():
            widgets = build()
            for tab in tabs:
                page = self._pages[tab]
                page.setProperty("lazyGroup", None)
                layout = page.layout()
                assert layout is not None
                layout.addWidget(widgets[tab])
                widgets[tab].show()  # at once, as its page is (Qt would show it a turn later)
                self._built[tab] = widgets[tab]
            self.pages_built(group, widgets)

    def _shown(self, index: int) -> None:
        page = super().widget(index)
        group = page.property("lazyGroup") if page is not None else None
        if isinstance(group, str):
            self._build(group)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._idle_started:
            self._idle_started = True
            QTimer.singleShot(IDLE_BUILD_GAP_MS, self, self._build_next)

    def _build_next(self) -> None:
        if self.may_build_while_idle() and self.build_rest():
            QTimer.singleShot(IDLE_BUILD_GAP_MS, self, self._build_next)

    # The built widget stands for its page wherever the tab widget is asked by widget.
    def _page_of(self, widget: QWidget | None) -> QWidget | None:
        for name, built in self._built.items():
            if built is widget:
                return self._pages[name]
        return widget

    def _content(self, page: QWidget) -> QWidget:
        for name, candidate in self._pages.items():
            if candidate is page and name in self._built:
                return self._built[name]
        return page

    def setCurrentIndex(self, index: int) -> None:
        # Built and shown here, not by currentChanged's slot: a lock from a dialog shown
        # meanwhile (a read on showing that failed) then stops the caller too
        # (``BuildStopped``), which an error of a slot would not.
        with building():
            self._shown(index)
            super().setCurrentIndex(index)

    def setCurrentWidget(self, widget: QWidget) -> None:
        page = self._page_of(widget)
        if page is not None:
            self.setCurrentIndex(super().indexOf(page))

    def currentWidget(self) -> QWidget:
        return self._content(super().currentWidget())

    def widget(self, index: int) -> QWidget | None:
        page = super().widget(index)
        return None if page is None else self._content(page)

    def indexOf(self, widget: QWidget) -> int:
        page = self._page_of(widget)
        return super().indexOf(page) if page is not None else -1
