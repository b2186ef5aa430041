"""Trial signing keys: a branch office's certification authority and the chairs' keys it issues.

The keys are shaped like those of Kazakhstan's national CA (NCA RK), so that the same code
reads a real ``RSA256_*.p12``: a password-protected PKCS#12 file holding the key, its certificate
and the issuing chain; the subject's serialNumber carries "IIN" + 12 digits; a signing key has
keyUsage digitalSignature + nonRepudiation and extendedKeyUsage emailProtection, while an
``AUTH_*`` key (client authentication, for logging in) is refused for signing.

GOST keys (``GOSTKNCA_*``, ``GOST512_*``) need the national SDK: they are recognised and refused
with ``key.unsupported_algorithm`` rather than reported as a wrong password.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from asn1crypto import cms as asn1_cms
from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from polling_station.domain import iin as iin_rules

MESSAGES = {
    "key.wrong_password": "The password does not open the key file {path}.",
    "key.unreadable": "The file {path} is not a readable PKCS#12 key file.",
    "key.unsupported_algorithm": (
        "The key file {path} uses GOST algorithms, which need the national CA's software; "
        "use an RSA key (RSA256_….p12)."
    ),
    "key.not_for_signing": (
        "The key in {path} («{subject}») is not a signing key: its certificate is not issued for "
        "digital signature and non-repudiation (an AUTH_ key is for logging in only)."
    ),
    "key.expired": "The key in {path} («{subject}») expired on {not_after}.",
    "key.not_yet_valid": "The key in {path} («{subject}») is valid only from {not_before}.",
    "key.not_a_ca": "The key in {path} («{subject}») is not a certification authority's key.",
    "key.bad_iin": "The IIN «{iin}» is not valid; a key cannot be issued for it.",
    "key.empty_password": "A key file needs a password.",
    "key.exists": "The file {path} already exists; it is not overwritten.",
}

RSA_BITS = 3072
# Clock skew between the issuing office and the station must not make a new key "not yet valid".
_BACKDATE = dt.timedelta(minutes=10)
_PKCS12_KDF_ROUNDS = 50_000
# Algorithm arcs of GOST: 1.2.398.3.10 (Kazakhstan's GOST 34.310/34.311), 1.2.643 (Russian GOST).
_GOST_ARCS = ("1.2.398.3.10.", "1.2.643.")


class SigningError(Exception):
    """A failure the user can act on: a stable code, parameters, and English source text."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(code)

    def __str__(self) -> str:
        # Each signing module keeps the English text of its own codes; the raiser is imported.
        template = None
        for module in ("keys", "trust", "pades", "manifest"):
            messages = getattr(sys.modules.get(f"polling_station.signing.{module}"), "MESSAGES", {})
            template = template or messages.get(self.code)
        if template is None:
            return f"{self.code} {self.params}" if self.params else self.code
        try:
            return template.format(**self.params)
        except (KeyError, IndexError):
            return template


class SigningKeyError(SigningError):
    """The key file cannot be used: wrong password, unreadable, not a signing key, out of validity."""


@dataclass(frozen=True)
class CaFiles:
    p12: Path
    pem: Path


@dataclass(frozen=True)
class KeyBundle:
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
    cert: x509.Certificate
    chain: tuple[x509.Certificate, ...]
    """The issuing certificates shipped in the file, without ``cert`` itself."""

    @property
    def iin(self) -> str | None:
        return cert_iin(self.cert)


