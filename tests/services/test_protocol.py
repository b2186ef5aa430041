"""Finalizing the protocol through the station service: the chair signs, the station becomes
read-only, a correction is a new version, and the package always verifies."""
import errno
import json
import time

import pytest

from polling_station.errors import Refused
from polling_station.exchange import package
from polling_station.storage import journal
from tests.reports.protocol_fixtures import (CHAIR_IIN, CITY, DEPUTY_IIN, DISTRICT, KEY_PASSWORD,  # noqa: F401
                                             VOTERS, drive_to_counted, other_signers, pki)


def codes(exc):
    return [p.code for p in exc.value.problems]


@pytest.fixture
def counted(tmp_path):
    st = drive_to_counted(tmp_path / "station.db")
    yield st
    st.close_db()


@pytest.fixture
def chair(counted):
    return counted.login("chair", "1111")


def actions(st):
    return [e.action for e in journal.entries(st.db)]


def test_the_chair_finalizes_a_counted_station(counted, chair, pki, tmp_path):
    st = counted
    started = time.perf_counter()
    result = st.finalize(chair, pki.chair_p12, KEY_PASSWORD, tmp_path / "protocol-101.zip")
    elapsed = time.perf_counter() - started
    assert st.state == "FINALIZED"
    assert (result.version, result.signer, result.signer_iin) == (1, "Асқаров Болат", "871008401427")
    assert result.signed_at == st.clock().isoformat(timespec="seconds")
    [v1] = st.protocols()
    assert (v1["version"], v1["protocol_sha256"], v1["package_sha256"]) == (
        1, result.protocol_sha256, result.package_sha256)
    finalized = [e for e in journal.entries(st.db) if e.action == "protocol.finalized"]
    assert finalized[0].payload["protocol_sha256"] == result.protocol_sha256
    assert finalized[0].payload["pdf_sha256"] == result.pdf_sha256
    assert actions(st)[-2:] == ["protocol.finalized", "protocol.exported"]
    assert st.verify_journal() == []
    started = time.perf_counter()
    verdict = package.verify_package(result.package_path, [pki.ca_pem])
    print(f"\nfinalize (render + sign + store + package): {elapsed:.3f} s; "
          f"verify: {time.perf_counter() - started:.3f} s")
    assert verdict.ok, verdict.problems


def test_render_and_sign_time_warm(counted, chair, pki, tmp_path):
    from polling_station.reports.protocol_pdf import render_protocol_pdf
    from polling_station.signing import pades
    render_protocol_pdf(counted.protocol_model())  # fonts registered, modules imported
    started = time.perf_counter()
    model = counted.protocol_model()
    pdf = render_protocol_pdf(model)
    rendered = time.perf_counter()
    pades.sign_pdf(pdf, pki.chair_p12, KEY_PASSWORD.encode())
    signed = time.perf_counter()
    counted.finalize(chair, pki.chair_p12, KEY_PASSWORD, tmp_path / "p.zip")
    finalized = time.perf_counter()
    print(f"\nrender {rendered - started:.3f} s, sign {signed - rendered:.3f} s, "
          f"whole finalize {finalized - signed:.3f} s")


def test_the_protocol_holds_what_the_station_recorded(counted):
    model = counted.protocol_model()
    city, district = model.races
    assert city.line_values() == (2, 100, 2, 1, 97, 2, 0, 2)
    assert district.line_values() == (2, 100, 2, 0, 98, 1, 0, 1)
    assert [w.id for w in city.warnings] == ["CR10"] and city.warnings[0].explanation.startswith("Бір сайлаушы")
    assert [w.id for w in district.warnings] == ["CR08"]
    assert (model.checkins.live, model.checkins.voided) == (2, 1)
    assert [r.name for r in model.checklist_runs] == ["opening", "periodic", "closing"]
    assert model.overdue_periods and model.overdue_periods[-1].ongoing
    assert model.observers[0].remarks[0].responded_by == "chair"
    assert model.incidents[0].kind == "power"
    assert [m.role for m in model.commission] == ["chair", "secretary", "clerk", "clerk"]
    head = counted.db.execute("SELECT seq, hash FROM journal_head").fetchone()
    assert (model.journal_seq, model.journal_hash) == tuple(head)


