"""Whom a verifier trusts, and what a signature status from pyHanko means in the project's words.

Trust is always explicit: the roots a caller passes, never the operating system's list (a
branch office trusts its own CA, or a chair's certificate, and nothing else). Verification is
offline: nothing is fetched, and certificates without revocation information pass ("soft-fail").
"""
from __future__ import annotations

import datetime as dt
import os
import warnings
from pathlib import Path
from typing import Iterable, Union

from asn1crypto import cms as asn1_cms
from asn1crypto import pem as asn1_pem
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.utils import CryptographyDeprecationWarning
from pyhanko.sign.ades.report import AdESFailure, AdESIndeterminate
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import SignatureStatus
from pyhanko_certvalidator import ValidationContext

from polling_station.signing.keys import SigningError, may_sign

MESSAGES = {
    "trust.unreadable": "The file {path} holds no readable certificate.",
    "signature.broken": "The signature does not match the signed content: it was changed after signing.",
    "signature.untrusted": "The signer's certificate does not lead to a trusted certificate.",
    "signature.signer_expired": "The signer's certificate was not valid (expired) at the time of checking.",
    "signature.signer_not_yet_valid": "The signer's certificate was not yet valid at the time of checking.",
    "signature.signer_revoked": "The signer's certificate was revoked.",
    "signature.not_for_signing": "The signer's certificate does not allow signing documents.",
    "signature.altered_certificates": (
        "A certificate carried inside the signature was altered or does not belong to its chain."),
    "signature.altered_container": "Bytes were added to or changed in the signature container.",
}

TrustRoot = Union[x509.Certificate, asn1_x509.Certificate, bytes, str, "os.PathLike[str]"]

# pyHanko keeps only "at least one of" these (it drops match_all_key_usages when it merges
# settings), so signer_problems applies keys.may_sign on top.
SIGNER_KEY_USAGE = KeyUsageConstraints(
    key_usage={"digital_signature", "non_repudiation"},
    match_all_key_usages=True,
)

_TRUST_CODES = {
    AdESFailure.REVOKED: "signature.signer_revoked",
    AdESIndeterminate.REVOKED_NO_POE: "signature.signer_revoked",
    AdESIndeterminate.REVOKED_CA_NO_POE: "signature.signer_revoked",
    AdESIndeterminate.EXPIRED: "signature.signer_expired",
    AdESIndeterminate.OUT_OF_BOUNDS_NO_POE: "signature.signer_expired",
    AdESIndeterminate.OUT_OF_BOUNDS_NOT_REVOKED: "signature.signer_expired",
    AdESFailure.NOT_YET_VALID: "signature.signer_not_yet_valid",
    AdESIndeterminate.NOT_YET_VALID: "signature.signer_not_yet_valid",
    AdESIndeterminate.CHAIN_CONSTRAINTS_FAILURE: "signature.not_for_signing",
    AdESIndeterminate.SIG_CONSTRAINTS_FAILURE: "signature.not_for_signing",
}


def load_certificates(source: TrustRoot) -> list[asn1_x509.Certificate]:
    """Certificates from a cryptography or asn1crypto object, PEM/DER bytes, or a PEM/DER file."""
    if isinstance(source, asn1_x509.Certificate):
        return [source]
    if isinstance(source, x509.Certificate):
        return [to_asn1(source)]
    if isinstance(source, (bytes, bytearray)):
        return _parse_certificates(bytes(source), origin="<bytes>")
    path = Path(source)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SigningError("trust.unreadable", path=str(path)) from exc
    return _parse_certificates(data, origin=str(path))


def trust_roots(sources: Iterable[TrustRoot]) -> list[asn1_x509.Certificate]:
    roots: list[asn1_x509.Certificate] = []
    for source in sources:
        roots.extend(load_certificates(source))
    return roots


def validation_context(sources: Iterable[TrustRoot], *, at: dt.datetime | None = None) -> ValidationContext:
    """An offline context trusting exactly ``sources`` (an empty list trusts nobody)."""
    return ValidationContext(trust_roots=trust_roots(sources), moment=at, allow_fetching=False,
                             revocation_mode="soft-fail")


def status_problems(status: SignatureStatus) -> list[str]:
    """The project's codes for what pyHanko found wrong with one signature, and for a signer
    certificate that may not sign (the same rule as keys.load_p12)."""
    if not (status.intact and status.valid):
        return ["signature.broken"]
    problems = []
    if not status.trusted:
        problems.append(_TRUST_CODES.get(status.trust_problem_indic, "signature.untrusted"))
    if not _may_sign(status.signing_cert) and "signature.not_for_signing" not in problems:
        problems.append("signature.not_for_signing")
    return problems