def make_ca(name: str, out_dir: Path, password: bytes, *, valid_days: int = 3650,
            overwrite: bool = False) -> CaFiles:
    """Create a self-signed trial CA: ``out_dir/ca.p12`` (key + certificate) and ``out_dir/ca.pem``."""
    _require_password(password)
    out_dir = Path(out_dir)
    files = CaFiles(out_dir / "ca.p12", out_dir / "ca.pem")
    if not overwrite:
        _refuse_existing(files.p12, files.pem)
    key = rsa.generate_private_key(public_exponent=65537, key_size=RSA_BITS)
    subject = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, name),
        x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"),
    ])
    now = _now()
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - _BACKDATE)
        .not_valid_after(now + dt.timedelta(days=valid_days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(key_cert_sign=True, crl_sign=True), critical=True)
        .add_extension(ski, critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False)
        .sign(key, hashes.SHA256())
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    _write_private(files.p12, _pkcs12(name, key, cert, (), password))
    _write_private(files.pem, cert.public_bytes(serialization.Encoding.PEM))
    return files


def issue_key(ca_p12: Path, ca_password: bytes, name: str, out_p12: Path, password: bytes, *,
              iin: str | None = None, valid_days: int = 730,
              purpose: Literal["sign", "auth"] = "sign", overwrite: bool = False) -> Path:
    """Issue a chair's key from the CA: ``out_p12`` (key + certificate + chain) and the certificate
    beside it as ``.pem``. ``purpose="auth"`` makes a login-only key like NCA's ``AUTH_*`` files."""
    _require_password(password)
    if iin is not None and not iin_rules.is_valid(iin):
        raise SigningKeyError("key.bad_iin", iin=iin)
    out_p12 = Path(out_p12)
    out_pem = out_p12.with_suffix(".pem")
    if not overwrite:
        _refuse_existing(out_p12, out_pem)
    ca_key, ca_cert = _load_ca(Path(ca_p12), ca_password)

    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if iin is not None:
        attributes.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, "IIN" + iin))
    attributes.append(x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"))
    key = rsa.generate_private_key(public_exponent=65537, key_size=RSA_BITS)
    if purpose == "sign":
        usage = _key_usage(digital_signature=True, content_commitment=True)
        extended = [ExtendedKeyUsageOID.EMAIL_PROTECTION]
    elif purpose == "auth":
        usage = _key_usage(digital_signature=True, key_encipherment=True)
        extended = [ExtendedKeyUsageOID.CLIENT_AUTH]
    else:
        raise ValueError(f"purpose must be 'sign' or 'auth', not {purpose!r}")
    now = _now()
    cert = _issue_certificate(
        ca_key, ca_cert, x509.Name(attributes), key.public_key(),
        not_before=now - _BACKDATE,
        # A key that outlives its CA would be untrusted for the rest of its life.
        not_after=min(now + dt.timedelta(days=valid_days), ca_cert.not_valid_after_utc),
        key_usage=usage, extended_key_usage=extended,
    )
    out_p12.parent.mkdir(parents=True, exist_ok=True)
    _write_private(out_p12, _pkcs12(name, key, cert, (ca_cert,), password))
    _write_private(out_pem, cert.public_bytes(serialization.Encoding.PEM))
    return out_p12


def load_p12(path: Path, password: bytes, *, at: dt.datetime | None = None) -> KeyBundle:
    """Open a signing key file, refusing keys that must not sign (see the ``key.*`` codes)."""
    path = Path(path)
    bundle = _open_p12(path, password)
    subject = bundle.cert.subject.rfc4514_string()
    if not may_sign(bundle.cert):
        raise SigningKeyError("key.not_for_signing", path=str(path), subject=subject)
    _require_validity(bundle.cert, path, at)
    return bundle


def cert_iin(cert: x509.Certificate) -> str | None:
    """The IIN in the subject's serialNumber ("IIN" + 12 digits), as NCA RK writes it."""
    for attribute in cert.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER):
        value = str(attribute.value).strip()
        if value.upper().startswith("IIN"):
            digits = value[3:]
            if len(digits) == 12 and digits.isascii() and digits.isdigit():
                return digits
    return None


def cert_common_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()


def may_sign(cert: x509.Certificate) -> bool:
    """keyUsage digitalSignature and nonRepudiation; an extended key usage, if any, for e-mail."""
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return False  # pyHanko's verifier wants nonRepudiation: refuse before signing, not after
    # NCA RK's signing certificates carry both; its AUTH_ keys carry digitalSignature alone.
    if not (usage.digital_signature and usage.content_commitment):
        return False
    try:
        extended = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound:
        return True
    # NSS, which pdfsig and Adobe-like readers use, checks signers as e-mail signers.
    return (ExtendedKeyUsageOID.EMAIL_PROTECTION in extended
            or ExtendedKeyUsageOID.ANY_EXTENDED_KEY_USAGE in extended)


def _open_p12(path: Path, password: bytes) -> KeyBundle:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SigningKeyError("key.unreadable", path=str(path)) from exc
    try:
        loaded = pkcs12.load_pkcs12(data, password)
    except ValueError as exc:
        # cryptography says "invalid password or PKCS12 data" for both: tell them apart here.
        raise SigningKeyError(_why_p12_failed(data), path=str(path)) from exc
    if loaded.key is None or loaded.cert is None:
        raise SigningKeyError("key.unreadable", path=str(path))
    key, cert = loaded.key, loaded.cert.certificate
    if not isinstance(key, (rsa.RSAPrivateKey, ec.EllipticCurvePrivateKey)):
        raise SigningKeyError("key.unsupported_algorithm", path=str(path))
    if _public_der(key.public_key()) != _public_der(cert.public_key()):
        raise SigningKeyError("key.unreadable", path=str(path))
    chain = tuple(c.certificate for c in loaded.additional_certs if c.certificate != cert)
    return KeyBundle(key, cert, chain)


def _why_p12_failed(data: bytes) -> str:
    try:
        pfx = asn1_pkcs12.Pfx.load(data)
        oids = _pkcs12_algorithms(pfx)
    except Exception:  # noqa: BLE001 — any parse failure means the file is not PKCS#12
        return "key.unreadable"
    if any(oid.startswith(_GOST_ARCS) for oid in oids):
        return "key.unsupported_algorithm"
    return "key.wrong_password"


