"""The chair signs the export package's manifest; the branch office verifies it against its CA."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from asn1crypto import cms as asn1_cms
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import Encoding, pkcs7, pkcs12

from polling_station.signing import keys, manifest
from polling_station.signing.keys import SigningKeyError

from .conftest import CHAIR_IIN, flip

MANIFEST = json.dumps({
    "format": "polling-station/manifest@1",
    "precinct": "0101",
    "files": {
        "protocol.pdf": "5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef",
        "protocol.json": "9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca7",
        "check-ins.csv": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    },
}, ensure_ascii=False, indent=1).encode("utf-8") + "\n# Хаттама\n".encode("utf-8")


@pytest.fixture(scope="module")
def signature(chair_key) -> bytes:
    return manifest.sign_manifest(MANIFEST, chair_key.p12, chair_key.password)


def test_a_signed_manifest_verifies_against_the_branch_ca(signature, trial_ca):
    verdict = manifest.verify_manifest(MANIFEST, signature, [trial_ca.pem])
    assert verdict.ok and verdict.problems == []
    assert verdict.signer_iin == CHAIR_IIN
    assert verdict.signed_at is not None


def test_the_signature_is_detached_der_with_the_chain(signature):
    info = asn1_cms.ContentInfo.load(signature, strict=True)
    signed_data = info["content"]
    assert info["content_type"].native == "signed_data"
    assert signed_data["encap_content_info"]["content"].native is None
    assert len(signed_data["certificates"]) == 2
    assert signed_data["signer_infos"][0]["digest_algorithm"]["algorithm"].native == "sha256"


def test_openssl_verifies_it_too(signature, trial_ca, tmp_path):
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    (tmp_path / "manifest.json").write_bytes(MANIFEST)
    (tmp_path / "manifest.sig").write_bytes(signature)
    result = subprocess.run(
        ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(tmp_path / "manifest.sig"),
         "-content", str(tmp_path / "manifest.json"), "-CAfile", str(trial_ca.pem), "-purpose", "any",
         "-out", "/dev/null"],
        capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("where", ["start", "middle", "end"])
def test_a_changed_byte_in_the_manifest_fails(signature, trial_ca, where):
    offset = {"start": 0, "middle": len(MANIFEST) // 2, "end": len(MANIFEST) - 1}[where]
    verdict = manifest.verify_manifest(flip(MANIFEST, offset), signature, [trial_ca.pem])
    assert not verdict.ok
    assert verdict.problems == ["signature.broken"]


def test_a_changed_byte_anywhere_in_the_signature_fails(signature, trial_ca):
    # Every byte of the parts no signature covers (versions, the digest algorithm list, the
    # signer's issuer name, each certificate's outer algorithm and padding bits) and a sample of
    # the rest; a sweep of every bit of a whole signature also passed (about 30 s).
    passed = [
        (offset, mask)
        for offset in sorted(_unsigned_offsets(signature) | set(range(0, len(signature), 11)))
        for mask in (0x01, 0x80)
        if manifest.verify_manifest(MANIFEST, flip(signature, offset, mask), [trial_ca.pem]).ok
    ]
    assert passed == []


def _unsigned_offsets(signature: bytes) -> set[int]:
    signed_data = asn1_cms.ContentInfo.load(signature)["content"]
    offsets = set(range(signature.index(signed_data["encap_content_info"].dump())))
    sid = signed_data["signer_infos"][0]["sid"].dump()
    start = signature.index(sid)
    offsets |= set(range(start - 5, start + len(sid)))
    for choice in signed_data["certificates"]:
        cert = choice.dump()
        algorithm = choice.chosen["signature_algorithm"].dump()
        start = signature.index(cert) + cert.rindex(algorithm)
        offsets |= set(range(start, start + len(algorithm) + 6))
    return offsets


def test_bytes_added_to_the_signature_fail(signature, trial_ca):
    verdict = manifest.verify_manifest(MANIFEST, signature + b"\x00", [trial_ca.pem])
    assert verdict.problems == ["manifest.signature_unreadable"]


def test_a_signer_from_another_ca_is_not_trusted(stranger_key, trial_ca, other_ca):
    signature = manifest.sign_manifest(MANIFEST, stranger_key.p12, stranger_key.password)
    verdict = manifest.verify_manifest(MANIFEST, signature, [trial_ca.pem])
    assert not verdict.ok
    assert verdict.problems == ["signature.untrusted"]
    assert verdict.signer_iin == "760212350620"
    assert manifest.verify_manifest(MANIFEST, signature, [other_ca.pem]).ok


def test_a_manifest_signed_by_a_key_that_may_not_sign_fails(odd_key, trial_ca):
    key = odd_key(key_usage={"digital_signature": True})
    bundle_cert, bundle_key, chain = _raw_key(key)
    signature = (pkcs7.PKCS7SignatureBuilder().set_data(MANIFEST)
                 .add_signer(bundle_cert, bundle_key, hashes.SHA256()).add_certificate(chain[0])
                 .sign(Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary,
                                      pkcs7.PKCS7Options.NoCapabilities]))
    verdict = manifest.verify_manifest(MANIFEST, signature, [trial_ca.pem])
    assert not verdict.ok
    assert verdict.problems == ["signature.not_for_signing"]


def _raw_key(key):
    loaded = pkcs12.load_pkcs12(key.p12.read_bytes(), key.password)
    return loaded.cert.certificate, loaded.key, [c.certificate for c in loaded.additional_certs]


def test_the_chairs_own_certificate_can_be_the_trust_root(signature, chair_key, stranger_key):
    assert manifest.verify_manifest(MANIFEST, signature, [chair_key.pem]).ok
    assert not manifest.verify_manifest(MANIFEST, signature, [stranger_key.pem]).ok


def test_garbage_is_reported_not_raised(trial_ca):
    verdict = manifest.verify_manifest(MANIFEST, b"garbage", [trial_ca.pem])
    assert verdict.problems == ["manifest.signature_unreadable"] and not verdict.ok


def test_a_wrong_password_cannot_sign_the_manifest(chair_key):
    with pytest.raises(SigningKeyError) as refused:
        manifest.sign_manifest(MANIFEST, chair_key.p12, b"nope")
    assert refused.value.code == "key.wrong_password"


def test_a_login_key_cannot_sign_the_manifest(trial_ca, tmp_path):
    auth = keys.issue_key(trial_ca.p12, trial_ca.password, "AUTH", tmp_path / "AUTH.p12", b"pw", purpose="auth")
    with pytest.raises(SigningKeyError) as refused:
        manifest.sign_manifest(MANIFEST, auth, b"pw")
    assert refused.value.code == "key.not_for_signing"
