"""Fuzzing the export package reader and verifier: a forger between the station and the branch.

A package with any bytes changed, cut or added is never accepted and never crashes the verifier;
a package re-signed with the chair's key around random edits of its contents is still checked
without an exception; random bytes are refused with a typed error.
"""
from __future__ import annotations

import hashlib
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from polling_station.exchange import package
from polling_station.signing.manifest import sign_manifest
from tests.fuzz.helpers import assert_user_readable, fuzz, mutated, ran, typed_refusal
from tests.reports.protocol_fixtures import KEY_PASSWORD, drive_to_counted, pki  # noqa: F401


@pytest.fixture(scope="module")
def signed_package(pki, tmp_path_factory):  # noqa: F811 (the fixture imported above)
    folder = tmp_path_factory.mktemp("fuzz-package")
    st_ = drive_to_counted(folder / "station.db")
    result = st_.finalize(st_.login("chair", "1111"), pki.chair_p12, KEY_PASSWORD, folder / "protocol-101.zip")
    st_.close_db()
    data = result.package_path.read_bytes()
    assert package.verify_package(data, [pki.ca_pem]).ok
    return data


def _verdict(data, roots):
    verdict = package.verify_package(data, roots)
    if verdict.problems:
        assert_user_readable(verdict.problems)
    return verdict


@fuzz(60)
@given(data=st.data())
def test_a_package_changed_anywhere_never_verifies(signed_package, pki, data):  # noqa: F811
    ran("package: bytes changed")
    raw = bytearray(signed_package)
    for _ in range(data.draw(st.integers(1, 4))):
        kind = data.draw(st.sampled_from(["flip", "cut", "insert", "swap"]))
        at = data.draw(st.integers(0, len(raw) - 1))
        if kind == "flip":
            raw[at] ^= data.draw(st.integers(1, 255))
        elif kind == "cut":
            del raw[at:at + data.draw(st.integers(1, 300))]
        elif kind == "insert":
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=30))
        else:
            other = data.draw(st.integers(0, len(raw) - 1))
            raw[at], raw[other] = raw[other], raw[at]
        if not raw:
            break
    if bytes(raw) == signed_package:
        return
    verdict = _verdict(bytes(raw), [pki.ca_pem])
    assert not verdict.ok


@fuzz(30)
@given(data=st.data())
def test_a_resigned_package_around_random_contents_is_checked_not_crashed(signed_package, pki, data):  # noqa: F811
    ran("package: re-signed contents")
    files = dict(package.read_package(signed_package).entries)
    name = data.draw(st.sampled_from([package.PROTOCOL_JSON, package.JOURNAL, package.CHECKINS, package.CHAIR_PEM]))
    if name == package.PROTOCOL_JSON:
        doc = json.loads(files[name])
        files[name] = json.dumps(mutated(doc, data, rounds=2), ensure_ascii=False).encode("utf-8", "surrogatepass")
    elif name == package.JOURNAL:
        lines = files[name].decode().splitlines()
        n = data.draw(st.integers(0, len(lines) - 1))
        entry = json.loads(lines[n])
        entry["payload"] = json.dumps(mutated(json.loads(entry["payload"]), data, rounds=2))
        lines[n] = json.dumps(entry)
        files[name] = ("\n".join(lines) + "\n").encode()
    else:
        files[name] = data.draw(st.binary(max_size=200)) + files[name][data.draw(st.integers(0, 50)):]
    # what an insider holding the chair's key can make: any contents, the manifest rewritten to
    # match them and signed again (build_package itself would refuse a malformed protocol.json)
    manifest = json.loads(files[package.MANIFEST])
    for listed in package.LISTED:
        manifest["files"][listed] = {"sha256": hashlib.sha256(files[listed]).hexdigest(), "size": len(files[listed])}
    manifest["protocol_sha256"] = hashlib.sha256(files[package.PROTOCOL_JSON]).hexdigest()
    if data.draw(st.booleans()):
        manifest = mutated(manifest, data, rounds=1)
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True).encode("utf-8", "surrogatepass")
    signature = sign_manifest(manifest_bytes, pki.chair_p12, KEY_PASSWORD.encode())
    forged = package.build_zip([(package.MANIFEST, manifest_bytes), (package.SIGNATURE, signature)]
                               + [(n, files[n]) for n in package.LISTED])
    _verdict(forged, [pki.ca_pem])


@fuzz(150)
@given(data=st.binary(max_size=2000) | st.builds(lambda p, b: b"PK\x03\x04" + p + b, st.binary(max_size=60),
                                                   st.binary(max_size=500)))
def test_random_bytes_are_not_a_package(pki, data):  # noqa: F811
    ran("package: random bytes")
    with typed_refusal(package.PackageReadError):
        package.read_package(data)
    assert not _verdict(data, [pki.ca_pem]).ok


def test_a_journal_entry_with_a_list_for_a_race_is_a_problem_not_a_crash(signed_package, pki):  # noqa: F811
    files = dict(package.read_package(signed_package).entries)
    lines = files[package.JOURNAL].decode().splitlines()
    n = next(i for i, line in enumerate(lines) if '"action":"ballots.received"' in line)
    entry = json.loads(lines[n])
    entry["payload"] = entry["payload"].replace('"race":"almaty-city"', '"race":["almaty-city"]')
    lines[n] = json.dumps(entry)
    files[package.JOURNAL] = ("\n".join(lines) + "\n").encode()
    forged = package.build_zip([(name, files[name]) for name in package.ORDER])
    assert not _verdict(forged, [pki.ca_pem]).ok


def test_a_signed_manifest_whose_journal_is_not_an_object_is_a_problem_not_a_crash(signed_package, pki):  # noqa: F811
    files = dict(package.read_package(signed_package).entries)
    manifest = json.loads(files[package.MANIFEST])
    manifest["journal"] = 7
    manifest_bytes = json.dumps(manifest, sort_keys=True).encode()
    signature = sign_manifest(manifest_bytes, pki.chair_p12, KEY_PASSWORD.encode())
    forged = package.build_zip([(package.MANIFEST, manifest_bytes), (package.SIGNATURE, signature)]
                               + [(n, files[n]) for n in package.LISTED])
    assert not _verdict(forged, [pki.ca_pem]).ok
