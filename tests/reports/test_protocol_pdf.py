"""The paper protocol, checked with the tools a branch office or an observer would use: poppler's
pdftotext, pdffonts and pdfsig, and a QR decoder (zxing-cpp) on a 150 dpi rendering."""
import re

import pytest

from polling_station.exchange.package import pdf_attachments, scan_pdf_qr
from polling_station.reports import protocol_model as pm
from polling_station.reports.protocol_pdf import ATTACHMENT_JSON, ATTACHMENT_QR, render_protocol_pdf
from polling_station.signing import pades
from tests.reports.protocol_fixtures import (KEY_PASSWORD, big_inputs, nss_trusting_ca, pdffonts, pdfsig,  # noqa: F401
                                             pdftotext, pki, sample_inputs)

LABELS = [
    "ХАТТАМА", "ПРОТОКОЛ", "сайлау учаскесі", "избирательный участок", "бюллетень", "бюллетеней",
    "Жарамсыз", "недействительных", "Бүлінген", "испорченных", "Пайдаланылмаған (өтелген)",
    "неиспользованных (погашенных)", "Сайлау жәшігінен", "ящике для голосования", "Төраға", "Председатель",
    "Хатшы", "Секретарь", "Комиссия мүшесі", "Член комиссии", "Байқаушы", "Наблюдатель", "Қолы", "Подпись",
]


@pytest.fixture(scope="module")
def model():
    return pm.build_protocol(**sample_inputs())


