"""The chair's detached CMS signature over an export package's manifest.

The manifest (JSON listing the SHA-256 of every file of the package) is signed as opaque bytes:
a CMS/PKCS#7 SignedData in DER, without the content, with the signer's certificate and its
issuing chain, SHA-256 and signed attributes (content type, message digest, signing time). Any
tool that verifies detached CMS can check it, e.g.
``openssl cms -verify -binary -inform DER -in manifest.sig -content manifest.json -CAfile ca.pem``.
"""
from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from asn1crypto import cms as asn1_cms
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs7
from pyhanko.sign.validation import async_validate_detached_cms

from polling_station.signing import trust
from polling_station.signing.keys import cert_iin, load_p12

MESSAGES = {
    "manifest.signature_unreadable": "The manifest's signature file is not a readable CMS signature.",
    "manifest.signature_not_detached": "The manifest's signature must be detached and carry one signer.",
}


@dataclass(frozen=True)
class ManifestVerdict:
    ok: bool
    signer_cert: x509.Certificate | None
    signer_iin: str | None
    problems: list[str] = field(default_factory=list)
    signed_at: dt.datetime | None = None
    """The time the signer's computer claimed: informative, not proof."""


def sign_manifest(manifest_bytes: bytes, p12: Path, password: bytes) -> bytes:
    """A DER detached signature of ``manifest_bytes``; raises SigningKeyError for key problems."""
    bundle = load_p12(Path(p12), password)
    builder = (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(manifest_bytes)
        .add_signer(bundle.cert, bundle.key, hashes.SHA256())
    )
    for cert in bundle.chain:
        builder = builder.add_certificate(cert)
    # Binary: without it the bytes would be signed as MIME text, with CRLF line ends.
    return builder.sign(serialization.Encoding.DER, [
        pkcs7.PKCS7Options.DetachedSignature,
        pkcs7.PKCS7Options.Binary,
        pkcs7.PKCS7Options.NoCapabilities,
    ])


def verify_manifest(manifest_bytes: bytes, sig_der: bytes, trust_roots: Iterable[trust.TrustRoot], *,
                    at: dt.datetime | None = None) -> ManifestVerdict:
    """Check the signature cryptographically and its chain to one of ``trust_roots``; never raises
    for a bad signature (only for unreadable trust roots)."""
    roots = trust.trust_roots(trust_roots)
    try:
        info = asn1_cms.ContentInfo.load(sig_der, strict=True)
        if info["content_type"].native != "signed_data":
            return _refused("manifest.signature_unreadable")
        signed_data = info["content"]
        signed_data.native  # asn1crypto parses lazily: find a damaged structure now
    except (ValueError, TypeError, KeyError):
        return _refused("manifest.signature_unreadable")
    if signed_data["encap_content_info"]["content"].native is not None or len(signed_data["signer_infos"]) != 1:
        return _refused("manifest.signature_not_detached")

    try:
        status = asyncio.run(async_validate_detached_cms(
            manifest_bytes, signed_data,
            signer_validation_context=trust.validation_context(roots, at=at),
            key_usage_settings=trust.SIGNER_KEY_USAGE,
        ))
    except Exception:  # noqa: BLE001 — pyHanko raises on containers it cannot make sense of
        return _refused("signature.broken")
    problems = trust.status_problems(status)
    if not status.bottom_line and not problems:
        problems.append("signature.untrusted")
    signer_cert = trust.to_crypto_or_none(status.signing_cert)
    if signer_cert is None or not trust.embedded_certificates_intact(signed_data, roots):
        problems.append("signature.altered_certificates")
    if not trust.container_canonical(signed_data):
        problems.append("signature.altered_container")
    return ManifestVerdict(
        ok=status.bottom_line and not problems,
        signer_cert=signer_cert,
        signer_iin=cert_iin(signer_cert) if signer_cert is not None else None,
        problems=problems,
        signed_at=status.signer_reported_dt,
    )


def _refused(code: str) -> ManifestVerdict:
    return ManifestVerdict(False, None, None, [code])
