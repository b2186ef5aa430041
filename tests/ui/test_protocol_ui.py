"""The Protocol tab on the real forms, a real station file brought to COUNTED through the services,
real keys from a trial CA and real PDFs: the chair previews, signs, exports and prints the way
the chair would, through the file dialogs and the password dialog."""
import errno
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QSpinBox

from polling_station.exchange import package
from polling_station.exchange.package import verify_package
from polling_station.ui import protocol
from polling_station.ui.protocol_print import load_pdf, sheets_per_copy
from tests.reports.protocol_fixtures import CITY, KEY_PASSWORD, drive_to_counted, other_signers, pki  # noqa: F401
from tests.ui.conftest import log_in, make_desk, type_text

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
CITY_NAME = "Алматы қалалық мәслихаты / Алматинский городской маслихат"


@pytest.fixture
def counted(tmp_path):
    st = drive_to_counted(tmp_path / "station.db")
    yield st
    st.close_db()


@pytest.fixture
def usb(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def open_tab(qtbot, station, settings, officer="chair", pin="1111"):
    """The desk's window with the Protocol tab installed, the officer logged in, the tab in front."""
    desk = make_desk(qtbot, station, settings)
    page = desk.protocol
    log_in(qtbot, desk, officer, pin)
    desk.tabs.setCurrentWidget(page)
    qtbot.waitUntil(page.isVisible)
    return desk, page


def choose_files(monkeypatch, key, folder, certificate=None):
    """What the chair picks in the file dialogs: the key (or the CA's certificate) and the folder."""

    def open_file(parent, caption, start="", filters="", *args, **kwargs):
        wanted = certificate if certificate is not None and "Certificates" in filters else key
        return str(wanted), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_file))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kwargs: str(folder)))


def sign(qtbot, page, password, reason=None):
    """Press the finalize button and fill the password dialog; returns the dialog's controller."""
    qtbot.mouseClick(page.finalize_button, Qt.MouseButton.LeftButton)
    dialog = page.key_dialog
    assert dialog is not None and dialog.dialog.isVisible()
    if reason is not None:
        type_text(dialog.reason_edit, reason)
    dialog.password_edit.setFocus()
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    return dialog


def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True, timeout=60).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def gate_texts(page):
    return [page.gate_list.item(i).text() for i in range(page.gate_list.count())]


def test_the_protocol_tab_follows_the_count_and_what_other_desks_record(qtbot, counted, settings):
    chair = counted.login("chair", "1111")
    counted.reopen_count(chair, CITY)
    desk, page = open_tab(qtbot, counted, settings)
    titles = [desk.tabs.tabText(i) for i in range(desk.tabs.count())]
    assert titles.count("Protocol") == 1 and titles.index("Protocol") == titles.index("Count") + 1
    assert not page.finalize_button.isEnabled()
    # the chair's other desk recounts and marks the station counted; this one catches up on its clock
    clerk, secretary = counted.login("c1", "3333"), counted.login("sec", "2222")
    ids = counted.race_info(CITY).candidate_ids
    sheet = {"race": CITY, "unused": 97, "found_in_box": 2, "invalid": 0,
             "votes": {cid: (2 if i == 0 else 1 if i == 1 else 0) for i, cid in enumerate(ids)}}
    counted.enter_count(clerk, CITY, sheet, 1)
    counted.enter_count(secretary, CITY, sheet, 2)
    counted.explain_relation(chair, CITY, "CR10", "Бір сайлаушы қателесті / избиратель ошибся")
    counted.mark_counted(chair)
    desk.refresh_timer.timeout.emit()
    assert page.finalize_button.isEnabled() and page.selected() == protocol.DRAFT


def test_once_the_count_is_closed_the_chair_and_secretary_start_at_the_protocol_and_clerks_at_check_in(
        qtbot, counted, settings):
    desk = make_desk(qtbot, counted, settings)
    log_in(qtbot, desk, "chair", "1111")
    assert desk.tabs.currentWidget() is desk.protocol
    desk.lock()
    log_in(qtbot, desk, "sec", "2222")
    assert desk.tabs.currentWidget() is desk.protocol
    desk.lock()
    log_in(qtbot, desk, "c1", "3333")
    assert desk.tabs.currentWidget() is desk.checkin.form.parentWidget()


