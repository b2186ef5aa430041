"""The export package: one canonical ZIP, written atomically, and a verifier that no edit survives."""
import datetime as dt
import errno
import functools
import hashlib
import io
import json
import os
import time
import zipfile

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs7

from polling_station.exchange import package
from polling_station.signing import keys
from tests.conftest import TZ, Clock
from tests.reports.protocol_fixtures import (CHAIR_IIN, DEPUTY_IIN, KEY_PASSWORD, drive_to_counted,  # noqa: F401
                                             other_signers, pki)


@pytest.fixture(scope="module")
def finalized(pki, tmp_path_factory):
    """A station finalized twice (version 1, then a reissue), with both packages."""
    d = tmp_path_factory.mktemp("package")
    st = drive_to_counted(d / "station.db")
    chair = st.login("chair", "1111")
    started = time.perf_counter()
    first = st.finalize(chair, pki.chair_p12, KEY_PASSWORD, d / "protocol-101-v1.zip")
    print(f"\nrender + sign + store + package: {time.perf_counter() - started:.3f} s")
    second = st.finalize(chair, pki.chair_p12, KEY_PASSWORD, d / "protocol-101-v2.zip",
                         reason="Басылған данасы бүлінді / испорчен печатный экземпляр")
    yield {"station": st, "v1": first.package_path.read_bytes(), "v2": second.package_path.read_bytes(),
           "dir": d}
    st.close_db()


@pytest.fixture(scope="module")
def other_station_package(pki, tmp_path_factory):
    d = tmp_path_factory.mktemp("other")
    st = drive_to_counted(d / "other.db", Clock(dt.datetime(2020, 10, 3, 7, 45, tzinfo=TZ)))
    chair = st.login("chair", "1111")
    result = st.finalize(chair, pki.chair_p12, KEY_PASSWORD, d / "other.zip")
    data = result.package_path.read_bytes()
    st.close_db()
    return data


SIGNER_SUBJECT = "C=KZ,2.5.4.5=IIN871008401427,CN=Асқаров Болат"


def codes(verdict):
    return [p.code for p in verdict.problems]


def members(data):
    files = package.read_package(data)
    return dict(files.entries)


def rebuild(data, **replace):
    """The package with some members replaced, in the canonical container (only hashes can tell)."""
    files = members(data)
    files.update(replace)
    return package.build_zip([(n, files[n]) for n in package.ORDER])


@functools.lru_cache(maxsize=None)
def _chair_bundle(p12):
    return keys.load_p12(p12, KEY_PASSWORD.encode())


def _sign_like_the_station(manifest: bytes, p12) -> bytes:
    """``signing.manifest.sign_manifest`` with the key opened once (opening a .p12 costs 0.15 s)."""
    bundle = _chair_bundle(p12)
    builder = pkcs7.PKCS7SignatureBuilder().set_data(manifest).add_signer(bundle.cert, bundle.key, hashes.SHA256())
    for cert in bundle.chain:
        builder = builder.add_certificate(cert)
    return builder.sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary,
                                                     pkcs7.PKCS7Options.NoCapabilities])


def resign(data, pki, **replace):
    """What an insider holding the chair's key could make: members replaced, the manifest rewritten
    (the header fields kept from the original protocol) and signed again with the same key."""
    files = members(data)
    original = json.loads(files[package.PROTOCOL_JSON])
    files.update(replace)
    rows, _ = package.parse_journal_jsonl(files[package.JOURNAL])
    listed = {name: files[name] for name in package.LISTED}
    manifest = package.manifest_json(
        protocol=original, protocol_sha256=hashlib.sha256(files[package.PROTOCOL_JSON]).hexdigest(),
        journal_head=(rows[-1][0], rows[-1][6]), signer_subject=SIGNER_SUBJECT, signer_iin="871008401427",
        files=listed)
    signature = _sign_like_the_station(manifest, pki.chair_p12)
    return package.build_zip([(package.MANIFEST, manifest), (package.SIGNATURE, signature)]
                             + [(name, listed[name]) for name in package.LISTED])