@pytest.fixture(scope="module")
def pdf_file(model, tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "protocol.pdf"
    path.write_bytes(render_protocol_pdf(model))
    return path


def pages_of(pdf_file):
    return [p for p in pdftotext(pdf_file).split("\f") if p.strip()]


def test_the_text_reads_back_in_kazakh_and_russian(pdf_file, model):
    text = pdftotext(pdf_file)
    for label in LABELS:
        assert label in text, label
    for candidate in model.races[0].candidates:
        assert candidate.surname in text
    assert "Құдайбергенов" in text and "Ыбырайқызы" in text
    assert "03.10.2020 23:41" in text


def test_every_page_says_page_x_of_y_and_carries_the_signing_time(pdf_file):
    pages = pages_of(pdf_file)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"бет {number} / {len(pages)} — стр. {number} из {len(pages)}" in page
        assert "Подписан: 03.10.2020 23:41" in page
        assert "Төраға / Председатель" in page and "Хатшы / Секретарь" in page


def test_the_sha256_of_the_machine_protocol_is_printed_in_groups(pdf_file, model):
    sha = pm.sha256_hex(pm.to_machine_json(model))
    text = " ".join(pdftotext(pdf_file).split())
    groups = pm.hash_groups(sha).split()
    assert " ".join(groups[:8]) in text and " ".join(groups[8:]) in text


def test_every_font_is_embedded(pdf_file):
    fonts = pdffonts(pdf_file)
    assert fonts, "no fonts listed"
    assert all(f["emb"] == "yes" for f in fonts), [f["line"] for f in fonts]
    assert not any("Helvetica" in f["name"] for f in fonts)
    assert {f["name"].split("+")[-1] for f in fonts} <= {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono"}


def test_the_pdf_carries_the_machine_protocol_and_the_qr_texts(pdf_file, model):
    attached = pdf_attachments(pdf_file.read_bytes())
    machine = pm.to_machine_json(model)
    assert attached[ATTACHMENT_JSON] == machine
    payloads = pm.qr_payloads(pm.to_machine_dict(model), pm.sha256_hex(machine))
    assert attached[ATTACHMENT_QR].decode("ascii").split() == list(payloads)


def test_the_same_protocol_renders_to_the_same_bytes(model, pdf_file):
    assert render_protocol_pdf(model) == pdf_file.read_bytes()


def test_the_printed_qr_decodes_to_the_same_lines(pdf_file, model):
    machine = pm.to_machine_dict(model)
    sha = pm.sha256_hex(pm.to_machine_json(model))
    scanned = scan_pdf_qr(pdf_file.read_bytes(), dpi=150)
    assert scanned == list(pm.qr_payloads(machine, sha))
    decoded = pm.parse_qr_payloads(scanned)
    assert decoded == pm.qr_summary(machine, sha)
    for race in model.races:
        assert decoded["races"][race.id]["lines"] == list(race.line_values())
        assert decoded["races"][race.id]["votes"] == list(race.votes_by_id())


def test_a_huge_race_prints_several_codes_that_all_decode(tmp_path):
    model = pm.build_protocol(**big_inputs(400))
    path = tmp_path / "big.pdf"
    path.write_bytes(render_protocol_pdf(model))
    machine = pm.to_machine_dict(model)
    sha = pm.sha256_hex(pm.to_machine_json(model))
    scanned = scan_pdf_qr(path.read_bytes(), dpi=150)
    assert len(scanned) == len(pm.qr_payloads(machine, sha)) >= 2
    assert pm.parse_qr_payloads(scanned) == pm.qr_summary(machine, sha)
    assert "Кодтар саны / Число кодов" in pdftotext(path)


def test_a_correction_names_its_reason_and_the_version_it_replaces(tmp_path):
    inputs = sample_inputs()
    inputs.update(version=2, reason="Қайта санау / Пересчёт бюллетеней",
                  supersedes=[pm.PriorVersion(1, "2020-10-03T22:10:00+06:00", "d" * 64)])
    path = tmp_path / "v2.pdf"
    path.write_bytes(render_protocol_pdf(pm.build_protocol(**inputs)))
    text = pdftotext(path)
    assert "уточнённый протокол" in text and "Қайта санау / Пересчёт бюллетеней" in text
    assert "Заменяет версию 1" in text and "dddd dddd" in text
    assert "Нұсқа / Версия 2" in text


def test_poppler_accepts_the_chairs_signature_and_trusts_the_trial_ca(pdf_file, pki, nss_trusting_ca, tmp_path):
    signed = pades.sign_pdf(pdf_file.read_bytes(), pki.chair_p12, KEY_PASSWORD.encode(),
                            reason="Хаттама / Протокол № 101, v1")
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)
    report = pdfsig(path, nss_trusting_ca)
    assert "Signature is Valid." in report
    assert "Certificate is Trusted." in report
    assert "Total document signed" in report
    assert re.search(r"Signer Certificate Common Name: Асқаров Болат", report)
    assert all(f["emb"] == "yes" for f in pdffonts(path))

    changed = bytearray(signed)
    position = signed.index(b"/Producer")
    changed[position + 2] ^= 0x01
    path.write_bytes(bytes(changed))
    assert "Signature is Valid." not in pdfsig(path, nss_trusting_ca)


def test_page_one_states_the_hours_the_signer_and_a_change_of_signer(tmp_path):
    inputs = sample_inputs()
    inputs.update(version=2, reason="Қайта басылды / переиздан",
                  opened_at="2020-10-03T07:00:00+06:00", closed_at="2020-10-03T20:05:00+06:00",
                  signer=pm.SignerNote("Серікова Айжан", "760212350620", "ab" * 32),
                  signer_change=pm.SignerChange("Төраға ауруханада / председатель в больнице",
                                                pm.SignerNote("Асқаров Болат", "871008401427", "cd" * 32), 1))
    path = tmp_path / "protocol.pdf"
    path.write_bytes(render_protocol_pdf(pm.build_protocol(**inputs)))
    first = " ".join(pages_of(path)[0].split())
    for text in ("Участок открыт", "03.10.2020 07:00", "Участок закрыт", "03.10.2020 20:05",
                 "Протокол подписал", "Серікова Айжан", "760212350620", "Смена подписанта", "Асқаров Болат",
                 "871008401427", "Төраға ауруханада / председатель в больнице"):
        assert text in first, text