def test_only_the_chair_finalizes(counted, pki, tmp_path):
    secretary = counted.login("sec", "2222")
    with pytest.raises(Refused) as exc:
        counted.finalize(secretary, pki.chair_p12, KEY_PASSWORD, tmp_path / "p.zip")
    assert codes(exc) == ["auth.role"]
    assert counted.state == "COUNTED"


def test_nothing_is_finalized_before_the_count(counted, chair, pki, tmp_path):
    st = counted
    st.reopen_count(chair, CITY)
    with pytest.raises(Refused) as exc:
        st.finalize(chair, pki.chair_p12, KEY_PASSWORD, tmp_path / "p.zip")
    assert codes(exc) == ["station.state"]
    assert st.protocols() == []
    assert not (tmp_path / "p.zip").exists()


def test_a_wrong_password_is_said_plainly_and_changes_nothing(counted, chair, pki, tmp_path):
    with pytest.raises(Refused) as exc:
        counted.finalize(chair, pki.chair_p12, "not-the-password", tmp_path / "p.zip")
    assert codes(exc) == ["key.wrong_password"]
    assert exc.value.problems[0].params["path"] == str(pki.chair_p12)
    assert counted.state == "COUNTED" and counted.protocols() == []
    assert "protocol.finalized" not in actions(counted)
    assert list(tmp_path.glob("*.zip")) == []


@pytest.mark.parametrize("key, code", [("auth_p12", "key.not_for_signing"),
                                       ("self_signed_p12", "protocol.key_self_signed")])
def test_a_key_that_must_not_sign_is_refused(counted, chair, pki, tmp_path, key, code):
    with pytest.raises(Refused) as exc:
        counted.finalize(chair, getattr(pki, key), KEY_PASSWORD, tmp_path / "p.zip")
    assert codes(exc) == [code]
    assert counted.state == "COUNTED"


def test_a_key_from_an_untrusted_ca_is_refused_when_the_station_knows_its_ca(counted, chair, pki, tmp_path):
    with pytest.raises(Refused) as exc:
        counted.finalize(chair, pki.stranger_p12, KEY_PASSWORD, tmp_path / "p.zip", trust_roots=[pki.ca_pem])
    assert codes(exc) == ["protocol.key_untrusted"]
    assert counted.state == "COUNTED"
    result = counted.finalize(chair, pki.chair_p12, KEY_PASSWORD, tmp_path / "p.zip", trust_roots=[pki.ca_pem])
    assert result.version == 1


def test_a_vanished_usb_stick_is_found_before_anything_is_signed(counted, chair, pki, tmp_path):
    with pytest.raises(Refused) as exc:
        counted.finalize(chair, pki.chair_p12, KEY_PASSWORD, tmp_path / "usb" / "p.zip")
    assert codes(exc) == ["export.vanished"]
    assert counted.state == "COUNTED" and counted.protocols() == []


def test_a_stick_that_fills_up_keeps_the_signed_version_and_can_be_exported_again(counted, chair, pki, tmp_path,
                                                                                  monkeypatch):
    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(package.os, "write", full)
    with pytest.raises(Refused) as exc:
        counted.finalize(chair, pki.chair_p12, KEY_PASSWORD, tmp_path / "p.zip")
    assert codes(exc) == ["export.full", "protocol.export_after_finalize"]
    assert counted.state == "FINALIZED" and counted.protocols()[0]["package_sha256"] is None
    assert list(tmp_path.glob("*.zip")) == [] and list(tmp_path.glob(".p.zip*")) == []
    monkeypatch.undo()
    with pytest.raises(Refused) as exc:
        counted.export_package(chair, pki.stranger_p12, KEY_PASSWORD, tmp_path / "again.zip")
    assert codes(exc) == ["protocol.key_not_signer"]
    exported = counted.export_package(chair, pki.chair_p12, KEY_PASSWORD, tmp_path / "again.zip")
    assert package.verify_package(exported.package_path, [pki.ca_pem]).ok
    assert counted.protocols()[0]["package_sha256"] == exported.package_sha256


