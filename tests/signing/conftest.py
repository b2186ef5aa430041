"""Real keys and real PDFs for the signing tests, made once per session (RSA keys are slow)."""
from __future__ import annotations

import datetime as dt
import io
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from polling_station.signing import keys, pades

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
KAZAKH_TITLE = "Хаттама — Протокол ӘҒҚҢӨҰҮҺІ"
CHAIR_IIN = "871008401427"
CA_PASSWORD = b"branch-office-ca"
KEY_PASSWORD = b"chair-key-1"


@dataclass(frozen=True)
class Ca:
    p12: Path
    pem: Path
    password: bytes


@dataclass(frozen=True)
class Key:
    p12: Path
    pem: Path
    password: bytes


@pytest.fixture(scope="session")
def pki_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pki")


@pytest.fixture(scope="session")
def trial_ca(pki_dir) -> Ca:
    files = keys.make_ca("Алматы қалалық филиалы — сынақ КО", pki_dir / "branch-ca", CA_PASSWORD)
    return Ca(files.p12, files.pem, CA_PASSWORD)


@pytest.fixture(scope="session")
def chair_key(trial_ca, pki_dir) -> Key:
    p12 = keys.issue_key(trial_ca.p12, trial_ca.password, "ҚҰДАЙБЕРГЕНОВ Әлібек", pki_dir / "chair.p12",
                         KEY_PASSWORD, iin=CHAIR_IIN)
    return Key(p12, p12.with_suffix(".pem"), KEY_PASSWORD)


@pytest.fixture(scope="session")
def other_ca(pki_dir) -> Ca:
    files = keys.make_ca("Unknown office CA", pki_dir / "other-ca", CA_PASSWORD)
    return Ca(files.p12, files.pem, CA_PASSWORD)


@pytest.fixture(scope="session")
def stranger_key(other_ca, pki_dir) -> Key:
    """A well-formed key from a CA the branch office does not trust."""
    p12 = keys.issue_key(other_ca.p12, other_ca.password, "Бөтен Адам", pki_dir / "stranger.p12",
                         KEY_PASSWORD, iin="760212350620")
    return Key(p12, p12.with_suffix(".pem"), KEY_PASSWORD)


@pytest.fixture(scope="session")
def odd_key(trial_ca, pki_dir):
    """Issue a key from the trial CA with any key usage and validity, to exercise refusals."""
    ca_key, ca_cert = keys._load_ca(trial_ca.p12, trial_ca.password)
    counter = iter(range(1000))

    def issue(*, key_usage: dict[str, bool] | None, extended=(ExtendedKeyUsageOID.EMAIL_PROTECTION,),
              not_before: dt.datetime | None = None, not_after: dt.datetime | None = None) -> Key:
        now = dt.datetime.now(dt.timezone.utc)
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        cert = keys._issue_certificate(
            ca_key, ca_cert, x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Тест")]),
            key.public_key(),
            not_before=not_before or now - dt.timedelta(minutes=5),
            not_after=not_after or now + dt.timedelta(days=30),
            key_usage=keys._key_usage(**key_usage) if key_usage is not None else None,
            extended_key_usage=list(extended) if extended else None,
        )
        path = pki_dir / f"odd-{next(counter)}.p12"
        path.write_bytes(keys._pkcs12("Тест", key, cert, (ca_cert,), KEY_PASSWORD))
        return Key(path, path.with_suffix(".pem"), KEY_PASSWORD)

    return issue


@pytest.fixture(scope="session")
def protocol_pdf() -> bytes:
    """A one-page protocol with DejaVu Sans embedded; uncompressed so a test can edit its text."""
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU)))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName="DejaVuSans", pageCompression=0)
    canvas.setFont("DejaVuSans", 16)
    canvas.drawString(72, 760, KAZAKH_TITLE)
    canvas.setFont("DejaVuSans", 11)
    canvas.drawString(72, 730, "Учаскелік сайлау комиссиясы № 0101 / Участковая избирательная комиссия № 0101")
    canvas.drawString(72, 710, "2 — бюллетеньдер алынды / получено бюллетеней: 1200")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.fixture(scope="session")
def signed_pdf(protocol_pdf, chair_key) -> bytes:
    return pades.sign_pdf(protocol_pdf, chair_key.p12, chair_key.password,
                          reason="Төрағаның қолы / Подпись председателя", location="Алматы")


@pytest.fixture(scope="session")
def nss_trusting(tmp_path_factory, trial_ca) -> Path:
    """An NSS database (as pdfsig reads) where the trial CA is a trusted issuer."""
    directory = tmp_path_factory.mktemp("nss-trusting")
    _certutil("-N", "--empty-password", "-d", f"sql:{directory}")
    _certutil("-A", "-n", "trial-ca", "-t", "CT,C,C", "-i", str(trial_ca.pem), "-d", f"sql:{directory}")
    return directory


@pytest.fixture(scope="session")
def nss_empty(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("nss-empty")
    _certutil("-N", "--empty-password", "-d", f"sql:{directory}")
    return directory


@pytest.fixture
def pdfsig(tmp_path):
    """Run poppler's pdfsig on PDF bytes; return its text (it exits 0 even on a digest mismatch)."""

    def run(pdf_bytes: bytes, nss_dir: Path) -> str:
        path = tmp_path / "checked.pdf"
        path.write_bytes(pdf_bytes)
        result = subprocess.run(["pdfsig", "-nssdir", f"sql:{nss_dir}", str(path)],
                                capture_output=True, text=True, timeout=60)
        return result.stdout + result.stderr

    return run


def flip(data: bytes, offset: int, mask: int = 0x01) -> bytes:
    changed = bytearray(data)
    changed[offset] ^= mask
    return bytes(changed)


def _certutil(*args: str) -> None:
    subprocess.run(["certutil", *args], check=True, capture_output=True, timeout=60)
