"""A label that gives way: a long text ends in "…" (whole in the tooltip) instead of widening the
window past the screen.

Kazakh and Russian words run longer than English ones, and a station's name or an officer's full
name can be anything: a plain ``QLabel`` asks for its whole text's width, and a header of four of
them made the window 1,525 px wide on a 1,366 px screen. An ``ElidedLabel`` still asks for the
whole width when there is room (its size hint), but accepts ``minimum_width`` and shows as much as
fits. ``text()`` is always the whole text. Forms use it as a promoted ``QLabel``.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QStyle, QStyleOption, QWidget

MINIMUM_WIDTH = 80


class ElidedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.minimum_width = MINIMUM_WIDTH
        self._tip = ""

    def minimumSizeHint(self) -> QSize:
        return QSize(min(self.minimum_width, super().minimumSizeHint().width()), super().minimumSizeHint().height())

    def shown_text(self) -> str:
        """What the label shows now: the text, elided to the room it has."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             max(self.contentsRect().width(), 0))

    def set_tip(self, tip: str) -> None:
        """The tooltip when the whole text fits (when it does not, the tooltip is the text)."""
        self._tip = tip
        self._update_tip()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self._update_tip()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._update_tip()

    def _update_tip(self) -> None:
        shown = self.shown_text()
        self.setToolTip(self.text() if shown != self.text() else self._tip)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment()), self.palette(),
                                  self.isEnabled(), self.shown_text(), self.foregroundRole())
        painter.end()


class _WrapHeight(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            fit_wrapped_height(watched, watched.width())
        return False


def keep_wrapped_height_exact(label: QLabel) -> None:
    """A word-wrapped label asks the window for the height its text takes at its *present* width.

    Left alone, Qt asks for the height the text would take wrapped at about 80 characters, and a
    two-sentence message grew the window from 768 to 890 px; this label asks for what it needs at
    the width it has, so the message takes two lines across a 1,366 px window."""
    label.installEventFilter(_WrapHeight(label))


def fit_wrapped_height(label: QLabel, width: int | None = None) -> None:
    """Call after changing the text of a label given to ``keep_wrapped_height_exact``; before it
    is laid out, its parent's width stands for its own."""
    if width is None:
        width = (label.parentWidget() or label).width()
    height = label.heightForWidth(max(width, 200))
    if height > 0 and height != label.minimumHeight():
        label.setMinimumHeight(height)
