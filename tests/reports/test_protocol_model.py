"""The protocol as a value: built from plain data, rendered to canonical JSON and to QR texts."""
import ast
import dataclasses
import json
from pathlib import Path

import pytest

from polling_station.domain import accounting
from polling_station.reports import protocol_model as pm
from tests.reports.protocol_fixtures import big_inputs, sample_inputs

CITY, DISTRICT = "almaty-city", "medeu-district"


def build(**overrides):
    inputs = sample_inputs()
    inputs.update(overrides)
    return pm.build_protocol(**inputs)


def test_every_race_carries_lines_1_to_8_and_its_candidates_in_kazakh_order():
    model = build()
    assert [r.id for r in model.races] == [CITY, DISTRICT]
    city = model.races[0]
    assert [(l.number, l.field) for l in city.lines] == list(enumerate(accounting.LINE_FIELDS, start=1))
    assert city.line_values() == (1850, 1200, 420, 12, 768, 410, 9, 401)
    assert [c.surname for c in city.candidates] == ["Әбілова", "Ғаббасов", "Жұмабекова", "Иванова", "Ким",
                                                    "Құдайбергенов", "Нұрланұлы", "Сейітқали", "Үсенова", "Шәріпов"]
    assert [c.line for c in city.candidates] == list(range(9, 19))
    district = model.races[1]
    assert [c.surname for c in district.candidates][-2:] == ["Һашимов", "Ыбырайқызы"]
    assert next(c for c in district.candidates if c.surname == "Һашимов").excluded


def test_a_failed_warning_comes_with_the_commissions_explanation():
    model = build()
    [warning] = model.races[0].warnings
    assert (warning.id, warning.severity, warning.formula) == ("CR08", "warning", "6 < 3")
    assert dict(warning.params) == {"found_in_box": 410, "issued": 420, "missing": 10}
    assert warning.explanation.startswith("10 сайлаушы")
    assert "бюллетеньдер" in warning.text.kk and "бюллетеней" in warning.text.ru
    assert model.races[0].relations_checked == tuple(r.id for r in accounting.CONTROL_RELATIONS)


def test_the_annex_holds_checklists_exceptions_overdue_periods_observers_and_incidents():
    model = build()
    assert [r.name for r in model.checklist_runs] == ["opening"] + ["periodic"] * 6 + ["closing"]
    opening = model.checklist_runs[0]
    failed = next(a for a in opening.answers if a.answer == "no")
    assert failed.item == "isolation_room" and failed.mandatory and failed.note
    assert failed.text.kk and failed.text.ru
    [exception] = model.checklist_exceptions
    assert exception.failed_mandatory == ("isolation_room",) and exception.failed_texts[0].ru
    [overdue] = model.overdue_periods
    assert (overdue.item, overdue.start, overdue.end) == ("surfaces_disinfected", "2020-10-03T10:00:00+06:00",
                                                          "2020-10-03T10:25:00+06:00")
    [observer] = model.observers
    assert observer.remarks[0].response == "Перде ілінді / Шторка повешена"
    assert model.incidents[0].kind == "power"


def test_the_commission_lists_chair_secretary_then_members_in_kazakh_order():
    model = build()
    assert [(m.role, m.name) for m in model.commission] == [
        ("chair", "Асқаров Болат"), ("secretary", "Серікова Айжан"), ("clerk", "Ли Анна"), ("clerk", "Омаров Нұрлан")]
    assert model.officer_name("sec") == "Серікова Айжан"


def test_one_signing_time_and_the_version_with_its_reason():
    model = build(version=2, reason="  Қайта санау / пересчёт  ",
                  supersedes=[pm.PriorVersion(1, "2020-10-03T22:00:00+06:00", "c" * 64)])
    assert model.signed_at == "2020-10-03T23:41:00+06:00"
    assert (model.version, model.reason) == (2, "Қайта санау / пересчёт")
    assert model.supersedes[0].sha256 == "c" * 64