def _may_sign(cert: asn1_x509.Certificate) -> bool:
    try:
        return may_sign(to_crypto(cert))
    except Exception:  # noqa: BLE001 — damaged extensions fail lazily; embedded_certificates_intact names it
        return False


def embedded_certificates_intact(signed_data: asn1_cms.SignedData,
                                 roots: Iterable[asn1_x509.Certificate]) -> bool:
    """Every certificate shipped inside the signature verifies under its issuer's key.

    CMS leaves the certificate set outside what the signer signs, and path building can succeed
    through the verifier's own copy of the CA; without this check a changed byte in the shipped
    copy would go unnoticed.
    """
    try:
        choices = list(signed_data["certificates"] or ())
        shipped = [to_crypto(c.chosen) for c in choices if c.name == "certificate"]
        if len(shipped) != len(choices):
            return False  # attribute certificates and others: never produced by this project
        candidates = [*shipped, *(to_crypto(c) for c in roots)]
        for cert in shipped:
            issuers = [c for c in candidates if c.subject == cert.issuer]
            if not any(_signed_by(cert, issuer) for issuer in issuers):
                return False
    except Exception:  # noqa: BLE001 — cryptography raises many kinds on altered certificates
        return False
    return True


def container_canonical(signed_data: asn1_cms.SignedData) -> bool:
    """The parts of a CMS SignedData that no signature covers hold exactly what the signer wrote.

    Version numbers, the digest algorithm list, a certificate's outer algorithm and its
    signature's padding bits can change without breaking any signature; a package in which any
    byte changed must still fail, so they must agree with the signed parts (RFC 5652 § 5).
    """
    try:
        signer_infos = list(signed_data["signer_infos"])
        if len(signer_infos) != 1:
            return False
        signer_info = signer_infos[0]
        sid_version = {"issuer_and_serial_number": "v1", "subject_key_identifier": "v3"}
        if signer_info["version"].native != sid_version.get(signer_info["sid"].name):
            return False
        data_content = signed_data["encap_content_info"]["content_type"].native == "data"
        expected = "v1" if signer_info["version"].native == "v1" and data_content else "v3"
        if signed_data["version"].native != expected:
            return False
        digest_algorithms = list(signed_data["digest_algorithms"])
        if [a.dump() for a in digest_algorithms] != [signer_info["digest_algorithm"].dump()]:
            return False
        if signed_data["crls"].native is not None or signer_info["unsigned_attrs"].native is not None:
            return False  # never produced here, and covered by nothing
        certificates = [choice.chosen for choice in signed_data["certificates"] or ()]
        sid = signer_info["sid"]
        if sid.name == "issuer_and_serial_number":
            # Names match by RFC 5280 rules (case-insensitive): ask for the very same bytes.
            wanted = (sid.chosen["issuer"].dump(), sid.chosen["serial_number"].native)
            if not any((c["tbs_certificate"]["issuer"].dump(), c.serial_number) == wanted
                       for c in certificates):
                return False
        for cert in certificates:
            if cert["signature_algorithm"].dump() != cert["tbs_certificate"]["signature"].dump():
                return False
            if cert["signature_value"].contents[:1] != b"\x00":
                return False  # the count of unused bits in the signature's BIT STRING
    except (ValueError, TypeError, KeyError, AttributeError):
        return False
    return True


def to_asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER))


def to_crypto(cert: asn1_x509.Certificate) -> x509.Certificate:
    with warnings.catch_warnings():
        # cryptography only warns on some malformed certificates (a negative serial number);
        # in a signature under verification that is damage.
        warnings.simplefilter("error", CryptographyDeprecationWarning)
        return x509.load_der_x509_certificate(cert.dump())


def to_crypto_or_none(cert: asn1_x509.Certificate | None) -> x509.Certificate | None:
    """For reporting who signed: an altered certificate may no longer parse strictly."""
    if cert is None:
        return None
    try:
        return to_crypto(cert)
    except Exception:  # noqa: BLE001 — cryptography raises many kinds on altered certificates
        return None


def _signed_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        cert.verify_directly_issued_by(issuer)
    except Exception:  # noqa: BLE001 — cryptography raises many kinds on altered certificates
        return False
    return True


def _parse_certificates(data: bytes, *, origin: str) -> list[asn1_x509.Certificate]:
    try:
        if asn1_pem.detect(data):
            certs = [asn1_x509.Certificate.load(der)
                     for kind, _headers, der in asn1_pem.unarmor(data, multiple=True)
                     if kind == "CERTIFICATE"]
        else:
            certs = [asn1_x509.Certificate.load(data, strict=True)]
        for cert in certs:
            cert.native  # force a full parse: asn1crypto parses lazily
    except (ValueError, TypeError) as exc:
        raise SigningError("trust.unreadable", path=origin) from exc
    if not certs:
        raise SigningError("trust.unreadable", path=origin)
    return certs
