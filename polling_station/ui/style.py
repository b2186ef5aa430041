"""The look: large type and high-contrast colours for a clerk at hour twelve.

Colour carries meaning only together with words (a refusal is red *and* says "Do not issue"),
so a colour-blind clerk misses nothing. Widgets take their colour from a ``tone`` property.
"""
from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

OK, WARN, REFUSED, INFO, NEUTRAL = "ok", "warn", "refused", "info", "neutral"

BASE_POINT_SIZE = 13

QSS = """
QWidget { color: #111111; }
QMainWindow, QDialog { background: #F4F6F8; }
QToolTip { font-size: 12pt; color: #111111; background: #FFFFE8; border: 1px solid #888888; }

#header { background: #1F3A5F; }
#header QLabel { color: #FFFFFF; }
#stationLabel { font-size: 17pt; font-weight: bold; }
#stationNameLabel { font-size: 12pt; color: #DCE6F2; }
#officerLabel { font-size: 15pt; font-weight: bold; }
#deskLabel { font-size: 12pt; color: #DCE6F2; }
#stateLabel { font-size: 16pt; font-weight: bold; padding: 6px 18px; border-radius: 6px;
              border: 2px solid #FFFFFF; }
#stateLabel[tone="ok"] { background: #1B7F3B; }
#stateLabel[tone="warn"] { background: #9A5B00; }
#stateLabel[tone="refused"] { background: #8E1B1B; }
#stateLabel[tone="neutral"] { background: #4A5968; }
#lockButton { font-size: 14pt; font-weight: bold; padding: 8px 22px; color: #1F3A5F;
              background: #FFFFFF; border: 2px solid #FFFFFF; border-radius: 6px; }

#messageBanner { font-size: 15pt; padding: 10px 16px; }
#messageBanner[tone="refused"] { background: #FDE7E7; color: #8E1B1B; border-bottom: 3px solid #B3261E; }
#messageBanner[tone="warn"] { background: #FFF1D6; color: #5C3A00; border-bottom: 3px solid #C77700; }
#messageBanner[tone="info"], #messageBanner[tone="ok"] { background: #E3F2E6; color: #14532D;
              border-bottom: 3px solid #1B7F3B; }
#dismissButton { font-size: 12pt; padding: 6px 14px; }

QTabWidget::pane { border: 1px solid #B8C2CC; background: #FFFFFF; }
QTabBar::tab { font-size: 15pt; padding: 8px 26px; min-width: 120px; background: #E1E6EB;
               border: 1px solid #B8C2CC; border-bottom: none; margin-right: 2px; }
QTabBar::tab:selected { background: #FFFFFF; font-weight: bold; }

QPushButton { font-size: 14pt; padding: 8px 16px; background: #FFFFFF; border: 2px solid #5B6B7A;
              border-radius: 6px; }
QPushButton:focus { border: 3px solid #1F5FBF; }
QPushButton:disabled { color: #7A8591; background: #ECEFF2; border-color: #C3CAD1; }
QLineEdit, QPlainTextEdit, QSpinBox, QComboBox { font-size: 15pt; padding: 4px 6px; background: #FFFFFF;
              border: 2px solid #8795A3; border-radius: 4px; }
/* the arrows need room of their own once the box has a style sheet (without buttons, Qt 6.12
   squeezes the number to one pixel) */
QSpinBox { padding-right: 36px; }
QSpinBox::up-button { subcontrol-origin: border; subcontrol-position: top right; width: 32px; }
QSpinBox::down-button { subcontrol-origin: border; subcontrol-position: bottom right; width: 32px; }
QLineEdit:focus, QPlainTextEdit:focus, QSpinBox:focus, QComboBox:focus { border-color: #1F5FBF; }
QListWidget, QTableWidget { font-size: 14pt; background: #FFFFFF; border: 1px solid #8795A3; }
QListWidget::item { padding: 6px 4px; border-bottom: 1px solid #E1E6EB; }
QListWidget::item:selected, QListWidget::item:selected:!active { background: #1F5FBF; color: #FFFFFF; }
QHeaderView::section { font-size: 12pt; font-weight: bold; padding: 4px; background: #E1E6EB;
              border: none; border-right: 1px solid #B8C2CC; }
QGroupBox { font-size: 15pt; font-weight: bold; border: 1px solid #B8C2CC; border-radius: 6px;
            margin-top: 16px; padding: 14px 10px 10px 10px; background: #FFFFFF; }
QGroupBox::title { subcontrol-origin: margin; left: 12px; padding: 0 6px; }
QGroupBox QLabel, QGroupBox QPushButton { font-weight: normal; }

#loginPanel { background: #FFFFFF; border: 1px solid #B8C2CC; border-radius: 8px; }
#loginTitle { font-size: 22pt; font-weight: bold; }
#loginHint { font-size: 14pt; color: #333333; }
#officerCaption, #pinCaption, #deskCaption { font-size: 14pt; font-weight: bold; }
#officerList { font-size: 16pt; }
#pinEdit { font-size: 22pt; min-height: 44px; }
#deskEdit { font-size: 18pt; min-height: 44px; }
#loginButton { font-size: 18pt; font-weight: bold; padding: 10px 28px; color: #FFFFFF; background: #1F5FBF;
               border-color: #1F5FBF; }
#loginButton:focus { border-color: #0B2F6B; }
#messageLabel { font-size: 15pt; padding: 6px 10px; border-radius: 4px; }
#backupValue { font-size: 12pt; }
#backupValue[tone="warn"] { color: #8A4B00; font-weight: bold; }
#messageLabel[tone="refused"] { background: #FDE7E7; color: #8E1B1B; border: 2px solid #B3261E; }
#messageLabel[tone="warn"] { background: #FFF1D6; color: #5C3A00; border: 2px solid #C77700; }
#messageLabel[tone="info"], #messageLabel[tone="ok"] { background: #E3F2E6; color: #14532D;
               border: 2px solid #1B7F3B; }

#searchCaption { font-size: 14pt; font-weight: bold; }
#searchEdit { font-size: 24pt; min-height: 52px; padding: 4px 10px; border-width: 3px; }
#resultsCaption { font-size: 13pt; font-weight: bold; }
#resultsList { font-size: 15pt; }

#cardStack > QFrame { background: #FFFFFF; border: 1px solid #B8C2CC; border-radius: 6px; }
#cardStack QLabel { border: none; background: transparent; }
#waitingTitle { font-size: 22pt; font-weight: bold; color: #1F3A5F; }
#waitingDetail { font-size: 16pt; color: #333333; }
#waitingDetail[tone="refused"] { color: #8E1B1B; font-weight: bold; }
#nameLabel { font-size: 24pt; font-weight: bold; }
#iinCaption, #birthCaption, #precinctCaption, #membershipCaption { font-size: 14pt; color: #4A5968; }
#iinValue, #birthValue, #precinctValue, #membershipValue { font-size: 15pt; }
#iinValue { font-weight: bold; }
#verdictBox { border-radius: 6px; border: 3px solid #8795A3; }
#verdictBox[tone="ok"] { background: #E3F2E6; border-color: #1B7F3B; }
#verdictBox[tone="warn"] { background: #FFF1D6; border-color: #C77700; }
#verdictBox[tone="refused"] { background: #FDE7E7; border-color: #B3261E; }
#verdictTitle { font-size: 22pt; font-weight: bold; }
#verdictDetail { font-size: 15pt; }
#verdictBox[tone="ok"] QLabel { color: #14532D; }
#verdictBox[tone="warn"] QLabel { color: #5C3A00; }
#verdictBox[tone="refused"] QLabel { color: #8E1B1B; }
#issueButton { font-size: 22pt; font-weight: bold; color: #FFFFFF; background: #1B7F3B; border: 3px solid #1B7F3B; }
#issueButton:focus { border: 4px solid #0B3D1C; background: #16692F; }
#issueButton:disabled { color: #6B7580; background: #E4E8EC; border: 2px solid #C3CAD1; }
#issueNote { font-size: 14pt; color: #5C3A00; }
#issuedTitle { font-size: 26pt; font-weight: bold; color: #14532D; }
#issuedName { font-size: 20pt; font-weight: bold; }
#receiptCaption { font-size: 15pt; color: #4A5968; }
#receiptLabel { font-size: 60pt; font-weight: bold; color: #14532D; }
#issuedDetail { font-size: 14pt; color: #333333; }
#issuedWarning { font-size: 14pt; color: #5C3A00; }
#nextHint { font-size: 16pt; color: #1F3A5F; font-weight: bold; }
#cardStack > QFrame#issuedPage { border: 3px solid #1B7F3B; background: #F1FAF3; }

#checkedInBox, #turnoutBox, #voidedBox, #backfilledBox, #onlineBox {
    background: #FFFFFF; border: 1px solid #B8C2CC; border-radius: 6px; }
#checkedInCaption, #turnoutCaption, #voidedCaption, #backfilledCaption, #onlineCaption {
    font-size: 13pt; color: #4A5968; border: none; }
#checkedInValue, #turnoutValue, #voidedValue, #backfilledValue, #onlineValue {
    font-size: 34pt; font-weight: bold; color: #1F3A5F; border: none; }
#checkedInNote, #turnoutNote, #voidedNote, #backfilledNote, #onlineNote { font-size: 11pt; color: #4A5968; border: none;
    min-height: 38px; }
#chartCaption, #reconciliationCaption { font-size: 14pt; font-weight: bold; }
#reconciliationNote { font-size: 12pt; color: #4A5968; }

#stateValue { font-size: 18pt; font-weight: bold; }
#gateCaption { font-size: 14pt; }
#gateList { font-size: 14pt; color: #8E1B1B; }
#gateList[tone="ok"] { color: #14532D; }
#roleNote { font-size: 13pt; color: #4A5968; }
#openButton, #closeButton, #spoilButton, #voidButton, #backfillButton { font-size: 15pt; padding: 12px 16px; }

#introLabel { font-size: 14pt; }
#summaryLabel { font-size: 14pt; font-weight: bold; }
#summaryLabel[tone="refused"] { color: #8E1B1B; }
#summaryLabel[tone="ok"] { color: #14532D; }
#checkinLabel { font-size: 14pt; }
#checkinLabel[tone="refused"] { color: #8E1B1B; font-weight: bold; }
"""


def apply(app: QApplication) -> None:
    font = QFont("DejaVu Sans")
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyle("Fusion")
    app.setStyleSheet(QSS)


def set_tone(widget: QWidget, tone: str) -> None:
    """Give ``widget`` the colours of ``tone``; Qt re-reads a style sheet only when told to."""
    if widget.property("tone") == tone:
        return
    widget.setProperty("tone", tone)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    for child in widget.findChildren(QWidget):
        style.unpolish(child)
        style.polish(child)
    widget.update()
