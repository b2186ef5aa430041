"""The chair signs the protocol PDF; pyHanko and, independently, poppler's pdfsig check it."""
from __future__ import annotations

import datetime as dt
import io
import subprocess

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers

from polling_station.signing import pades
from polling_station.signing.keys import SigningError, SigningKeyError

from .conftest import CHAIR_IIN, KAZAKH_TITLE, flip


def _validation_lines(pdfsig_text: str) -> list[str]:
    return [line.strip() for line in pdfsig_text.splitlines() if "Validation:" in line]


def test_pdfsig_finds_the_signature_valid_and_the_certificate_trusted(signed_pdf, nss_trusting, pdfsig):
    text = pdfsig(signed_pdf, nss_trusting)
    assert "Signature Field Name: ChairSignature" in text
    assert "Signature is Valid." in text
    assert "Certificate is Trusted." in text
    assert "Total document signed" in text
    assert "serialNumber=IIN" + CHAIR_IIN in text


def test_without_the_ca_pdfsig_does_not_trust_the_certificate(signed_pdf, nss_empty, pdfsig):
    text = pdfsig(signed_pdf, nss_empty)
    assert "Signature is Valid." in text
    assert "Certificate is Trusted." not in text


def test_pyhanko_finds_the_signed_protocol_intact_and_trusted(signed_pdf, trial_ca):
    verdict = pades.verify_pdf(signed_pdf, [trial_ca.pem])
    assert verdict.problems == []
    assert verdict.intact and verdict.trusted and verdict.ok
    assert verdict.signer_iin == CHAIR_IIN
    assert verdict.signer_cert.subject.rfc4514_string().startswith("C=KZ")
    assert verdict.signed_at is not None and verdict.signed_at.tzinfo is not None


def test_trust_roots_may_be_certificate_objects_or_the_chairs_own_certificate(signed_pdf, trial_ca, chair_key):
    ca_cert = x509.load_pem_x509_certificate(trial_ca.pem.read_bytes())
    assert pades.verify_pdf(signed_pdf, [ca_cert]).ok
    assert pades.verify_pdf(signed_pdf, [str(chair_key.pem)]).ok


def test_a_changed_figure_in_the_protocol_breaks_the_signature(signed_pdf, trial_ca, nss_trusting, pdfsig):
    offset = signed_pdf.index(b"Tj") - 3  # inside the first line of text the page draws
    tampered = flip(signed_pdf, offset)
    verdict = pades.verify_pdf(tampered, [trial_ca.pem])
    assert not verdict.intact and not verdict.ok
    assert "signature.broken" in verdict.problems
    text = pdfsig(tampered, nss_trusting)
    assert "Signature is Valid." not in text
    assert any("Invalid" in line or "Mismatch" in line for line in _validation_lines(text)), text


def test_a_changed_date_in_the_document_information_breaks_the_signature(signed_pdf, trial_ca):
    offset = signed_pdf.index(b"/CreationDate (D:") + len(b"/CreationDate (D:") + 3
    verdict = pades.verify_pdf(flip(signed_pdf, offset), [trial_ca.pem])
    assert not verdict.intact and not verdict.ok


def test_a_key_from_another_ca_is_not_trusted(protocol_pdf, stranger_key, trial_ca, other_ca):
    signed = pades.sign_pdf(protocol_pdf, stranger_key.p12, stranger_key.password)
    verdict = pades.verify_pdf(signed, [trial_ca.pem])
    assert verdict.intact and not verdict.trusted and not verdict.ok
    assert verdict.problems == ["signature.untrusted"]
    assert verdict.signer_iin == "760212350620"
    assert pades.verify_pdf(signed, [other_ca.pem]).ok


def test_a_signature_by_a_key_that_may_not_sign_is_not_trusted(protocol_pdf, odd_key, trial_ca):
    # Made with pyHanko directly, as another program would: this app refuses to sign with it.
    key = odd_key(key_usage={"digital_signature": True})
    signer = signers.SimpleSigner.load_pkcs12_data(key.p12.read_bytes(), other_certs=[],
                                                   passphrase=key.password)
    meta = signers.PdfSignatureMetadata(field_name="S", subfilter=fields.SigSeedSubFilter.PADES,
                                        md_algorithm="sha256")
    signed = signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(protocol_pdf)), meta,
                              signer=signer).getvalue()
    verdict = pades.verify_pdf(signed, [trial_ca.pem])
    assert verdict.intact and not verdict.trusted
    assert verdict.problems == ["signature.not_for_signing"]