# ----- the container ---------------------------------------------------------------------------

def test_the_zip_is_canonical_and_readable_by_any_unzip():
    entries = [("manifest.json", b"{}"), ("protocol.json", "{\"ә\":1}".encode()), ("empty.txt", b"")]
    data = package.build_zip(entries)
    assert package.build_zip(entries) == data
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        assert [(i.filename, z.read(i)) for i in z.infolist()] == entries
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert {i.compress_type for i in z.infolist()} == {zipfile.ZIP_STORED}


def test_the_layout_is_the_documented_one(finalized):
    files = package.read_package(finalized["v1"])
    assert files.names == package.ORDER
    manifest = json.loads(files.get("manifest.json"))
    assert manifest["format"] == "polling-station/package@1"
    assert set(manifest["files"]) == set(package.LISTED)
    for name, entry in manifest["files"].items():
        assert entry == {"sha256": hashlib.sha256(files.get(name)).hexdigest(), "size": len(files.get(name))}
    assert files.get("checkins.csv").decode().splitlines()[0] == "iin,at,backfilled"
    assert len(files.get("checkins.csv").decode().splitlines()) == 3  # two members voted
    last = json.loads(files.get("journal.jsonl").decode().splitlines()[-1])
    assert last["action"] == "protocol.finalized" and manifest["journal"] == {"seq": last["seq"], "hash": last["hash"]}
    assert files.get("chair.pem").startswith(b"-----BEGIN CERTIFICATE-----")
    assert files.get("protocol.pdf").startswith(b"%PDF-")


# ----- writing ---------------------------------------------------------------------------------

def test_writing_replaces_the_target_whole(tmp_path):
    target = tmp_path / "p.zip"
    package.write_package(target, b"old")
    package.write_package(target, b"new package")
    assert target.read_bytes() == b"new package"
    assert [p.name for p in tmp_path.iterdir()] == ["p.zip"]


def test_a_full_usb_stick_leaves_nothing_half_written(tmp_path, monkeypatch):
    target = tmp_path / "p.zip"
    target.write_bytes(b"the previous package")
    real_write = os.write

    def write_until_full(fd, data):
        real_write(fd, bytes(data[:10]))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(package.os, "write", write_until_full)
    with pytest.raises(package.PackageWriteError) as exc:
        package.write_package(target, b"x" * 100_000)
    assert exc.value.code == "export.full"
    assert exc.value.problems[0].params["folder"] == str(tmp_path)
    assert target.read_bytes() == b"the previous package"
    assert [p.name for p in tmp_path.iterdir()] == ["p.zip"]