def test_before_the_count_is_closed_the_page_says_what_blocks_the_protocol(qtbot, counted, settings):
    chair = counted.login("chair", "1111")
    counted.reopen_count(chair, CITY)
    _desk, page = open_tab(qtbot, counted, settings)
    assert counted.state == "CLOSED"
    assert "the chair marks the station counted on the Count tab" in page.state_label.text()
    assert page.gate_list.isVisible()
    assert gate_texts(page) == [f"Race «{CITY_NAME}» has no agreed count yet: both entries of its count sheet "
                                "must agree."]
    assert not page.finalize_button.isEnabled() and not page.print_button.isEnabled()
    assert not page.versions_list.isVisible()
    assert page.preview_stack.currentWidget() is not page.preview_pdf_page
    assert "once the station is counted" in page.preview_placeholder.text()


def test_the_draft_of_a_counted_station_is_previewed(qtbot, counted, settings):
    _desk, page = open_tab(qtbot, counted, settings)
    assert gate_texts(page) == [] and not page.gate_list.isVisible()
    assert "may sign and finalize" in page.state_label.text()
    assert page.selected() == protocol.DRAFT
    assert page.preview_stack.currentWidget() is page.preview_pdf_page
    assert page.document.status() == QPdfDocument.Status.Ready
    assert page.document.pageCount() > 0
    assert page.view.document() is page.document
    assert page.preview_caption.text().startswith(f"Draft of version 1, {page.document.pageCount()} page(s)")
    assert page.finalize_button.isEnabled()
    # a draft is never printed: what reaches the wall is signed
    assert not page.print_button.isEnabled()


def test_the_chair_signs_and_finalizes_through_the_dialogs(qtbot, counted, settings, pki, usb, monkeypatch):
    desk, page = open_tab(qtbot, counted, settings)
    choose_files(monkeypatch, pki.chair_p12, usb)
    sign(qtbot, page, KEY_PASSWORD)
    assert counted.state == "FINALIZED"
    written = usb / "protocol-101-v1.zip"
    verdict = verify_package(written, [pki.ca_pem])
    assert verdict.ok, verdict.problems
    assert [p.name for p in usb.iterdir()] == [written.name]
    assert page.key_dialog is None
    message = desk.ctx.messages.last
    assert message.level == "info" and "Protocol version 1 is signed by Асқаров Болат" in message.text
    assert str(written) in desk.banner.text()
    # the page now shows the signed version; what is left to do is print, export, reissue or correct
    assert page.selected() == 1 and page.shown_key == (1,)
    assert page.document.pageCount() > 0 and "signed" in page.preview_caption.text()
    assert "version 1 is signed" in page.state_label.text()
    assert page.finalize_button.text().replace("&", "") == "Sign again with the same counts…"
    assert page.correct_button.isEnabled() and page.export_button.isEnabled() and page.print_button.isEnabled()
    # the paths are remembered for next time; the password is not written anywhere
    settings.sync()
    stored = Path(settings.fileName()).read_text(encoding="utf-8")
    assert str(pki.chair_p12) in stored and KEY_PASSWORD not in stored


def test_a_wrong_password_is_said_in_the_dialog_and_changes_nothing(qtbot, counted, settings, pki, usb,
                                                                    monkeypatch):
    _desk, page = open_tab(qtbot, counted, settings)
    choose_files(monkeypatch, pki.chair_p12, usb)
    dialog = sign(qtbot, page, "not-the-password")
    assert dialog.dialog.isVisible()
    assert dialog.message_label.text() == f"The password does not open the key file {pki.chair_p12}."
    assert dialog.password_edit.text() == "" and dialog.dialog.focusWidget() is dialog.password_edit
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password
    assert counted.state == "COUNTED" and counted.protocols() == []
    assert list(usb.iterdir()) == []
    # the chair types it again, right this time, in the same dialog
    qtbot.keyClicks(dialog.password_edit, KEY_PASSWORD)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert counted.state == "FINALIZED" and verify_package(usb / "protocol-101-v1.zip", [pki.ca_pem]).ok


@pytest.mark.parametrize("key, trusted, says", [
    ("self_signed_p12", False, "has a self-signed certificate: no reader would trust its signature"),
    ("auth_p12", False, "is not a signing key"),
    ("stranger_p12", True, "is not issued by a certification authority this station trusts"),
])
def test_a_key_that_must_not_sign_is_refused_with_its_reason(qtbot, counted, settings, pki, usb, monkeypatch,
                                                             key, trusted, says):
    _desk, page = open_tab(qtbot, counted, settings)
    choose_files(monkeypatch, getattr(pki, key), usb, certificate=pki.ca_pem if trusted else None)
    qtbot.mouseClick(page.finalize_button, Qt.MouseButton.LeftButton)
    dialog = page.key_dialog
    if trusted:
        qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
        assert dialog.trust_label.text() == str(pki.ca_pem)
    qtbot.keyClicks(dialog.password_edit, KEY_PASSWORD)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert dialog.dialog.isVisible()
    assert says in dialog.message_label.text()
    assert counted.state == "COUNTED" and counted.protocols() == [] and list(usb.iterdir()) == []