def test_a_finalized_station_is_read_only(counted, chair, pki, tmp_path):
    counted.finalize(chair, pki.chair_p12, KEY_PASSWORD, tmp_path / "p.zip")
    secretary = counted.login("sec", "2222")
    clerk = counted.login("c1", "3333")
    attempts = [
        lambda: counted.add_observer(secretary, "Кейін келген / опоздавший", "X"),
        lambda: counted.set_ballots_received(chair, CITY, 5),
        lambda: counted.check_in(clerk, VOTERS[0], backfilled=True),
        lambda: counted.void_check_in(chair, VOTERS[0], "reason"),
        lambda: counted.add_officer(chair, "c9", "Жаңа", "clerk", "9999"),
        lambda: counted.run_checklist(chair, "closing", all_yes=True),
        lambda: counted.reopen_count(chair, CITY),
        lambda: counted.explain_relation(chair, CITY, "CR10", "басқа / другое"),
        lambda: counted.mark_counted(chair),
    ]
    before = counted.db.execute("SELECT seq FROM journal_head").fetchone()[0]
    for attempt in attempts:
        with pytest.raises(Refused):
            attempt()
    assert counted.db.execute("SELECT seq FROM journal_head").fetchone()[0] == before
    assert counted.state == "FINALIZED"


def test_a_reissue_keeps_both_versions(counted, chair, pki, tmp_path):
    first = counted.finalize(chair, pki.chair_p12, KEY_PASSWORD, tmp_path / "v1.zip")
    with pytest.raises(Refused) as exc:
        counted.finalize(chair, pki.chair_p12, KEY_PASSWORD, tmp_path / "v2.zip")
    assert codes(exc) == ["protocol.correction_reason"]
    counted.clock.advance(minutes=20)
    second = counted.finalize(chair, pki.chair_p12, KEY_PASSWORD, tmp_path / "v2.zip",
                              reason="Басылған данасы бүлінді / испорчен печатный экземпляр")
    assert [v["version"] for v in counted.protocols()] == [1, 2]
    assert counted.protocol_pdf(1) != counted.protocol_pdf(2)
    v2 = json.loads(counted.protocol_json(2))
    assert v2["supersedes"] == [{"version": 1, "sha256": first.protocol_sha256, "reason": "",
                                 "signed_at": first.signed_at}]
    assert v2["reason"].startswith("Басылған")
    for result in (first, second):
        assert package.verify_package(result.package_path, [pki.ca_pem]).ok
    # the first version can still be exported, its journal cut where it was finalized
    again = counted.export_package(chair, pki.chair_p12, KEY_PASSWORD, tmp_path / "v1-again.zip", version=1)
    verdict = package.verify_package(again.package_path, [pki.ca_pem])
    assert verdict.ok and verdict.facts["version"] == 1


def test_a_correction_that_changes_the_count_is_a_new_version(counted, chair, pki, tmp_path):
    st = counted
    first = st.finalize(chair, pki.chair_p12, KEY_PASSWORD, tmp_path / "v1.zip")
    with pytest.raises(Refused) as exc:
        st.reopen_for_correction(chair, "  ")
    assert codes(exc) == ["protocol.correction_reason"]
    st.reopen_for_correction(chair, "Жәшіктен тағы бір бюллетень табылды / в ящике найден ещё один бюллетень")
    assert st.state == "COUNTED"
    st.reopen_count(chair, DISTRICT)
    assert st.state == "CLOSED"
    clerk, secretary = st.login("c1", "3333"), st.login("sec", "2222")
    ids = st.race_info(DISTRICT).candidate_ids
    sheet = {"race": DISTRICT, "unused": 98, "found_in_box": 2, "invalid": 0,
             "votes": {cid: (2 if i == 0 else 1 if i == 1 else 0) for i, cid in enumerate(ids)}}
    st.enter_count(clerk, DISTRICT, sheet, 1)
    st.enter_count(secretary, DISTRICT, sheet, 2)
    st.mark_counted(chair)
    second = st.finalize(chair, pki.chair_p12, KEY_PASSWORD, tmp_path / "v2.zip")
    assert second.version == 2
    v2 = json.loads(st.protocol_json(2))
    assert v2["reason"].startswith("Жәшіктен тағы бір")
    district = next(r for r in v2["races"] if r["id"] == DISTRICT)
    assert district["lines"]["found_in_box"] == 2 and district["warnings"] == []
    v1 = json.loads(st.protocol_json(1))
    assert next(r for r in v1["races"] if r["id"] == DISTRICT)["lines"]["found_in_box"] == 1
    assert package.verify_package(second.package_path, [pki.ca_pem]).ok
    assert package.verify_package(first.package_path, [pki.ca_pem]).ok
    assert "protocol.correction_opened" in actions(st)


