"""The chair's PAdES signature on the protocol PDF, and its verification.

Signing appends an incremental update with an invisible signature field (PAdES baseline B-B,
SHA-256, the whole certificate chain embedded) so that any PDF reader, and poppler's ``pdfsig``,
can check it. Verification is stricter than a reader's green tick: the signature must cover the
whole file, chain to a root the caller trusts, and the signature container must be exactly what
was signed.
"""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from asn1crypto import cms as asn1_cms
from asn1crypto import keys as asn1_keys
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric import padding as asym_padding
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError as PyHankoSigningError
from pyhanko.sign.validation import SignatureCoverageLevel, validate_pdf_signature
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko_certvalidator.registry import SimpleCertificateStore
from pyhanko_certvalidator.util import get_pyca_cryptography_hash

from polling_station.signing import trust
from polling_station.signing.keys import KeyBundle, SigningError, cert_iin, load_p12

MESSAGES = {
    "pdf.unreadable": "The file is not a readable PDF.",
    "pdf.already_signed": "The PDF already has a signature in the field «{field}».",
    "pdf.no_signature": "The PDF carries no signature.",
    "pdf.changed_after_signing": "The PDF was extended or changed after it was signed.",
}

DEFAULT_FIELD = "ChairSignature"


@dataclass(frozen=True)
class PdfVerdict:
    intact: bool
    """Every byte of the file is as its signer signed it (nothing changed, nothing appended)."""
    trusted: bool
    """Every signature's certificate chains to one of the trust roots and may sign."""
    signer_cert: x509.Certificate | None
    signer_iin: str | None
    signed_at: dt.datetime | None
    """The time the signer's computer claimed: informative, not proof."""
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.intact and self.trusted and not self.problems


def sign_pdf(pdf_bytes: bytes, p12: Path, password: bytes, *, field_name: str = DEFAULT_FIELD,
             reason: str | None = None, location: str | None = None) -> bytes:
    """Sign ``pdf_bytes`` with the key in ``p12``; raises SigningKeyError for key problems and
    SigningError("pdf.unreadable" | "pdf.already_signed") for document problems."""
    bundle = load_p12(Path(p12), password)
    signer = _signer(bundle)
    meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        reason=reason,
        location=location,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
    )
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    except (PdfError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise SigningError("pdf.unreadable") from exc
    try:
        output = signers.sign_pdf(writer, meta, signer=signer)
    except PyHankoSigningError as exc:
        if _field_is_signed(pdf_bytes, field_name):
            raise SigningError("pdf.already_signed", field=field_name) from exc
        raise
    except PdfError as exc:
        raise SigningError("pdf.unreadable") from exc
    return output.getvalue()


def verify_pdf(pdf_bytes: bytes, trust_roots: Iterable[trust.TrustRoot], *,
               at: dt.datetime | None = None) -> PdfVerdict:
    """Judge every signature of the PDF; never raises for a bad document (only for unreadable
    trust roots). ``at`` checks certificate validity at another moment than now."""
    roots = trust.trust_roots(trust_roots)
    try:
        reader = PdfFileReader(io.BytesIO(pdf_bytes))
        embedded = reader.embedded_regular_signatures
    except Exception:  # noqa: BLE001 — a damaged file can fail anywhere in the parser
        return PdfVerdict(False, False, None, None, None, ["pdf.unreadable"])
    if not embedded:
        return PdfVerdict(False, False, None, None, None, ["pdf.no_signature"])

    problems: list[str] = []
    intact = trusted = True
    signer_cert = signed_at = None
    for position, signature in enumerate(embedded):
        last = position == len(embedded) - 1
        try:
            # A fresh context per signature: a context caches what it validated.
            status = validate_pdf_signature(signature, trust.validation_context(roots, at=at),
                                            key_usage_settings=trust.SIGNER_KEY_USAGE)
        except Exception:  # noqa: BLE001 — pyHanko raises on malformed signature containers
            intact = trusted = False
            problems.append("signature.broken")
            continue
        if last:
            signer_cert = trust.to_crypto_or_none(status.signing_cert)
            signed_at = status.signer_reported_dt
        found = trust.status_problems(status)
        if not (status.intact and status.valid):
            intact = False
        if found or not status.bottom_line:
            trusted = False
            found = found or ["signature.untrusted"]
        if last and status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
            # pyHanko accepts later "allowed" updates (form filling, more signatures);
            # a finalized protocol allows none.
            intact = False
            found.append("pdf.changed_after_signing")
        if not (_container_exact(pdf_bytes, signature)
                and trust.container_canonical(signature.signed_data)):
            intact = False
            found.append("signature.altered_container")
        if not trust.embedded_certificates_intact(signature.signed_data, roots):
            intact = trusted = False
            found.append("signature.altered_certificates")
        problems.extend(code for code in found if code not in problems)
    return PdfVerdict(intact, trusted, signer_cert,
                      cert_iin(signer_cert) if signer_cert is not None else None,
                      signed_at, problems)


def _signer(bundle: KeyBundle) -> signers.SimpleSigner:
    # Built from the already checked bundle: SimpleSigner.load_pkcs12 would decrypt the file a
    # second time and answer None on a wrong password, losing the reason.
    key_der = bundle.key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption())
    return _BundleSigner(
        bundle.key,
        signing_cert=trust.to_asn1(bundle.cert),
        signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
        cert_registry=SimpleCertificateStore.from_certs([trust.to_asn1(c) for c in bundle.chain]),
    )


class _BundleSigner(signers.SimpleSigner):
    """Signs with the key object already loaded: SimpleSigner re-parses the key at every use,
    and OpenSSL's RSA key check costs about 0.1 s each time for a 3072-bit key."""

    def __init__(self, key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey, **kwargs) -> None:
        super().__init__(**kwargs)
        self._key = key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        hash_algorithm = get_pyca_cryptography_hash(digest_algorithm)
        if mechanism == "rsassa_pkcs1v15" and isinstance(self._key, rsa.RSAPrivateKey):
            return self._key.sign(data, asym_padding.PKCS1v15(), hash_algorithm)
        if mechanism == "ecdsa" and isinstance(self._key, ec.EllipticCurvePrivateKey):
            return self._key.sign(data, ec.ECDSA(hash_algorithm))
        return super().sign_raw(data, digest_algorithm)


def _container_exact(pdf_bytes: bytes, signature: EmbeddedPdfSignature) -> bool:
    """The gap the byte range leaves holds the CMS object in hex, then only the zero padding
    reserved at signing: readers skip both the padding and the case of hex digits, unsigned."""
    contents = signature.pkcs7_content
    try:
        used = len(asn1_cms.ContentInfo.load(contents).dump())
        start, length, end, _ = (int(n) for n in signature.byte_range)
    except (ValueError, TypeError):
        return False
    if contents[used:].strip(b"\x00"):
        return False
    written = pdf_bytes[start + length:end]
    hex_digits = contents.hex()
    return written in (b"<" + hex_digits.upper().encode() + b">", b"<" + hex_digits.encode() + b">")


def _field_is_signed(pdf_bytes: bytes, field_name: str) -> bool:
    try:
        reader = PdfFileReader(io.BytesIO(pdf_bytes))
        return any(s.field_name == field_name for s in reader.embedded_signatures)
    except Exception:  # noqa: BLE001 — only used to explain an error already raised
        return False