VANISHED = "The folder {folder} is no longer there (was the USB stick removed?). Insert it again and export again."
READ_ONLY = ("The folder {folder} cannot be written to (read-only or no permission). Choose another folder or unlock "
             "the USB stick.")


@pytest.mark.parametrize("target, says", [("under_a_file", VANISHED), ("vanished", VANISHED),
                                          ("read_only", READ_ONLY)])
def test_a_folder_that_cannot_take_the_package_is_said_and_nothing_is_signed(qtbot, counted, settings, pki,
                                                                            tmp_path, monkeypatch, target, says):
    if target == "under_a_file":
        blocker = tmp_path / "not-a-folder.txt"
        blocker.write_text("a file where the stick's folder should be", encoding="utf-8")
        folder = blocker / "usb"
    else:
        folder = tmp_path / "stick"
        folder.mkdir()
    if target == "read_only":
        # a locked stick (the tests may run as root, whom file permissions do not stop)
        real_mkstemp = package.tempfile.mkstemp

        def locked(*args, dir=None, **kwargs):
            if Path(dir) == folder:
                raise OSError(errno.EROFS, "Read-only file system")
            return real_mkstemp(*args, dir=dir, **kwargs)

        monkeypatch.setattr(package.tempfile, "mkstemp", locked)
    _desk, page = open_tab(qtbot, counted, settings)
    choose_files(monkeypatch, pki.chair_p12, folder)
    qtbot.mouseClick(page.finalize_button, Qt.MouseButton.LeftButton)
    dialog = page.key_dialog
    if target == "vanished":
        folder.rmdir()  # the stick is pulled out while the chair types the password
    qtbot.keyClicks(dialog.password_edit, KEY_PASSWORD)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert dialog.dialog.isVisible()
    assert dialog.message_label.text() == says.format(folder=folder)
    assert counted.state == "COUNTED" and counted.protocols() == []
    # another stick, chosen in the same dialog, takes it
    other = tmp_path / "other-stick"
    other.mkdir()
    choose_files(monkeypatch, pki.chair_p12, other)
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert dialog.folder_label.text() == str(other / "protocol-101-v1.zip")
    qtbot.keyClicks(dialog.password_edit, KEY_PASSWORD)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert verify_package(other / "protocol-101-v1.zip", [pki.ca_pem]).ok


def test_a_stick_that_fills_up_keeps_the_signed_version_for_export_again(qtbot, counted, settings, pki, usb,
                                                                        tmp_path, monkeypatch):
    desk, page = open_tab(qtbot, counted, settings)
    choose_files(monkeypatch, pki.chair_p12, usb)

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(package.os, "write", full)
        sign(qtbot, page, KEY_PASSWORD)
    # signed and stored, so the dialog is done; the banner says what is missing
    assert page.key_dialog is None
    assert counted.state == "FINALIZED" and [v["version"] for v in counted.protocols()] == [1]
    assert list(usb.iterdir()) == []
    assert desk.ctx.messages.last.text.splitlines() == [
        f"There is no room left in {usb}. Free some space or choose another USB stick.",
        "Protocol version 1 is signed and stored, but its package was not saved: save it with Export again."]
    assert "Its package has not been saved yet" in page.versions_list.item(0).text()
    second = tmp_path / "second-stick"
    second.mkdir()
    choose_files(monkeypatch, pki.chair_p12, second)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.key_dialog.password_edit, KEY_PASSWORD)
    qtbot.mouseClick(page.key_dialog.sign_button, Qt.MouseButton.LeftButton)
    assert verify_package(second / "protocol-101-v1.zip", [pki.ca_pem]).ok
    assert "Its package has not been saved yet" not in page.versions_list.item(0).text()


@pytest.mark.parametrize("officer, pin", [("c1", "3333"), ("sec", "2222")])
def test_only_the_chair_may_sign_correct_and_export(qtbot, counted, settings, pki, tmp_path, officer, pin):
    counted.finalize(counted.login("chair", "1111"), pki.chair_p12, KEY_PASSWORD, tmp_path / "p.zip",
                     "")
    _desk, page = open_tab(qtbot, counted, settings, officer, pin)
    assert not page.finalize_button.isEnabled()
    assert not page.correct_button.isEnabled()
    assert not page.export_button.isEnabled()
    assert page.role_note.isVisible() and "Only the chair signs" in page.role_note.text()
    # the signed protocol is public: any member of the commission may look at it and print it
    assert page.selected() == 1 and page.document.pageCount() > 0
    assert page.print_button.isEnabled()