def test_a_record_made_while_the_chair_signs_is_not_left_out(counted, chair, pki, tmp_path, monkeypatch):
    from polling_station.reports import protocol_pdf
    clerk = counted.login("c1", "3333")
    render = protocol_pdf.render_protocol_pdf

    def render_while_another_desk_writes(model):
        counted.add_incident(clerk, "Шағым түсті / поступила жалоба", kind="complaint")
        return render(model)

    monkeypatch.setattr(protocol_pdf, "render_protocol_pdf", render_while_another_desk_writes)
    with pytest.raises(Refused) as exc:
        counted.finalize(chair, pki.chair_p12, KEY_PASSWORD, tmp_path / "p.zip")
    assert codes(exc) == ["protocol.changed_while_signing"]
    assert counted.state == "COUNTED" and counted.protocols() == []
    monkeypatch.undo()
    result = counted.finalize(chair, pki.chair_p12, KEY_PASSWORD, tmp_path / "p.zip")
    assert json.loads(counted.protocol_json())["incidents"][-1]["kind"] == "complaint"
    assert package.verify_package(result.package_path, [pki.ca_pem]).ok


# ----- who signs ---------------------------------------------------------------------------------

def finalized_payloads(st):
    return [e.payload for e in journal.entries(st.db, "protocol.finalized")]


def certificate_sha256(pem_path):
    import hashlib
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding
    cert = x509.load_pem_x509_certificate(pem_path.read_bytes())
    return hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest()


def test_the_first_protocol_records_its_signer(counted, chair, pki, tmp_path):
    st = counted
    with pytest.raises(Refused) as exc:
        st.finalize(chair, pki.chair_p12, KEY_PASSWORD, tmp_path / "p.zip", signer_change_reason="просто так")
    assert codes(exc) == ["protocol.signer_first"] and st.protocols() == []
    result = st.finalize(chair, pki.chair_p12, KEY_PASSWORD, tmp_path / "p.zip")
    fingerprint = certificate_sha256(pki.chair_pem)
    assert result.signer_sha256 == fingerprint and result.signer_change is None
    signer = st.protocol_signer()
    assert (signer.name, signer.iin, signer.sha256) == ("Асқаров Болат", CHAIR_IIN, fingerprint)
    [payload] = finalized_payloads(st)
    assert (payload["signer_iin"], payload["signer_sha256"], payload["signer_change"]) == (
        CHAIR_IIN, fingerprint, None)
    v1 = json.loads(st.protocol_json(1))
    assert v1["signer"] == {"name": "Асқаров Болат", "iin": CHAIR_IIN, "sha256": fingerprint}
    assert v1["signer_change"] is None


