"""Printing a protocol PDF: every page rasterised by QtPdf and painted to a QPrinter, copy after
copy, so the wall, each observer and the branch office get the same sheets.

QtPdf can only rasterise, so each page becomes an image at the printer's resolution, painted in
horizontal bands: a whole A4 page at 600 dpi would be a 140 MB image.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

# Above this a page takes seconds to render and the QR codes scan no better.
MAX_PRINT_DPI = 300
BAND_HEIGHT = 512

# pyside6-lupdate finds calls spelled translate("Context", "text")
translate = QCoreApplication.translate


class PrintError(RuntimeError):
    """The printer refused to start or to take another page; ``reason`` is shown to the chair."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def load_pdf(data: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A document over ``data``; the buffer it reads from lives and dies with it."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def page_order(printer: QPrinter, pages: int) -> list[int]:
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        return list(range(pages - 1, -1, -1))
    return list(range(pages))


def sheets_per_copy(pages: int, duplex: bool) -> int:
    """Pages a copy takes, a blank back added on a duplex printer so the next copy starts on its
    own sheet instead of on the back of the last page."""
    return pages + 1 if duplex and pages % 2 else pages


def print_document(document: QPdfDocument, printer: QPrinter, copies: int,
                   progress: Callable[[int, int], bool] | None = None) -> int:
    """Paint ``copies`` collated copies of ``document`` to ``printer``; returns the pages painted.

    ``progress(done, total)`` is called before each page; returning False stops the job (the
    printer then discards it). Raises PrintError when the printer does not take the job."""
    pages = document.pageCount()
    if document.status() != QPdfDocument.Status.Ready or pages < 1:
        raise PrintError(translate("ProtocolPrint", "The protocol's PDF could not be read for printing."))
    copies = max(1, int(copies))
    # the copies are painted here: PDF output ignores a copy count, and some drivers would
    # multiply ours by theirs
    printer.setCopyCount(1)
    printer.setFullPage(True)
    if printer.resolution() > MAX_PRINT_DPI:
        printer.setResolution(MAX_PRINT_DPI)
    per_copy = sheets_per_copy(pages, printer.duplex() != QPrinter.DuplexMode.DuplexNone)
    total = copies * pages
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(translate("ProtocolPrint", "The printer «{printer}» did not accept the job.").format(
            printer=printer.printerName() or printer.outputFileName()))
    done = 0
    try:
        first = True
        for _ in range(copies):
            order = page_order(printer, pages)
            for sheet in range(per_copy):
                if not first and not printer.newPage():
                    raise PrintError(translate("ProtocolPrint", "The printer stopped after {done} of {total} "
                                                                "page(s).").format(done=done, total=total))
                first = False
                if sheet >= pages:
                    continue  # the blank back of a duplex copy
                if progress is not None and not progress(done, total):
                    printer.abort()
                    return done
                _paint_page(painter, printer, document, order[sheet])
                done += 1
    finally:
        if painter.isActive():
            painter.end()
    if progress is not None:
        progress(done, total)
    return done


def _paint_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    dpi = printer.resolution()
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    points = document.pagePointSize(page)
    natural_w, natural_h = points.width() * dpi / 72, points.height() * dpi / 72
    # the protocol is A4; on other paper it is scaled to fit whole, never cropped
    scale = min(1.0, paper.width() / natural_w, paper.height() / natural_h)
    width, height = max(1, round(natural_w * scale)), max(1, round(natural_h * scale))
    left = int(paper.left() + (paper.width() - width) / 2)
    top = int(paper.top() + (paper.height() - height) / 2)
    for y in range(0, height, BAND_HEIGHT):
        band = min(BAND_HEIGHT, height - y)
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(QSize(width, height))
        options.setScaledClipRect(QRect(0, y, width, band))
        image = document.render(page, QSize(width, band), options)
        painter.drawImage(QPoint(left, top + y), image)