def test_a_signature_checked_after_the_key_expired_is_not_trusted(signed_pdf, chair_key, trial_ca):
    expiry = x509.load_pem_x509_certificate(chair_key.pem.read_bytes()).not_valid_after_utc
    verdict = pades.verify_pdf(signed_pdf, [trial_ca.pem], at=expiry + dt.timedelta(days=1))
    assert verdict.intact and not verdict.trusted
    assert verdict.problems == ["signature.signer_expired"]


def test_nobody_is_trusted_without_trust_roots(signed_pdf):
    verdict = pades.verify_pdf(signed_pdf, [])
    assert verdict.intact and not verdict.trusted


def test_content_appended_after_the_signature_is_refused(signed_pdf, trial_ca, chair_key):
    appended = signed_pdf + b"\n% a line added after signing\n"
    verdict = pades.verify_pdf(appended, [trial_ca.pem])
    assert not verdict.intact and not verdict.ok
    assert "pdf.changed_after_signing" in verdict.problems

    # A second signature appended in its own revision is legitimate: the last one covers all.
    countersigned = pades.sign_pdf(signed_pdf, chair_key.p12, chair_key.password, field_name="Second")
    assert pades.verify_pdf(countersigned, [trial_ca.pem]).ok  # the last signature covers everything


def test_bytes_changed_in_the_unsigned_parts_of_the_signature_are_caught(signed_pdf, trial_ca, nss_trusting, pdfsig):
    start = signed_pdf.index(b"/Contents <") + len(b"/Contents <")
    end = signed_pdf.index(b">", start)
    hex_digits = signed_pdf[start:end]
    padding = start + len(hex_digits.rstrip(b"0")) + 50
    verdict = pades.verify_pdf(flip(signed_pdf, padding), [trial_ca.pem])
    assert "signature.altered_container" in verdict.problems and not verdict.ok

    # The CA's certificate travels inside the signature; no signature covers that copy.
    ca_der_hex = _ca_der(trial_ca).hex().upper().encode()
    in_copy = start + hex_digits.index(ca_der_hex) + 600
    tampered = bytearray(signed_pdf)
    tampered[in_copy] = ord("0") if tampered[in_copy] != ord("0") else ord("1")
    tampered = bytes(tampered)
    assert "Certificate is Trusted." in pdfsig(tampered, nss_trusting)  # a reader's green tick…
    verdict = pades.verify_pdf(tampered, [trial_ca.pem])
    assert "signature.altered_certificates" in verdict.problems and not verdict.ok  # …is not enough


def test_an_unsigned_pdf_has_no_signature(protocol_pdf, trial_ca):
    verdict = pades.verify_pdf(protocol_pdf, [trial_ca.pem])
    assert verdict.problems == ["pdf.no_signature"] and not verdict.ok


def test_a_damaged_file_is_reported_not_raised(trial_ca):
    verdict = pades.verify_pdf(b"%PDF-1.7\nnot really", [trial_ca.pem])
    assert verdict.problems == ["pdf.unreadable"] and not verdict.ok


def test_signing_with_a_wrong_password_says_so(protocol_pdf, chair_key):
    with pytest.raises(SigningKeyError) as refused:
        pades.sign_pdf(protocol_pdf, chair_key.p12, b"wrong password")
    assert refused.value.code == "key.wrong_password"


def test_a_key_without_digital_signature_usage_cannot_sign(protocol_pdf, odd_key):
    key = odd_key(key_usage={"content_commitment": True})
    with pytest.raises(SigningKeyError) as refused:
        pades.sign_pdf(protocol_pdf, key.p12, key.password)
    assert refused.value.code == "key.not_for_signing"


def test_signing_a_signed_field_again_or_a_non_pdf_is_refused(signed_pdf, chair_key):
    with pytest.raises(SigningError) as again:
        pades.sign_pdf(signed_pdf, chair_key.p12, chair_key.password)
    assert again.value.code == "pdf.already_signed"
    with pytest.raises(SigningError) as garbage:
        pades.sign_pdf(b"not a pdf", chair_key.p12, chair_key.password)
    assert garbage.value.code == "pdf.unreadable"


def test_the_kazakh_text_survives_signing(signed_pdf, tmp_path):
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed_pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert KAZAKH_TITLE in text
    assert "Участковая избирательная комиссия № 0101" in text


def test_the_signature_is_pades_and_embeds_the_whole_chain(signed_pdf, trial_ca):
    signature = PdfFileReader(io.BytesIO(signed_pdf)).embedded_regular_signatures[0]
    assert signature.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert signature.md_algorithm == "sha256"
    assert [c.dump() for c in signature.other_embedded_certs] == [_ca_der(trial_ca)]


def _ca_der(ca) -> bytes:
    return x509.load_pem_x509_certificate(ca.pem.read_bytes()).public_bytes(Encoding.DER)