def test_nothing_is_built_from_a_count_that_may_not_be_finalized():
    inputs = sample_inputs(explanations=False)
    problems = pm.finalize_problems(inputs["election"], "101", inputs["records"], inputs["sheets"], [])
    assert [(p.code, p.params["race"]) for p in problems] == [("protocol.warning_unexplained", CITY),
                                                              ("protocol.warning_unexplained", DISTRICT)]
    with pytest.raises(ValueError):
        pm.build_protocol(**inputs)

    inputs = sample_inputs(unused=700)  # 1200 ≠ 420 + 12 + 700: CR01 is an error
    problems = pm.finalize_problems(inputs["election"], "101", inputs["records"], inputs["sheets"],
                                    inputs["explanations"])
    assert {p.code for p in problems} == {"relation.CR01"}
    assert all(p.is_error and p.params["race"] in (CITY, DISTRICT) for p in problems)

    inputs = sample_inputs()
    del inputs["sheets"][DISTRICT]
    problems = pm.finalize_problems(inputs["election"], "101", inputs["records"], inputs["sheets"],
                                    inputs["explanations"])
    assert [(p.code, p.params) for p in problems] == [("protocol.not_agreed", {"race": DISTRICT})]


def test_the_machine_json_is_canonical_and_reads_back():
    model = build()
    data = pm.to_machine_json(model)
    value = json.loads(data)
    assert value["format"] == "polling-station/protocol@1"
    assert data == json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    assert "Әбілова" in data.decode("utf-8")
    assert value["races"][0]["lines"] == dict(zip(accounting.LINE_FIELDS, (1850, 1200, 420, 12, 768, 410, 9, 401)))
    assert value["races"][0]["candidates"][0] == {"line": 9, "id": "A02", "name": "Әбілова Гүлнар Маратқызы",
                                                  "votes": value["races"][0]["candidates"][0]["votes"],
                                                  "excluded": False}
    assert value["journal"] == {"seq": 120, "hash": "ab" * 32}
    assert pm.read_machine_json(data) == value
    assert pm.to_machine_json(build()) == data  # the same data, the same bytes, the same SHA-256


@pytest.mark.parametrize("damage", [
    lambda d: d.replace(b'{"checkins"', b'{ "checkins"'),          # same content, another spelling
    lambda d: d.replace(b"polling-station/protocol@1", b"polling-station/protocol@9"),
    lambda d: d.replace(b'"found_in_box":410', b'"found_in_box":"410"', 1),
    lambda d: d[:-1],
])
def test_a_protocol_json_that_is_not_canonical_or_well_formed_is_refused(damage):
    with pytest.raises(pm.MachineProtocolError):
        pm.read_machine_json(damage(pm.to_machine_json(build())))


def test_the_protocol_states_the_hours_and_the_signer():
    signer = pm.SignerNote("Серікова Айжан", "760212350620", "ab" * 32)
    change = pm.SignerChange("Төраға ауруханада / председатель в больнице",
                             pm.SignerNote("Асқаров Болат", "871008401427", "cd" * 32), 1)
    model = build(opened_at="2020-10-03T08:00:00+06:00", closed_at="2020-10-03T20:00:00+06:00", version=2,
                  reason="Қайта басылды / переиздан", signer=signer, signer_change=change)
    assert (model.opened_at, model.closed_at) == ("2020-10-03T08:00:00+06:00", "2020-10-03T20:00:00+06:00")
    value = pm.read_machine_json(pm.to_machine_json(model))
    assert (value["opened_at"], value["closed_at"]) == (model.opened_at, model.closed_at)
    assert value["signer"] == {"name": "Серікова Айжан", "iin": "760212350620", "sha256": "ab" * 32}
    assert value["signer_change"] == {"reason": change.reason, "previous_version": 1, "previous": {
        "name": "Асқаров Болат", "iin": "871008401427", "sha256": "cd" * 32}}
    # a preview, before a key is chosen, names no signer
    preview = pm.to_machine_dict(build())
    assert (preview["signer"], preview["signer_change"], preview["opened_at"]) == (None, None, "")


def test_a_protocol_written_before_the_hours_and_the_signer_existed_still_reads():
    value = json.loads(pm.to_machine_json(build()))
    for name in ("opened_at", "closed_at", "signer", "signer_change"):
        del value[name]
    assert pm.read_machine_json(pm.canonical_json(value)) == value