def test_the_draft_is_not_offered_to_a_clerk_for_signing(qtbot, counted, settings):
    _desk, page = open_tab(qtbot, counted, settings, "c1", "3333")
    assert page.selected() == protocol.DRAFT and page.document.pageCount() > 0
    assert not page.finalize_button.isEnabled() and not page.print_button.isEnabled()


def test_two_copies_are_printed_whole_and_in_order(qtbot, counted, settings, pki, tmp_path):
    counted.finalize(counted.login("chair", "1111"), pki.chair_p12, KEY_PASSWORD, tmp_path / "p.zip")
    desk, page = open_tab(qtbot, counted, settings)
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(72)  # the pages' count is checked, not their sharpness
    page.printer = printer
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    dialog = page.print_dialog
    # one for the wall and one for the observer still in the room
    copies = dialog.findChild(QSpinBox, "copies")
    assert copies.value() == 2
    dialog.accept()
    signed = load_pdf(counted.protocol_pdf(1))
    pages = signed.pageCount()
    assert pages > 1
    assert pdf_pages(out) == 2 * pages
    assert desk.ctx.messages.last.text == (f"Protocol version 1 was sent to the printer: 2 copy(ies) of {pages} "
                                           "page(s).")
    # the copies are collated: the first page of the second copy is the first page again
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(out), "-"], capture_output=True).stdout
    again = subprocess.run(["pdftotext", "-f", str(pages + 1), "-l", str(pages + 1), str(out), "-"],
                           capture_output=True).stdout
    assert first == again


def test_on_a_duplex_printer_each_copy_starts_on_its_own_sheet():
    assert [sheets_per_copy(pages, duplex=True) for pages in (1, 5, 6)] == [2, 6, 6]
    assert [sheets_per_copy(pages, duplex=False) for pages in (1, 5, 6)] == [1, 5, 6]


def test_the_package_is_exported_again_to_another_stick(qtbot, counted, settings, pki, tmp_path, monkeypatch):
    counted.finalize(counted.login("chair", "1111"), pki.chair_p12, KEY_PASSWORD, tmp_path / "first.zip")
    desk, page = open_tab(qtbot, counted, settings)
    second = tmp_path / "second-stick"
    second.mkdir()
    choose_files(monkeypatch, pki.chair_p12, second)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog = page.key_dialog
    assert not dialog.trust_button.isVisible() and not dialog.reason_edit.isVisible()
    qtbot.keyClicks(dialog.password_edit, KEY_PASSWORD)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert verify_package(second / "protocol-101-v1.zip", [pki.ca_pem]).ok
    assert "The package of protocol version 1 is saved as" in desk.ctx.messages.last.text


def test_a_reissue_needs_a_reason_and_keeps_the_first_version(qtbot, counted, settings, pki, tmp_path, usb,
                                                              monkeypatch):
    counted.finalize(counted.login("chair", "1111"), pki.chair_p12, KEY_PASSWORD, tmp_path / "first.zip")
    _desk, page = open_tab(qtbot, counted, settings)
    choose_files(monkeypatch, pki.chair_p12, usb)
    qtbot.mouseClick(page.finalize_button, Qt.MouseButton.LeftButton)
    dialog = page.key_dialog
    assert dialog.reason_edit.isVisible()
    qtbot.keyClicks(dialog.password_edit, KEY_PASSWORD)
    assert not dialog.sign_button.isEnabled()  # no reason yet
    dialog.password_edit.clear()
    sign_reason = "Қабырғадағы көшірме жыртылды / копия на стене порвана"
    type_text(dialog.reason_edit, sign_reason)
    qtbot.keyClicks(dialog.password_edit, KEY_PASSWORD)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert [(v["version"], v["reason"]) for v in counted.protocols()] == [(1, ""), (2, sign_reason)]
    assert verify_package(usb / "protocol-101-v2.zip", [pki.ca_pem]).ok
    assert page.selected() == 2
    assert sign_reason in page.versions_list.item(0).text()
    page.versions_list.setCurrentRow(1)
    assert page.shown_key == (1,) and page.print_button.isEnabled()


