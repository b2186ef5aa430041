"""Screenshots of the desk at 1366×768 for the README and for reviewing what a clerk sees.

    python3 -m polling_station.ui.screenshots OUTDIR

Builds a demo station in a temporary folder (the demo election, precinct 101, a small roll with
Kazakh and Russian names, a morning of check-ins) and saves login.png, checkin-success.png,
checkin-refusal-other-precinct.png, checkin-refusal-already-checked-in.png and turnout.png.
Runs without a display (Qt's offscreen platform) and installs nothing.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path

SIZE = (1366, 768)
TZ = dt.timezone(dt.timedelta(hours=6))
SHOTS = ("login", "checkin-success", "checkin-refusal-other-precinct", "checkin-refusal-already-checked-in",
         "turnout")

# (surname, given name, patronymic, sex, birth date, precinct, joined, status)
PEOPLE = [
    ("Құдайбергенов", "Әлібек", "Серікұлы", "M", "1976-02-12", "101", "2010-01-20", "active"),
    ("Әбілова", "Гүлнар", "Маратқызы", "F", "1987-10-08", "101", "2015-05-01", "active"),
    ("Иванов", "Сергей", "Петрович", "M", "1980-04-16", "102", "2012-03-03", "active"),
    ("Нұрланұлы", "Ерасыл", "", "M", "1999-07-21", "101", "2019-02-11", "active"),
    ("Сәрсенбаева", "Айгерім", "Болатқызы", "F", "1991-03-30", "101", "2016-09-14", "active"),
    ("Ким", "Елена", "Владимировна", "F", "1968-12-02", "101", "2008-04-22", "active"),
    ("Жақсылықов", "Тимур", "Ғаниұлы", "M", "1983-05-17", "101", "2011-11-09", "active"),
    ("Петрова", "Ольга", "Николаевна", "F", "1972-01-25", "101", "2009-06-30", "active"),
    ("Төлеуов", "Мұхтар", "Қайратұлы", "M", "1965-08-04", "101", "2004-03-15", "active"),
    ("Оспанова", "Динара", "Серікқызы", "F", "1995-11-19", "101", "2018-01-27", "active"),
    ("Байжанов", "Ғалымжан", "Әміржанұлы", "M", "1978-09-09", "101", "2013-07-07", "active"),
    ("Смагулова", "Жанар", "Ержанқызы", "F", "1988-02-28", "101", "2014-10-10", "active"),
    ("Шевченко", "Андрей", "Игоревич", "M", "1970-06-13", "101", "2006-02-02", "active"),
    ("Ахметова", "Сәуле", "Нұрланқызы", "F", "1984-04-01", "101", "2012-12-12", "active"),
    ("Есенов", "Дәурен", "Бауыржанұлы", "M", "1993-10-23", "101", "2017-05-05", "active"),
    ("Мұратова", "Мадина", "Асқарқызы", "F", "1997-03-08", "101", "2020-09-20", "active"),
    ("Қасымов", "Бекзат", "Маратұлы", "M", "1981-12-30", "101", "2010-08-18", "suspended"),
    ("Ибраева", "Әсел", "Талғатқызы", "F", "1990-07-07", "101", "2015-03-03", "active"),
    ("Сидоров", "Павел", "Сергеевич", "M", "1962-11-11", "101", "2003-09-09", "active"),
    ("Жұмабекова", "Ләззат", "Ерланқызы", "F", "1975-05-05", "101", "2007-01-15", "active"),
    ("Әлімжанов", "Арман", "Бекұлы", "M", "1986-08-26", "101", "2016-04-04", "active"),
    ("Серікбаева", "Гүлмира", "", "F", "1979-02-14", "101", "2011-06-06", "active"),
    ("Ли", "Виктор", "Алексеевич", "M", "1974-09-21", "101", "2009-10-01", "active"),
    ("Бекмұханова", "Ақбота", "Нұрғалиқызы", "F", "2001-01-31", "101", "2020-02-20", "active"),
    ("Досмұхамедов", "Нұрсұлтан", "Ерболұлы", "M", "1992-06-18", "101", "2018-11-11", "active"),
    ("Рахимова", "Камила", "Рустамовна", "F", "1985-10-05", "101", "2014-02-14", "active"),
    ("Тұрсынов", "Қанат", "Жомартұлы", "M", "1969-03-27", "101", "2005-05-25", "active"),
    ("Кузнецова", "Татьяна", "Михайловна", "F", "1966-07-16", "101", "2004-12-01", "active"),
    ("Омарова", "Жібек", "Қуанышқызы", "F", "1998-12-24", "101", "2019-08-08", "active"),
    ("Мамыров", "Ержан", "Талапұлы", "M", "1977-04-19", "101", "2010-03-30", "active"),
]
# minutes after 08:00 at which the first members on the list came (the rest have not come yet)
MORNING = [5, 12, 19, 31, 44, 58, 63, 71, 85, 97, 104, 118, 126, 139, 151, 166, 172, 188, 199, 214, 237, 251]


def _iin(birth: str, sex: str, serial: int) -> str:
    from polling_station.domain import iin as iin_rules
    year, month, day = birth.split("-")
    century = {("19", "M"): "3", ("19", "F"): "4", ("20", "M"): "5", ("20", "F"): "6"}[(year[:2], sex)]
    while True:
        full = iin_rules.with_check_digit(f"{year[2:]}{month}{day}{century}{serial:04d}")
        if full:
            return full
        serial += 1


def build_demo_station(folder: Path):
    """A station on the demo election, open since 08:00, with a morning of check-ins; its clock
    stands at 14:05 on the voting day."""
    from polling_station.paths import DEMO
    from polling_station.services.station import Station

    class Clock:
        now = dt.datetime(2020, 10, 3, 7, 30, tzinfo=TZ)

        def __call__(self):
            return self.now

    clock = Clock()
    data = json.loads((DEMO / "election.json").read_text(encoding="utf-8"))
    station = Station.create(folder / "station-101.db", data, "101", chair_name="Асқаров Болат Серікұлы",
                             chair_id="chair", chair_pin="1111", clock=clock)
    chair = station.login("chair", "1111")
    station.add_officer(chair, "sec", "Серікова Айжан", "secretary", "2222")
    station.add_officer(chair, "c1", "Омаров Нұрлан", "clerk", "3333")
    station.add_officer(chair, "c2", "Ли Анна", "clerk", "4444")
    iins = [_iin(p[4], p[3], 120 + i) for i, p in enumerate(PEOPLE)]
    roll = folder / "roll.csv"
    lines = ["iin,surname,given_name,patronymic,birth_date,sex,region,precinct,joined_on,status"]
    lines += [f"{iin},{s},{g},{pat},{b},{sex},almaty,{prec},{joined},{status}"
              for iin, (s, g, pat, sex, b, prec, joined, status) in zip(iins, PEOPLE)]
    roll.write_text("\n".join(lines) + "\n", encoding="utf-8")
    station.import_roll(chair, roll)
    online = folder / "online.csv"
    online.write_text(f"iin,voted_at\n{iins[1]},2020-10-02T10:15:00+06:00\n", encoding="utf-8")
    station.import_online(chair, online)
    for race in station.races:
        station.set_ballots_received(chair, race.id, 600)
    station.run_checklist(chair, "opening", all_yes=True)
    clock.now = dt.datetime(2020, 10, 3, 8, 0, tzinfo=TZ)
    station.open_station(chair)
    desks = [station.login("c1", "3333", desk="2"), station.login("c2", "4444", desk="3")]
    eligible = [iin for iin, p in zip(iins, PEOPLE) if p[5] == "101" and p[7] == "active" and p[6] <= "2020-09-11"
                and iin != iins[0] and iin != iins[1]]
    for n, (minute, iin) in enumerate(zip(MORNING, eligible)):
        clock.now = dt.datetime(2020, 10, 3, 8, 0, tzinfo=TZ) + dt.timedelta(minutes=minute)
        station.check_in(desks[n % 2], iin)
    clock.now = dt.datetime(2020, 10, 3, 11, 40, tzinfo=TZ)
    station.spoil(desks[1], station.races[0].id, 1)
    clock.now = dt.datetime(2020, 10, 3, 14, 5, tzinfo=TZ)
    return station, {"eligible": iins[0], "other_precinct": iins[2], "already": eligible[3]}


def take(outdir: Path, lang: str = "en") -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from polling_station.ui import style
    from polling_station.ui.main_window import MainWindowController
    from polling_station.ui.messages import MessageBridge

    from polling_station.ui.app import install_translators

    app = QApplication.instance() or QApplication(["polling-station-screenshots"])
    translators = install_translators(app, lang) if lang != "en" else []
    style.apply(app)
    outdir.mkdir(parents=True, exist_ok=True)
    saved = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        station, who = build_demo_station(folder)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("desk/name", "2")
        desk = MainWindowController(station, settings, MessageBridge(lang))
        window = desk.window
        window.resize(*SIZE)
        window.show()
        window.activateWindow()

        def shot(name: str) -> None:
            for _ in range(3):
                app.processEvents()
            path = outdir / (f"{name}.png" if lang == "en" else f"{name}-{lang}.png")
            image = window.grab()
            if (image.width(), image.height()) != SIZE:
                # the desk must fit a 1366×768 laptop screen in every language
                raise RuntimeError(f"{name} ({lang}): the window is {image.width()}×{image.height()}, "
                                   f"not {SIZE[0]}×{SIZE[1]}")
            image.save(str(path))
            saved.append(path)

        def scan(iin: str) -> None:
            QTest.keyClicks(app.focusWidget(), iin)
            QTest.keyClick(app.focusWidget(), Qt.Key.Key_Return)

        desk.login.select_officer("c1")
        desk.login.pin_edit.setFocus()
        QTest.keyClicks(desk.login.pin_edit, "3333")
        shot("login")
        QTest.keyClick(desk.login.pin_edit, Qt.Key.Key_Return)
        scan(who["eligible"])
        QTest.keyClick(app.focusWidget(), Qt.Key.Key_Return)
        shot("checkin-success")
        scan(who["other_precinct"])
        shot("checkin-refusal-other-precinct")
        scan(who["already"])
        shot("checkin-refusal-already-checked-in")
        desk.tabs.setCurrentWidget(desk.turnout.form.parentWidget())
        shot("turnout")
        if lang != "en":
            # the count sheet, as the secretary sees it after closing
            chair = station.login("chair", "1111")
            station.run_checklist(chair, "closing", all_yes=True)
            station.close_station(chair)
            desk.lock()
            desk.login.select_officer("sec")
            desk.login.pin_edit.setFocus()
            QTest.keyClicks(desk.login.pin_edit, "2222")
            QTest.keyClick(desk.login.pin_edit, Qt.Key.Key_Return)
            desk.tabs.setCurrentWidget(desk.counting)
            desk.counting.refresh()
            shot("count")
        # the translators go while the station is still open: every page retranslates from it
        for translator in translators:
            app.removeTranslator(translator)
        for _ in range(3):
            app.processEvents()
        window.close()
        station.close_db()
    return saved


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) not in (1, 2):
        print("usage: python3 -m polling_station.ui.screenshots OUTDIR [kk|ru]", file=sys.stderr)
        return 2
    for path in take(Path(argv[0]), argv[1] if len(argv) == 2 else "en"):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