def test_a_read_only_stick_is_named(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(package.tempfile, "mkstemp", refuse)
    with pytest.raises(package.PackageWriteError) as exc:
        package.write_package(tmp_path / "p.zip", b"data")
    assert exc.value.code == "export.read_only"
    with pytest.raises(package.PackageWriteError) as exc:
        package.check_target(tmp_path / "p.zip")
    assert exc.value.code == "export.read_only"


def test_a_removed_stick_is_named(tmp_path):
    gone = tmp_path / "usb"
    gone.mkdir()
    gone.rmdir()
    with pytest.raises(package.PackageWriteError) as exc:
        package.check_target(gone / "p.zip")
    assert exc.value.code == "export.vanished"
    with pytest.raises(package.PackageWriteError) as exc:
        package.write_package(gone / "p.zip", b"data")
    assert exc.value.code == "export.vanished"


def test_a_folder_is_not_a_package_name(tmp_path):
    with pytest.raises(package.PackageWriteError) as exc:
        package.write_package(tmp_path, b"data")
    assert exc.value.code == "export.is_directory"


@pytest.mark.parametrize("number, code", [
    (errno.EROFS, "export.read_only"), (errno.EACCES, "export.read_only"), (errno.ENOSPC, "export.full"),
    (errno.EDQUOT, "export.full"), (errno.ENOENT, "export.vanished"), (errno.EIO, "export.vanished"),
    (errno.ENODEV, "export.vanished"), (errno.EINVAL, "export.failed"),
])
def test_operating_system_errors_become_codes_a_person_can_act_on(tmp_path, number, code):
    assert package.write_error(OSError(number, os.strerror(number)), tmp_path).code == code


# ----- verifying -------------------------------------------------------------------------------

def test_a_finalized_package_verifies_and_says_who_signed_what(finalized, pki):
    started = time.perf_counter()
    verdict = package.verify_package(finalized["v1"], [pki.ca_pem])
    print(f"\nverify: {time.perf_counter() - started:.3f} s")
    assert verdict.ok, verdict.problems
    facts = verdict.facts
    assert (facts["precinct"], facts["version"], facts["signer"], facts["signer_iin"]) == (
        "101", 1, "Асқаров Болат", "871008401427")
    assert len(facts["checkins"]) == 2 and facts["qr_codes"] == 1
    assert facts["races"]["almaty-city"]["lines"]["spoiled"] == 1
    v2 = package.verify_package(finalized["v2"], [pki.ca_pem])
    assert v2.ok and v2.facts["version"] == 2 and v2.facts["reason"].startswith("Басылған")


def test_trusting_the_chairs_own_certificate_works_too(finalized, pki):
    assert package.verify_package(finalized["v1"], [pki.chair_pem]).ok


def test_the_printed_qr_is_scanned_when_asked(finalized, pki):
    started = time.perf_counter()
    verdict = package.verify_package(finalized["v1"], [pki.ca_pem], scan_qr=True)
    print(f"\nverify with QR scan: {time.perf_counter() - started:.3f} s")
    assert verdict.ok, verdict.problems


def test_without_a_trusted_certificate_nothing_is_trusted(finalized, pki):
    for roots in ([], [pki.stranger_ca_pem]):
        verdict = package.verify_package(finalized["v1"], roots)
        assert not verdict.ok
        assert {(p.params["document"], p.params["reason"]) for p in verdict.problems} == {
            ("manifest.sig", "signature.untrusted"), ("protocol.pdf", "signature.untrusted")}


def _regions(data):
    """(start, end, what) of every byte range of the package: a member's data or ZIP structure."""
    regions = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for info in z.infolist():
            begin = info.header_offset + 30 + len(info.filename)
            regions.append((info.header_offset, begin, "structure"))
            regions.append((begin, begin + info.compress_size, info.filename))
    regions.append((regions[-1][1], len(data), "structure"))
    return regions


def test_a_single_changed_byte_anywhere_fails_and_says_where(finalized, pki):
    data = finalized["v1"]
    regions = _regions(data)
    positions = sorted({round(i * (len(data) - 1) / 39) for i in range(40)}
                       | {start for start, end, what in regions if end > start})
    assert len(positions) >= 40
    for position in positions:
        changed = bytearray(data)
        changed[position] ^= 0x01
        verdict = package.verify_package(bytes(changed), [pki.ca_pem])
        where = next(what for start, end, what in regions if start <= position < end)
        assert not verdict.ok, (position, where)
        found = codes(verdict)
        if where in package.LISTED:
            assert any(p.code == "package.file_altered" and p.params["file"] == where for p in verdict.problems), \
                (position, where, found)
        elif where == "manifest.json":
            assert ("package.manifest_unreadable" in found
                    or any(p.params.get("document") == "manifest.sig" for p in verdict.problems)), (position, found)
        elif where == "manifest.sig":
            assert any(p.params.get("document") == "manifest.sig" for p in verdict.problems), (position, found)
        else:
            assert set(found) & {"package.not_canonical", "package.unreadable", "package.missing_file",
                                 "package.extra_file", "package.file_altered"}, (position, found)


def test_a_repacked_zip_with_the_same_files_fails(finalized, pki):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in package.read_package(finalized["v1"]).entries:
            z.writestr(name, data)
    assert codes(package.verify_package(buffer.getvalue(), [pki.ca_pem])) == ["package.not_canonical"]


def test_an_added_or_a_missing_file_is_named(finalized, pki):
    entries = list(package.read_package(finalized["v1"]).entries)
    verdict = package.verify_package(package.build_zip(entries + [("notes.txt", b"hi")]), [pki.ca_pem])
    assert [(p.code, p.params) for p in verdict.problems] == [("package.extra_file", {"file": "notes.txt"})]
    verdict = package.verify_package(package.build_zip([e for e in entries if e[0] != "checkins.csv"]),
                                     [pki.ca_pem])
    assert ("package.missing_file", {"file": "checkins.csv"}) in [(p.code, p.params) for p in verdict.problems]


def test_a_swapped_pdf_fails(finalized, pki):
    other_pdf = members(finalized["v2"])["protocol.pdf"]
    verdict = package.verify_package(rebuild(finalized["v1"], **{"protocol.pdf": other_pdf}), [pki.ca_pem])
    assert [(p.code, p.params.get("file")) for p in verdict.problems][0] == ("package.file_altered", "protocol.pdf")

    # even the chair's own key cannot make a package whose PDF is not its protocol.json's
    verdict = package.verify_package(resign(finalized["v1"], pki, **{"protocol.pdf": other_pdf}), [pki.ca_pem])
    found = codes(verdict)
    assert "package.journal_pdf" in found and "package.pdf_attachment" in found and "package.qr_mismatch" in found


def test_a_swapped_journal_fails(finalized, other_station_package, pki):
    other_journal = members(other_station_package)["journal.jsonl"]
    verdict = package.verify_package(rebuild(finalized["v1"], **{"journal.jsonl": other_journal}), [pki.ca_pem])
    assert ("package.file_altered", "journal.jsonl") in [(p.code, p.params.get("file")) for p in verdict.problems]

    verdict = package.verify_package(resign(finalized["v1"], pki, **{"journal.jsonl": other_journal}), [pki.ca_pem])
    assert not verdict.ok
    assert {"package.journal_not_finalized", "package.journal_head"} & set(codes(verdict))


def test_an_edited_journal_entry_breaks_the_chain_even_when_resigned(finalized, pki):
    lines = members(finalized["v1"])["journal.jsonl"].decode().splitlines()
    index = next(i for i, line in enumerate(lines) if json.loads(line)["action"] == "count.agreed")
    entry = json.loads(lines[index])
    entry["payload"] = entry["payload"].replace('"found_in_box":2', '"found_in_box":3')
    lines[index] = json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    edited = ("\n".join(lines) + "\n").encode()
    verdict = package.verify_package(resign(finalized["v1"], pki, **{"journal.jsonl": edited}), [pki.ca_pem])
    assert ("journal.hash", entry["seq"]) in [(p.code, p.params.get("seq")) for p in verdict.problems]


def test_a_protocol_that_disagrees_with_the_journal_is_caught_even_when_resigned(finalized, pki):
    protocol = json.loads(members(finalized["v1"])["protocol.json"])
    city = protocol["races"][0]
    city["candidates"][0]["votes"] += 1
    city["lines"]["invalid"] += 1
    forged = json.dumps(protocol, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    verdict = package.verify_package(resign(finalized["v1"], pki, **{"protocol.json": forged}), [pki.ca_pem])
    found = {(p.code, p.params.get("race"), p.params.get("line") or p.params.get("candidate"))
             for p in verdict.problems}
    assert ("package.votes_mismatch", "almaty-city", city["candidates"][0]["id"]) in found
    assert ("package.line_mismatch", "almaty-city", 7) in found
    assert {"package.journal_not_finalized", "package.pdf_attachment", "package.qr_mismatch"} <= set(codes(verdict))


def test_checkins_that_differ_from_the_journal_are_caught_even_when_resigned(finalized, pki):
    csv = members(finalized["v1"])["checkins.csv"].decode().splitlines()
    forged = ("\n".join(csv[:-1]) + "\n").encode()  # one check-in left out
    verdict = package.verify_package(resign(finalized["v1"], pki, **{"checkins.csv": forged}), [pki.ca_pem])
    assert [p for p in verdict.problems if p.code == "package.checkins_mismatch"][0].params == {
        "missing": 1, "unexpected": 0}
    assert "package.checkins_count" in codes(verdict)


def test_a_package_signed_by_an_untrusted_key_is_refused(pki, tmp_path):
    st = drive_to_counted(tmp_path / "s.db")
    result = st.finalize(st.login("chair", "1111"), pki.stranger_p12, KEY_PASSWORD, tmp_path / "p.zip")
    verdict = package.verify_package(result.package_path, [pki.ca_pem])
    assert not verdict.ok
    assert {p.params["reason"] for p in verdict.problems if p.code == "package.signature"} == {"signature.untrusted"}
    assert verdict.facts["signer"] == "Бөтен Адам"
    assert package.verify_package(result.package_path, [pki.stranger_ca_pem]).ok
    st.close_db()


def test_not_a_package_at_all(tmp_path, pki):
    path = tmp_path / "photo.zip"
    path.write_bytes(b"\x89PNG not a zip")
    verdict = package.verify_package(path, [pki.ca_pem])
    assert codes(verdict) == ["package.unreadable"]
    assert codes(package.verify_package(tmp_path / "missing.zip", [pki.ca_pem])) == ["package.unreadable"]


def test_problems_read_as_sentences(finalized, pki):
    changed = bytearray(finalized["v1"])
    start = bytes(changed).index(b"%PDF-")
    changed[start + 500] ^= 0x01
    verdict = package.verify_package(bytes(changed), [])
    texts = [package.describe(p) for p in verdict.problems]
    assert any(t.startswith("protocol.pdf was altered") for t in texts)
    assert any("does not lead to a trusted certificate" in t for t in texts)


def test_a_record_slipped_in_before_the_finalization_is_caught_even_with_a_rebuilt_chain(finalized, pki):
    from polling_station.storage import journal
    files = members(finalized["v1"])
    rows, _ = package.parse_journal_jsonl(files["journal.jsonl"])
    *kept, final = rows
    payload = journal.canonical({"id": 9, "at": kept[-1][1], "kind": "complaint", "description": "кейін / позже",
                                 "action_taken": "", })
    inserted = (final[0], final[1], "chair", "incident", payload, kept[-1][6])
    inserted += (journal.entry_hash(inserted[5], *inserted[:5]),)
    moved = (final[0] + 1, final[1], final[2], final[3], final[4], inserted[6])
    moved += (journal.entry_hash(moved[5], *moved[:5]),)
    rebuilt = package.journal_jsonl(kept + [inserted, moved])
    verdict = package.verify_package(resign(finalized["v1"], pki, **{"journal.jsonl": rebuilt}), [pki.ca_pem])
    assert [(p.code, p.params) for p in verdict.problems] == [
        ("package.journal_after_protocol", {"seq": final[0] - 1, "finalized": final[0] + 1}),
        # and the replayed annex names what the protocol left out
        ("package.incident_missing", {"id": 9, "at": kept[-1][1]})]


def _mutations(value, path=()):
    """Every way to break one field of a JSON value: drop it, or give it a value of another type."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield path + (key,), "drop"
            for other in (None, "x", -1, True, [], {}):
                if type(other) is not type(item):
                    yield path + (key,), other
            yield from _mutations(item, path + (key,))
    elif isinstance(value, list) and value:
        yield from _mutations(value[0], path + (0,))


def _apply(value, path, change):
    value = json.loads(json.dumps(value))
    target = value
    for step in path[:-1]:
        target = target[step]
    if change == "drop":
        del target[path[-1]]
    else:
        target[path[-1]] = change
    return value


def test_a_crafted_protocol_or_journal_signed_by_the_chair_never_crashes_the_verifier(finalized, pki):
    from polling_station.storage import journal
    files = members(finalized["v1"])
    protocol = json.loads(files["protocol.json"])
    tried = 0
    for path, change in list(_mutations(protocol))[::11]:
        forged = json.dumps(_apply(protocol, path, change), ensure_ascii=False, sort_keys=True,
                            separators=(",", ":")).encode()
        verdict = package.verify_package(resign(finalized["v1"], pki, **{"protocol.json": forged}), [pki.ca_pem])
        assert not verdict.ok, path
        tried += 1
    rows, _ = package.parse_journal_jsonl(files["journal.jsonl"])
    for index, row in enumerate(rows):
        payload = json.loads(row[4])
        for path, change in list(_mutations(payload))[:2]:
            chain, prev = [], journal.GENESIS
            for i, (seq, at, officer, action, text, _p, _h) in enumerate(rows):
                if i == index:
                    text = journal.canonical(_apply(payload, path, change))
                chain.append((seq, at, officer, action, text, prev, journal.entry_hash(prev, seq, at, officer,
                                                                                       action, text)))
                prev = chain[-1][6]
            forged = package.journal_jsonl(chain)
            verdict = package.verify_package(resign(finalized["v1"], pki, **{"journal.jsonl": forged}),
                                             [pki.ca_pem])
            assert isinstance(verdict.ok, bool)
            tried += 1
    assert tried > 50


# ----- the protocol against its own journal: beyond the numbers ---------------------------------

OPENING_EXCEPTION = "Оқшаулау бөлмесі көрші мектепте / изолятор в соседней школе"


@pytest.fixture
def counted_station(tmp_path):
    st = drive_to_counted(tmp_path / "station.db", opening_exception=OPENING_EXCEPTION)
    yield st
    st.close_db()


def finalize(st, pki, path, key=None, **kw):
    return st.finalize(st.login("chair", "1111"), key or pki.chair_p12, KEY_PASSWORD, path, **kw).package_path


def found(verdict):
    return sorted((p.code, tuple(sorted(p.params.items()))) for p in verdict.problems)


def test_a_protocol_that_lists_everything_the_journal_records_verifies(counted_station, pki, tmp_path):
    verdict = package.verify_package(finalize(counted_station, pki, tmp_path / "p.zip"), [pki.ca_pem])
    assert verdict.ok, verdict.problems
    protocol = verdict.facts["protocol"]
    assert [e["reason"] for e in protocol["checklists"]["exceptions"]] == [OPENING_EXCEPTION]
    assert protocol["opened_at"] == "2020-10-03T08:00:00+06:00"


def test_a_protocol_that_leaves_out_what_its_journal_records_fails_and_names_it(counted_station, pki, tmp_path,
                                                                                monkeypatch):
    st = counted_station
    runs, observers = st.checklist_runs, st.observers
    periodic = st.checklist_runs("periodic")[0]
    incident = st.incidents()[0]
    exception = st.checklist_exceptions()[0]

    def observers_rewritten():
        out = observers()
        out[0]["remarks"][0]["text"] = "Ескерту жоқ / замечаний нет"
        return out + [{"id": 7, "name": "Жоқ Адам", "represents": "—", "arrived_at": out[0]["arrived_at"],
                       "left_at": None, "remarks": []}]

    # a station whose protocol drops, adds and rewrites what it recorded (a bug, or an edited file)
    monkeypatch.setattr(st, "incidents", lambda: [])
    monkeypatch.setattr(st, "checklist_exceptions", lambda: [])
    monkeypatch.setattr(st, "checklist_runs", lambda name=None: [r for r in runs(name) if r["name"] != "periodic"])
    monkeypatch.setattr(st, "observers", observers_rewritten)
    verdict = package.verify_package(finalize(st, pki, tmp_path / "p.zip"), [pki.ca_pem])
    assert not verdict.ok
    assert found(verdict) == sorted([
        ("package.checklist_run_missing", (("at", periodic["at"]), ("checklist", "periodic"), ("id", periodic["id"]))),
        ("package.exception_missing", (("at", exception["at"]), ("checklist", "opening"))),
        ("package.incident_missing", (("at", incident["at"]), ("id", incident["id"]))),
        ("package.observer_unrecorded", (("id", 7), ("name", "Жоқ Адам"))),
        ("package.remark_mismatch", (("field", "text"), ("id", 1), ("observer", 1))),
    ])
    texts = [package.describe(p) for p in verdict.problems]
    assert any("incident 1" in t for t in texts) and any("observer 7 («Жоқ Адам»)" in t for t in texts)


def test_the_warnings_are_recomputed_from_the_lines(counted_station, pki, tmp_path, monkeypatch):
    import dataclasses
    from polling_station.reports import protocol_model as pm
    real = pm.build_protocol

    def warnings_shuffled(**kw):
        model = real(**kw)
        city, district = model.races
        # the city's CR10 dropped, the district's CR08 copied to the city, where it holds
        city = dataclasses.replace(city, warnings=district.warnings)
        return dataclasses.replace(model, races=(city, district))

    monkeypatch.setattr(pm, "build_protocol", warnings_shuffled)
    verdict = package.verify_package(finalize(counted_station, pki, tmp_path / "p.zip"), [pki.ca_pem])
    assert {(p.code, p.params.get("race"), p.params.get("relation")) for p in verdict.problems} == {
        ("package.warning_missing", "almaty-city", "CR10"),
        ("package.warning_extra", "almaty-city", "CR08"),
        ("package.explanation_mismatch", "almaty-city", "CR08"),
    }


def test_the_stated_hours_are_the_journals(counted_station, pki, tmp_path, monkeypatch):
    import dataclasses
    from polling_station.reports import protocol_model as pm
    real = pm.build_protocol
    monkeypatch.setattr(pm, "build_protocol",
                        lambda **kw: dataclasses.replace(real(**kw), opened_at="2020-10-03T07:00:00+06:00"))
    verdict = package.verify_package(finalize(counted_station, pki, tmp_path / "p.zip"), [pki.ca_pem])
    assert found(verdict) == [("package.opened_mismatch", (("journal", "2020-10-03T08:00:00+06:00"),
                                                           ("protocol", "2020-10-03T07:00:00+06:00")))]


def test_a_protocol_naming_another_signer_than_the_pdfs_fails(counted_station, pki, tmp_path, monkeypatch):
    import dataclasses
    from polling_station.reports import protocol_model as pm
    real = pm.build_protocol
    monkeypatch.setattr(pm, "build_protocol", lambda **kw: dataclasses.replace(
        real(**kw), signer=pm.SignerNote("Серікова Айжан", DEPUTY_IIN, "0" * 64)))
    verdict = package.verify_package(finalize(counted_station, pki, tmp_path / "p.zip"), [pki.ca_pem])
    assert codes(verdict) == ["package.protocol_signer"]


def test_a_change_of_signer_the_station_did_not_record_is_caught(counted_station, pki, other_signers, tmp_path,
                                                                 monkeypatch):
    st = counted_station
    assert package.verify_package(finalize(st, pki, tmp_path / "v1.zip"), [pki.ca_pem]).ok
    # a station that let another person's key sign without the chair's recorded reason
    monkeypatch.setattr(st, "_signer_change", lambda *args: None)
    v2 = finalize(st, pki, tmp_path / "v2.zip", key=other_signers.deputy_p12, reason="бүлінді / испорчен")
    verdict = package.verify_package(v2, [pki.ca_pem])
    assert found(verdict) == [("package.signer_change_unrecorded", (
        ("iin", DEPUTY_IIN), ("previous", "Асқаров Болат"), ("previous_iin", CHAIR_IIN), ("previous_version", 1),
        ("signer", "Серікова Айжан"), ("version", 2)))]
