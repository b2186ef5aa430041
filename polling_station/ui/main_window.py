"""The desk's one window: a header that always says where, what state, who and which desk; the
message banner; the login screen or the work tabs (check-in, turnout, station)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import (QApplication, QDialog, QLabel, QMainWindow, QPushButton, QStackedWidget,
                               QTabWidget, QVBoxLayout, QWidget)

from polling_station.services.station import Station
from polling_station.ui import desk_settings, elide, forms, paper_list, protocol, sanitary, style, text
from polling_station.ui.checkin import CheckInController
from polling_station.ui.counting import CountingPage
from polling_station.ui.context import DeskContext
from polling_station.ui.idle import IdleLock
from polling_station.ui.language import LanguageSwitch
from polling_station.ui.login import LoginController
from polling_station.ui.messages import Message, MessageBridge
from polling_station.ui.station_page import StationPageController
from polling_station.ui.turnout import TurnoutController

# other desks write to the same file: the header and the turnout catch up this often
REFRESH_MS = 15_000
OFFICER_MIN_WIDTH = 520  # px: a name and a role in Kazakh fit; a longer one ends in "…" (whole in the tooltip)
_STATE_TONES = {"OPEN": style.OK, "SETUP": style.WARN, "CLOSED": style.REFUSED}


class MainWindowController(QObject):
    def __init__(self, station: Station, settings: QSettings, messages: MessageBridge,
                 language: LanguageSwitch | None = None):
        super().__init__()
        self.window: QMainWindow = forms.load("main_window")
        self.ctx = DeskContext(station, settings, messages, self)
        # the desk's language; without one given, a switch that starts from the bridge's language
        self.language = language or LanguageSwitch(QApplication.instance(), settings, messages, messages.lang)
        w = self.window
        self.station_label = forms.child(w, QLabel, "stationLabel")
        self.station_name_label = forms.child(w, QLabel, "stationNameLabel")
        self.state_label = forms.child(w, QLabel, "stateLabel")
        self.officer_label = forms.child(w, QLabel, "officerLabel")
        self.desk_label = forms.child(w, QLabel, "deskLabel")
        self.lock_button = forms.child(w, QPushButton, "lockButton")
        self.banner = forms.child(w, QLabel, "messageBanner")
        elide.keep_wrapped_height_exact(self.banner)
        self.dismiss_button = forms.child(w, QPushButton, "dismissButton")
        self.screens = forms.child(w, QStackedWidget, "screens")
        self.login_page = forms.child(w, QWidget, "loginPage")
        self.work_page = forms.child(w, QWidget, "workPage")
        self.tabs = forms.child(w, QTabWidget, "tabs")

        self.login = LoginController(self.ctx, self.login_page, self.language)
        self.checkin = CheckInController(self.ctx, forms.child(w, QWidget, "checkinTab"))
        self.turnout = TurnoutController(self.ctx, forms.child(w, QWidget, "turnoutTab"))
        self.station_tab = forms.child(w, QWidget, "stationTab")
        self.station_page = StationPageController(self.ctx, self.station_tab)
        for host, page in (("loginHost", self.login.form), ("checkinHost", self.checkin.form),
                           ("turnoutHost", self.turnout.form), ("stationHost", forms.scrolling(self.station_page.form, "StationFormScroll"))):
            forms.child(w, QVBoxLayout, host).addWidget(page)
        self.counting = CountingPage(station, lambda: self.ctx.session, messages)
        self.tabs.addTab(self.counting, self.tr("Count"))
        self.counting.changed.connect(self.ctx.changed.emit)
        self.ctx.session_changed.connect(self.counting.refresh)
        self.paper_list = paper_list.install(self)
        self.desk_settings = desk_settings.install(self)
        self.sanitary = sanitary.install(self)
        self.protocol = protocol.install(self)

        self.idle = IdleLock(self.ctx.idle_minutes, self.lock_for_idleness, self)
        app = QApplication.instance()
        app.installEventFilter(self.idle)

        self.lock_button.clicked.connect(self.lock)
        self.dismiss_button.clicked.connect(messages.clear)
        messages.shown.connect(self.show_message)
        messages.cleared.connect(self.hide_message)
        self.ctx.session_changed.connect(self._session_changed)
        self.ctx.changed.connect(self.refresh)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.window.installEventFilter(self)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self.refresh_timer.start()
        self._session_changed()

    # ----- header and pages -------------------------------------------------------------------

    def refresh(self) -> None:
        station, session = self.ctx.station, self.ctx.session
        if station.closed:  # the file was closed under a window that outlived it
            self.shutdown()
            return
        precinct = station.precinct
        self.window.setWindowTitle(self.tr("Polling Station: precinct {id}").format(id=precinct.id))
        self.station_label.setText(self.tr("Precinct {id}").format(id=precinct.id))
        self.station_name_label.setText(precinct.name)
        self.station_name_label.set_tip(precinct.address)
        state = station.state
        self.state_label.setText(text.state_name(state))
        style.set_tone(self.state_label, _STATE_TONES.get(state, style.NEUTRAL))
        if session is None:
            self.officer_label.setText(self.tr("Nobody is logged in"))
            self.desk_label.setText(self.tr("The desk is locked"))
        else:
            self.officer_label.setText(self.tr("{name} · {role}").format(
                name=session.name, role=text.role_name(session.role)))
            self.desk_label.setText(self.tr("Desk {desk} · login {officer}").format(
                desk=session.desk, officer=session.officer_id))
        # the state shows whole and who is at the desk nearly so; the precinct's long name gives way
        self.officer_label.minimum_width = min(self.officer_label.sizeHint().width(), OFFICER_MIN_WIDTH)
        self.officer_label.updateGeometry()
        self.lock_button.setVisible(session is not None)
        self.turnout.refresh()
        self.station_page.refresh()
        self.counting.refresh()

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.checkin.form.parentWidget():
            self.checkin.focus()

    def _session_changed(self) -> None:
        session = self.ctx.session
        if session is None:
            self.idle.stop()
            for widget in QApplication.topLevelWidgets():
                # whatever was open belongs to the officer who left
                if isinstance(widget, QDialog) and widget.isVisible():
                    widget.reject()
            self.checkin.reset()
            self.login.fill_officers()
            self.screens.setCurrentWidget(self.login_page)
            self.login.focus()
        else:
            self.ctx.messages.clear()
            self.checkin.reset()
            self.tabs.setCurrentWidget(self._start_page())
            self.screens.setCurrentWidget(self.work_page)
            self.idle.start()
            if self.ctx.may("checkin"):
                self.checkin.focus()
        self.refresh()

    def _start_page(self) -> QWidget:
        """A clerk's day is the check-in tab; the chair's and secretary's is the station tab until
        closing, then the count, and the protocol once the count is closed."""
        if self.ctx.may("checkin"):
            return self.checkin.form.parentWidget()
        state = self.ctx.station.state
        if state in ("COUNTED", "FINALIZED"):
            return self.protocol
        if state == "CLOSED":
            return self.counting
        return self.station_tab

    def lock(self) -> None:
        self.ctx.lock()

    def lock_for_idleness(self) -> None:
        minutes = self.ctx.idle_minutes()
        self.ctx.lock()
        self.ctx.messages.info(self.tr("The desk was locked after {minutes} minute(s) without activity. "
                                       "Log in again with your PIN.").format(minutes=f"{minutes:g}"))

    # ----- messages ---------------------------------------------------------------------------

    def show_message(self, message: Message) -> None:
        tone = {"error": style.REFUSED, "warning": style.WARN}.get(message.level, style.INFO)
        if self.screens.currentWidget() is self.login_page:
            self.login.show_message(message)
            return
        self.banner.setText(message.text)
        style.set_tone(self.banner, tone)
        elide.fit_wrapped_height(self.banner)
        self.banner.setVisible(True)
        self.dismiss_button.setVisible(True)

    def hide_message(self) -> None:
        self.banner.clear()
        self.banner.setVisible(False)
        self.dismiss_button.setVisible(False)
        self.login.show_message(None)

    def shutdown(self) -> None:
        """The window is closing: stop timers and stop listening to the application's events,
        so nothing touches the station after its file is closed."""
        self.refresh_timer.stop()
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.shutdown()
            return False
        if watched is self.window and event.type() == QEvent.Type.LanguageChange and self.window.isVisible():
            self.login.fill_officers()
            self.checkin.retranslate()
            self.refresh()
        return False

    def show(self) -> None:
        self.window.resize(1366, 768)
        self.window.show()
