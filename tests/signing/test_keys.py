"""A branch office runs a trial CA and issues the chairs' signing keys, as NCA RK issues real ones."""
from __future__ import annotations

import datetime as dt
import stat

import pytest
from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography import x509
from cryptography.x509.oid import ExtendedKeyUsageOID

from polling_station.signing import keys
from polling_station.signing.keys import SigningKeyError

from .conftest import CHAIR_IIN, KEY_PASSWORD


def test_the_trial_ca_is_a_certification_authority(trial_ca):
    cert = x509.load_pem_x509_certificate(trial_ca.pem.read_bytes())
    assert cert.issuer == cert.subject
    assert cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.key_cert_sign and usage.crl_sign
    assert cert.public_key().key_size == keys.RSA_BITS
    assert (cert.not_valid_after_utc - cert.not_valid_before_utc).days >= 3650


def test_key_files_are_readable_by_their_owner_only(trial_ca, chair_key):
    for path in (trial_ca.p12, trial_ca.pem, chair_key.p12, chair_key.pem):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert not [p for p in trial_ca.p12.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_chairs_key_is_issued_like_an_nca_signing_key(chair_key, trial_ca):
    bundle = keys.load_p12(chair_key.p12, chair_key.password)
    ca_cert = x509.load_pem_x509_certificate(trial_ca.pem.read_bytes())
    assert keys.cert_common_name(bundle.cert) == "ҚҰДАЙБЕРГЕНОВ Әлібек"
    assert bundle.cert.issuer == ca_cert.subject
    assert bundle.chain == (ca_cert,)
    usage = bundle.cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    extended = bundle.cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert list(extended) == [ExtendedKeyUsageOID.EMAIL_PROTECTION]
    assert bundle.cert == x509.load_pem_x509_certificate(chair_key.pem.read_bytes())


def test_the_iin_is_read_back_from_the_certificate(chair_key):
    bundle = keys.load_p12(chair_key.p12, chair_key.password)
    assert keys.cert_iin(bundle.cert) == CHAIR_IIN
    assert bundle.iin == CHAIR_IIN
    serial = bundle.cert.subject.get_attributes_for_oid(x509.NameOID.SERIAL_NUMBER)[0].value
    assert serial == "IIN" + CHAIR_IIN


def test_a_key_without_iin_has_none(trial_ca, tmp_path):
    path = keys.issue_key(trial_ca.p12, trial_ca.password, "Training key", tmp_path / "k.p12", b"pw")
    assert keys.cert_iin(keys.load_p12(path, b"pw").cert) is None


def test_an_invalid_iin_is_refused_before_anything_is_written(trial_ca, tmp_path):
    with pytest.raises(SigningKeyError) as refused:
        keys.issue_key(trial_ca.p12, trial_ca.password, "X", tmp_path / "k.p12", b"pw", iin="123456789012")
    assert refused.value.code == "key.bad_iin"
    assert "123456789012" in str(refused.value)
    assert list(tmp_path.iterdir()) == []


def test_a_wrong_password_is_told_apart_from_a_damaged_file(chair_key, tmp_path):
    with pytest.raises(SigningKeyError) as refused:
        keys.load_p12(chair_key.p12, b"not-the-password")
    assert refused.value.code == "key.wrong_password"
    assert str(chair_key.p12) in str(refused.value)

    damaged = tmp_path / "damaged.p12"
    damaged.write_bytes(b"this is not a key file")
    with pytest.raises(SigningKeyError) as unreadable:
        keys.load_p12(damaged, KEY_PASSWORD)
    assert unreadable.value.code == "key.unreadable"

    with pytest.raises(SigningKeyError) as missing:
        keys.load_p12(tmp_path / "absent.p12", KEY_PASSWORD)
    assert missing.value.code == "key.unreadable"


def test_the_wrong_ca_password_is_refused_when_issuing(trial_ca, tmp_path):
    with pytest.raises(SigningKeyError) as refused:
        keys.issue_key(trial_ca.p12, b"guess", "X", tmp_path / "k.p12", b"pw")
    assert refused.value.code == "key.wrong_password"


def test_a_chairs_key_cannot_issue_keys(chair_key, tmp_path):
    with pytest.raises(SigningKeyError) as refused:
        keys.issue_key(chair_key.p12, chair_key.password, "X", tmp_path / "k.p12", b"pw")
    assert refused.value.code == "key.not_a_ca"


def test_an_auth_key_is_for_login_only(trial_ca, tmp_path):
    path = keys.issue_key(trial_ca.p12, trial_ca.password, "AUTH key", tmp_path / "AUTH_RSA256.p12", b"pw",
                          purpose="auth")
    with pytest.raises(SigningKeyError) as refused:
        keys.load_p12(path, b"pw")
    assert refused.value.code == "key.not_for_signing"


@pytest.mark.parametrize("usage", [
    {"content_commitment": True},                            # no digitalSignature
    {"digital_signature": True},                             # no nonRepudiation
    {"key_encipherment": True, "data_encipherment": True},   # an encryption key
    None,                                                    # no keyUsage extension at all
])
def test_a_key_without_both_signing_usages_is_refused(odd_key, usage):
    key = odd_key(key_usage=usage)
    with pytest.raises(SigningKeyError) as refused:
        keys.load_p12(key.p12, key.password)
    assert refused.value.code == "key.not_for_signing"


def test_a_key_whose_extended_usage_excludes_document_signing_is_refused(odd_key):
    key = odd_key(key_usage={"digital_signature": True, "content_commitment": True},
                  extended=(ExtendedKeyUsageOID.CLIENT_AUTH,))
    with pytest.raises(SigningKeyError) as refused:
        keys.load_p12(key.p12, key.password)
    assert refused.value.code == "key.not_for_signing"


def test_an_expired_or_future_key_is_refused(odd_key):
    now = dt.datetime.now(dt.timezone.utc)
    signing = {"digital_signature": True, "content_commitment": True}
    expired = odd_key(key_usage=signing, not_before=now - dt.timedelta(days=800),
                      not_after=now - dt.timedelta(days=70))
    with pytest.raises(SigningKeyError) as refused:
        keys.load_p12(expired.p12, expired.password)
    assert refused.value.code == "key.expired"
    assert "not_after" in refused.value.params

    future = odd_key(key_usage=signing, not_before=now + dt.timedelta(days=3),
                     not_after=now + dt.timedelta(days=30))
    with pytest.raises(SigningKeyError) as early:
        keys.load_p12(future.p12, future.password)
    assert early.value.code == "key.not_yet_valid"
    assert keys.load_p12(future.p12, future.password, at=now + dt.timedelta(days=4)).cert


def test_a_key_never_outlives_its_ca(pki_dir):
    ca = keys.make_ca("Short-lived CA", pki_dir / "short-ca", b"ca", valid_days=30)
    path = keys.issue_key(ca.p12, b"ca", "K", pki_dir / "short.p12", b"pw", valid_days=730)
    leaf = keys.load_p12(path, b"pw").cert
    ca_cert = x509.load_pem_x509_certificate(ca.pem.read_bytes())
    assert leaf.not_valid_after_utc <= ca_cert.not_valid_after_utc


def test_existing_key_files_are_not_overwritten(trial_ca, chair_key):
    before = trial_ca.p12.read_bytes()
    with pytest.raises(SigningKeyError) as refused:
        keys.make_ca("Again", trial_ca.p12.parent, b"other")
    assert refused.value.code == "key.exists"
    assert trial_ca.p12.read_bytes() == before
    with pytest.raises(SigningKeyError):
        keys.issue_key(trial_ca.p12, trial_ca.password, "Again", chair_key.p12, b"other")


def test_a_key_file_needs_a_password(trial_ca, tmp_path):
    with pytest.raises(SigningKeyError) as refused:
        keys.issue_key(trial_ca.p12, trial_ca.password, "X", tmp_path / "k.p12", b"")
    assert refused.value.code == "key.empty_password"


def test_a_gost_key_file_is_named_as_such_not_as_a_wrong_password(chair_key, tmp_path):
    # A real GOSTKNCA_*.p12 protects its bags and MAC with GOST algorithms; mark the MAC so.
    pfx = asn1_pkcs12.Pfx.load(chair_key.p12.read_bytes())
    pfx["mac_data"]["mac"]["digest_algorithm"]["algorithm"] = "1.2.398.3.10.1.3.1"
    gost = tmp_path / "GOSTKNCA_test.p12"
    gost.write_bytes(pfx.dump(force=True))
    with pytest.raises(SigningKeyError) as refused:
        keys.load_p12(gost, chair_key.password)
    assert refused.value.code == "key.unsupported_algorithm"
