"""The one place that turns ``forms/*.ui`` into widgets (after Picard: sources outside the package).

Forms are loaded at run time with QUiLoader rather than compiled, so a form edited in Qt Designer
needs no build step. The loader retranslates loaded forms itself on a language change; their
strings are translated in the context of the form's ``<class>`` name, as ``pyside6-lupdate`` expects.
"""
from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice, QObject, Qt
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from polling_station.paths import FORMS

W = TypeVar("W", bound=QObject)

_loader: QUiLoader | None = None


class FormError(RuntimeError):
    """A form is missing or lacks a widget the code needs: a bug in the installation, not the user's."""


def _the_loader() -> QUiLoader:
    global _loader
    if _loader is None:
        from polling_station.ui.elide import ElidedLabel
        _loader = QUiLoader()
        _loader.setLanguageChangeEnabled(True)
        _loader.registerCustomWidget(ElidedLabel)
    return _loader


def load(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget tree of ``forms/<name>.ui``."""
    path = FORMS / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"cannot open form {path}")
    try:
        loader = _the_loader()
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise FormError(f"cannot load form {path}: {loader.errorString()}")
    return widget


def child(form: QWidget, kind: type[W], name: str) -> W:
    """The named widget of a form; a missing one fails loudly at start-up, not on first use."""
    found = form.findChild(kind, name)
    if found is None:
        raise FormError(f"form {form.objectName()!r} has no {kind.__name__} named {name!r}")
    return found


def scrolling(page: QWidget, name: str) -> QScrollArea:
    """``page`` in a frameless, vertical-only scroll area named ``name``: a page whose boxes grow
    (a long candidate list, longer words, a message above the tabs) scrolls instead of pushing
    the window past a 768 px screen."""
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(page)
    return area