@pytest.mark.parametrize("name, bad", [("opened_at", 8), ("signer", "Асқаров"), ("signer", {"name": "x"}),
                                       ("signer_change", {"reason": "x"}), ("observers", [{"id": "1"}]),
                                       ("incidents", {}), ("checklists", {"runs": [{"name": "opening"}]})])
def test_the_parts_a_verifier_compares_have_their_shape(name, bad):
    value = json.loads(pm.to_machine_json(build()))
    value[name] = bad
    with pytest.raises(pm.MachineProtocolError):
        pm.read_machine_json(pm.canonical_json(value))


def test_the_qr_text_is_compact_ascii_and_decodes_to_the_same_lines():
    model = build()
    machine = pm.to_machine_dict(model)
    sha = pm.sha256_hex(pm.to_machine_json(model))
    [text] = pm.qr_payloads(machine, sha)
    assert text.isascii() and len(text) < 300
    assert text.startswith(f"PSQ1;E=amanat-primaries-2020-demo;P=101;V=1;H={sha[:16]};Q=1/1;R=almaty-city:"
                           "1850,1200,420,12,768,410,9,401:")
    decoded = pm.parse_qr_payloads([text])
    assert decoded == pm.qr_summary(machine, sha)
    city = model.races[0]
    assert decoded["races"][CITY]["votes"] == list(city.votes_by_id())
    assert decoded["races"][CITY]["lines"] == list(city.line_values())


def test_a_large_race_is_split_across_codes_that_each_fit_version_25_at_level_m():
    model = pm.build_protocol(**big_inputs(400))
    machine = pm.to_machine_dict(model)
    sha = pm.sha256_hex(pm.to_machine_json(model))
    texts = pm.qr_payloads(machine, sha)
    assert len(texts) >= 2
    assert all(len(t.encode("ascii")) <= pm.QR_CAPACITY for t in texts)
    assert [t.split(";")[5] for t in texts] == [f"Q={k}/{len(texts)}" for k in range(1, len(texts) + 1)]
    # scanned in any order, the parts join into the whole protocol
    assert pm.parse_qr_payloads(reversed(texts)) == pm.qr_summary(machine, sha)
    assert len(pm.parse_qr_payloads(texts)["races"][CITY]["votes"]) == 400


def test_missing_or_foreign_qr_parts_are_named():
    model = pm.build_protocol(**big_inputs(400))
    machine = pm.to_machine_dict(model)
    texts = pm.qr_payloads(machine, pm.sha256_hex(pm.to_machine_json(model)))
    with pytest.raises(pm.QrPayloadError) as exc:
        pm.parse_qr_payloads(texts[1:])
    assert exc.value.problems[0].code == "qr.parts"
    other = pm.qr_payloads(machine, "f" * 64)
    with pytest.raises(pm.QrPayloadError) as exc:
        pm.parse_qr_payloads([texts[0], other[1]])
    assert exc.value.problems[0].code == "qr.mixed" and exc.value.problems[0].params["field"] == "H"
    with pytest.raises(pm.QrPayloadError) as exc:
        pm.parse_qr_payloads(["https://example.org"])
    assert exc.value.problems[0].code == "qr.unreadable"


def test_ids_with_separators_survive_the_qr():
    model = build()
    machine = pm.to_machine_dict(model)
    machine = json.loads(json.dumps(machine))
    machine["races"][0]["id"] = "қала;R=x:1"
    texts = pm.qr_payloads(machine, "0" * 64)
    assert all(t.isascii() for t in texts)
    assert "қала;R=x:1" in pm.parse_qr_payloads(texts)["races"]


def test_hash_groups_are_short_and_complete():
    assert pm.hash_groups("0123456789abcdef" * 4) == " ".join(["0123", "4567", "89ab", "cdef"] * 4)


def test_the_model_is_frozen():
    model = build()
    with pytest.raises(dataclasses.FrozenInstanceError):
        model.version = 3


def test_the_view_model_module_is_pure():
    forbidden = {"PySide6", "sqlite_utils", "sqlite3", "reportlab", "pyhanko", "qrcode", "click", "shutil",
                 "subprocess", "socket", "tempfile", "io", "csv", "os", "pathlib"}
    tree = ast.parse(Path(pm.__file__).read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            assert node.func.id != "open"
    assert imported & forbidden == set()
