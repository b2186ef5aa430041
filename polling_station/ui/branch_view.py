"""How the branch's figures read in a table: counts and percentages in the officer's language,
times, and table cells. Display only; the figures themselves come from the services."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

GREY = QColor("#6B7280")
NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def count(n: int) -> str:
    """A count with the language's digit grouping (786 782 in Russian and Kazakh, 786,782 in English)."""
    return QLocale().toString(int(n))


def percent(value: str) -> str:
    """The service's percent ("88.9", one decimal, rounded half up; "" without a denominator) in the
    language's decimal sign; the service has rounded already, so this only changes how it is written."""
    if not value:
        return "—"
    return QLocale().toString(float(value), "f", 1)


def when(iso_text: str) -> str:
    """dd.MM.yyyy HH:mm, as Kazakh and Russian documents write a moment."""
    try:
        return dt.datetime.fromisoformat(iso_text).strftime("%d.%m.%Y %H:%M")
    except (TypeError, ValueError):
        return iso_text or ""


def cell(value, *, number: bool = False, grey: bool = False, background: QColor | None = None,
         tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(str(value))
    if number:
        item.setTextAlignment(NUMBER_ALIGN)
    if grey:
        item.setForeground(QBrush(GREY))
    if background is not None:
        item.setBackground(QBrush(background))
    if tip:
        item.setToolTip(tip)
    return item


def fill(table: QTableWidget, rows: list[list[QTableWidgetItem]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, item in enumerate(cells):
            table.setItem(r, c, item)


def texts(table: QTableWidget) -> list[list[str]]:
    """What a table shows, row by row (for tests and screenshots)."""
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def plain(table: QTableWidget, *, stretch: int | None = None) -> None:
    """Columns as wide as their contents, one stretched to take the rest, no row numbers."""
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def subject_name(subject: str) -> str:
    """The common name of a certificate's RFC 4514 subject ("C=KZ,CN=Branch CA" → "Branch CA")."""
    parts, current, escaped = [], "", False
    for ch in subject:
        if escaped:
            current += ch
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == ",":
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    for part in parts:
        key, _, value = part.partition("=")
        if key.strip().upper() == "CN" and value:
            return value
    return subject