def _pkcs12_algorithms(pfx: asn1_pkcs12.Pfx) -> set[str]:
    """The algorithm OIDs readable without the password: the MAC and each bag's encryption."""
    oids: set[str] = set()
    mac_data = pfx["mac_data"]
    if mac_data.native is not None:
        oids.add(mac_data["mac"]["digest_algorithm"]["algorithm"].dotted)
    for content_info in pfx.authenticated_safe:
        content_type = content_info["content_type"].native
        if content_type == "encrypted_data":
            algorithm = content_info["content"]["encrypted_content_info"]["content_encryption_algorithm"]
            oids |= _encryption_oids(algorithm)
        elif content_type == "data":
            for bag in asn1_pkcs12.SafeContents.load(content_info["content"].native):
                if bag["bag_id"].native == "pkcs8_shrouded_key_bag":
                    oids |= _encryption_oids(bag["bag_value"]["encryption_algorithm"])
        else:
            oids.add(content_info["content_type"].dotted)
    return oids


def _encryption_oids(algorithm: asn1_cms.EncryptionAlgorithm) -> set[str]:
    oids = {algorithm["algorithm"].dotted}
    if algorithm["algorithm"].native == "pbes2":
        parameters = algorithm["parameters"]
        oids.add(parameters["encryption_scheme"]["algorithm"].dotted)
        oids.add(parameters["key_derivation_func"]["algorithm"].dotted)
    return oids


def _require_validity(cert: x509.Certificate, path: Path, at: dt.datetime | None) -> None:
    moment = at or _now()
    subject = cert.subject.rfc4514_string()
    if moment < cert.not_valid_before_utc:
        raise SigningKeyError("key.not_yet_valid", path=str(path), subject=subject,
                              not_before=cert.not_valid_before_utc.isoformat())
    if moment > cert.not_valid_after_utc:
        raise SigningKeyError("key.expired", path=str(path), subject=subject,
                              not_after=cert.not_valid_after_utc.isoformat())


def _load_ca(path: Path, password: bytes) -> tuple[rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey,
                                                   x509.Certificate]:
    bundle = _open_p12(path, password)
    try:
        constraints = bundle.cert.extensions.get_extension_for_class(x509.BasicConstraints).value
        is_ca = constraints.ca
    except x509.ExtensionNotFound:
        is_ca = False
    if not is_ca:
        raise SigningKeyError("key.not_a_ca", path=str(path), subject=bundle.cert.subject.rfc4514_string())
    _require_validity(bundle.cert, path, None)
    return bundle.key, bundle.cert


def _issue_certificate(ca_key, ca_cert: x509.Certificate, subject: x509.Name, public_key, *,
                       not_before: dt.datetime, not_after: dt.datetime,
                       key_usage: x509.KeyUsage | None,
                       extended_key_usage: list[x509.ObjectIdentifier] | None) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca_cert.subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_cert.public_key()), critical=False)
    )
    if key_usage is not None:
        builder = builder.add_extension(key_usage, critical=True)
    if extended_key_usage:
        builder = builder.add_extension(x509.ExtendedKeyUsage(extended_key_usage), critical=False)
    return builder.sign(ca_key, hashes.SHA256())


def _key_usage(**flags: bool) -> x509.KeyUsage:
    names = ("digital_signature", "content_commitment", "key_encipherment", "data_encipherment",
             "key_agreement", "key_cert_sign", "crl_sign", "encipher_only", "decipher_only")
    return x509.KeyUsage(**{name: flags.get(name, False) for name in names})


def _pkcs12(name: str, key, cert: x509.Certificate, cas: tuple[x509.Certificate, ...],
            password: bytes) -> bytes:
    encryption = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(_PKCS12_KDF_ROUNDS)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(password)
    )
    return pkcs12.serialize_key_and_certificates(name.encode("utf-8"), key, cert, list(cas), encryption)


def _public_der(public_key) -> bytes:
    return public_key.public_bytes(serialization.Encoding.DER,
                                   serialization.PublicFormat.SubjectPublicKeyInfo)


def _require_password(password: bytes) -> None:
    if not password:
        raise SigningKeyError("key.empty_password")


def _refuse_existing(*paths: Path) -> None:
    for path in paths:
        if path.exists():
            raise SigningKeyError("key.exists", path=str(path))


def _write_private(path: Path, data: bytes) -> None:
    """Write owner-only, atomically: a reader sees the old file or the whole new one."""
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        raise
    _fsync_directory(path.parent)


def _fsync_directory(directory: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory for fsync; NTFS journals the rename itself
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)