def test_another_persons_key_signs_a_later_version_only_with_the_chairs_reason(counted, chair, pki, other_signers,
                                                                                tmp_path):
    st = counted
    st.finalize(chair, pki.chair_p12, KEY_PASSWORD, tmp_path / "v1.zip")
    head = st.db.execute("SELECT seq FROM journal_head").fetchone()[0]
    # a reissue with the deputy's key (the same CA, a valid signing key): refused, nothing written
    with pytest.raises(Refused) as exc:
        st.finalize(chair, other_signers.deputy_p12, KEY_PASSWORD, tmp_path / "v2.zip",
                    reason="Басылған данасы бүлінді / испорчен печатный экземпляр")
    assert codes(exc) == ["protocol.signer_changed"]
    params = exc.value.problems[0].params
    assert (params["previous_iin"], params["iin"], params["version"]) == (CHAIR_IIN, DEPUTY_IIN, 1)
    assert [v["version"] for v in st.protocols()] == [1] and st.state == "FINALIZED"
    assert st.db.execute("SELECT seq FROM journal_head").fetchone()[0] == head
    assert not (tmp_path / "v2.zip").exists()
    # a correction is no way around it
    st.reopen_for_correction(chair, "Жәшіктен тағы бір бюллетень табылды / найден ещё один бюллетень")
    with pytest.raises(Refused) as exc:
        st.finalize(chair, other_signers.deputy_p12, KEY_PASSWORD, tmp_path / "v2.zip")
    assert codes(exc) == ["protocol.signer_changed"] and st.state == "COUNTED"
    # the chair records the change, with the reason: journaled and in the protocol
    why = "Төраға ауруханада / председатель в больнице; подписывает заместитель"
    second = st.finalize(chair, other_signers.deputy_p12, KEY_PASSWORD, tmp_path / "v2.zip",
                         signer_change_reason=f"  {why} ")
    chair_sha = certificate_sha256(pki.chair_pem)
    previous = {"name": "Асқаров Болат", "iin": CHAIR_IIN, "sha256": chair_sha}
    v2 = json.loads(st.protocol_json(2))
    assert v2["signer"]["iin"] == DEPUTY_IIN
    assert v2["signer_change"] == {"reason": why, "previous": previous, "previous_version": 1}
    assert finalized_payloads(st)[-1]["signer_change"] == v2["signer_change"]
    assert second.signer_change.reason == why and second.signer_iin == DEPUTY_IIN
    verdict = package.verify_package(second.package_path, [pki.ca_pem])
    assert verdict.ok, verdict.problems
    # the deputy is the signer now: a reissue by the deputy needs no new reason, the chair's key does
    third = st.finalize(chair, other_signers.deputy_p12, KEY_PASSWORD, tmp_path / "v3.zip", reason="бүлінді / испорчен")
    assert third.signer_change is None
    with pytest.raises(Refused) as exc:
        st.finalize(chair, pki.chair_p12, KEY_PASSWORD, tmp_path / "v4.zip", reason="бүлінді / испорчен")
    assert codes(exc) == ["protocol.signer_changed"]
    assert exc.value.problems[0].params["previous_iin"] == DEPUTY_IIN


def test_the_chairs_renewed_key_is_the_same_signer_a_key_without_iin_is_not(counted, chair, pki, other_signers,
                                                                           tmp_path):
    st = counted
    st.finalize(chair, pki.chair_p12, KEY_PASSWORD, tmp_path / "v1.zip")
    with pytest.raises(Refused) as exc:
        st.finalize(chair, other_signers.renewed_p12, KEY_PASSWORD, tmp_path / "v2.zip", reason="новый ключ",
                    signer_change_reason="новый ключ")
    assert codes(exc) == ["protocol.signer_unchanged"]
    renewed = st.finalize(chair, other_signers.renewed_p12, KEY_PASSWORD, tmp_path / "v2.zip", reason="новый ключ")
    assert renewed.signer_change is None and renewed.signer_sha256 != certificate_sha256(pki.chair_pem)
    # without an IIN only the very same certificate is the same signer
    with pytest.raises(Refused) as exc:
        st.finalize(chair, other_signers.no_iin_p12, KEY_PASSWORD, tmp_path / "v3.zip", reason="ещё раз")
    assert codes(exc) == ["protocol.signer_changed"]


# ----- the station's hours ------------------------------------------------------------------------

def test_the_protocol_states_when_the_station_opened_and_closed(counted, chair, pki, tmp_path):
    st = counted
    status = st.status()
    assert status["opened_at"] and status["closed_at"]
    model = st.protocol_model()
    assert (model.opened_at, model.closed_at) == (status["opened_at"], status["closed_at"])
    st.finalize(chair, pki.chair_p12, KEY_PASSWORD, tmp_path / "p.zip")
    v1 = json.loads(st.protocol_json())
    assert (v1["opened_at"], v1["closed_at"]) == ("2020-10-03T08:00:00+06:00", "2020-10-03T20:00:00+06:00")