def test_another_signer_is_asked_for_the_reason_and_the_protocol_states_it(qtbot, counted, settings, pki,
                                                                          other_signers, tmp_path, usb, monkeypatch):
    from polling_station.ui import protocol_dialogs
    counted.finalize(counted.login("chair", "1111"), pki.chair_p12, KEY_PASSWORD, tmp_path / "first.zip")
    desk, page = open_tab(qtbot, counted, settings)
    choose_files(monkeypatch, other_signers.deputy_p12, usb)
    asked = []
    answers = iter([None, "Төраға ауырып қалды / председатель заболел"])

    def ask(parent, why):
        asked.append(why)
        return next(answers)
    monkeypatch.setattr(protocol_dialogs, "ask_signer_change_reason", ask)
    sign(qtbot, page, KEY_PASSWORD, reason="Көшірме жыртылды / копия порвана")
    # the chair cancelled the question: nothing is signed, and the refusal says why
    assert len(asked) == 1 and "Асқаров Болат" in asked[0]
    assert [v["version"] for v in counted.protocols()] == [1]
    assert desk.ctx.messages.last.level == "error"
    dialog = page.key_dialog
    qtbot.keyClicks(dialog.password_edit, KEY_PASSWORD)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    assert [v["version"] for v in counted.protocols()] == [1, 2]
    assert verify_package(usb / "protocol-101-v2.zip", [pki.ca_pem]).ok
    assert counted.protocol_signer(2).iin == "760212350620"  # the deputy's key
    files = package.read_package(usb / "protocol-101-v2.zip")
    name = next(n for n in files.names if n.endswith("protocol.json"))
    stated = json.loads(files.get(name))["signer_change"]
    assert stated["reason"] == "Төраға ауырып қалды / председатель заболел"


def test_a_correction_sends_the_commission_back_to_the_count(qtbot, counted, settings, pki, tmp_path, usb,
                                                             monkeypatch):
    counted.finalize(counted.login("chair", "1111"), pki.chair_p12, KEY_PASSWORD, tmp_path / "first.zip")
    desk, page = open_tab(qtbot, counted, settings)
    qtbot.mouseClick(page.correct_button, Qt.MouseButton.LeftButton)
    dialog = page.correction_dialog
    assert not dialog.reopen_button.isEnabled()
    reason = "Аудандық сайлау қайта саналды / пересчёт по району"
    type_text(dialog.reason_edit, reason)
    qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    assert counted.state == "COUNTED"
    assert "back to COUNTED" in desk.ctx.messages.last.text
    assert desk.ctx.messages.last.text.endswith("sign version 2 here.")
    assert "chair may sign version 2" in page.state_label.text()
    assert page.selected() == protocol.DRAFT
    assert page.finalize_button.isEnabled()
    # the corrected version carries the reason given when the protocol was reopened
    choose_files(monkeypatch, pki.chair_p12, usb)
    qtbot.mouseClick(page.finalize_button, Qt.MouseButton.LeftButton)
    assert not page.key_dialog.reason_edit.isVisible()
    sign_dialog = page.key_dialog
    qtbot.keyClicks(sign_dialog.password_edit, KEY_PASSWORD)
    qtbot.mouseClick(sign_dialog.sign_button, Qt.MouseButton.LeftButton)
    assert [(v["version"], v["reason"]) for v in counted.protocols()] == [(1, ""), (2, reason)]
    assert verify_package(usb / "protocol-101-v2.zip", [pki.ca_pem]).ok
    assert page.selected() == 2


def test_screenshots_of_the_preview_and_the_password_dialog(qtbot, counted, settings, pki, usb, tmp_path,
                                                            monkeypatch):
    desk, page = open_tab(qtbot, counted, settings)
    qtbot.wait(1500)  # QtPdf renders the visible pages in the background
    preview_png = tmp_path / "protocol_gui_preview.png"
    assert desk.window.grab().save(str(preview_png))

    choose_files(monkeypatch, pki.chair_p12, usb)
    qtbot.mouseClick(page.finalize_button, Qt.MouseButton.LeftButton)
    dialog = page.key_dialog
    qtbot.waitExposed(dialog.dialog)
    qtbot.keyClicks(dialog.password_edit, "wrong")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.password_edit, "secret")
    qtbot.wait(100)
    password_png = tmp_path / "protocol_gui_password.png"
    assert dialog.dialog.grab().save(str(password_png))
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, KEY_PASSWORD)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert counted.state == "FINALIZED"

    # the main window grows to fit its message banner; the page is shown as the chair sees it after
    desk.ctx.messages.clear()
    qtbot.wait(100)
    desk.window.resize(1366, 768)
    qtbot.wait(1500)
    finalized_png = tmp_path / "protocol_gui_finalized.png"
    assert desk.window.grab().save(str(finalized_png))

    from PySide6.QtGui import QImage
    for path in (preview_png, finalized_png):
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1366, 768)
    if os.environ.get("PS_SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        for path in (preview_png, password_png, finalized_png):
            shutil.copyfile(path, SCREENSHOTS / path.name)
