"""The branch report of the small election, checked line by line against the figures computed by
hand in ``test_branch_data``; and the same report whatever the order of the imports."""
import json
import shutil
import subprocess

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from polling_station.reports.branch_files import FILES
from polling_station.services.branch import Branch
from tests.conftest import Clock
from tests.services.test_branch_data import (M, ONLINE_ROWS, election, online_text, paper_at, read_lines,
                                             render, world)

EXCLUDED = "Бақылау комитетінің шешімі / Решение контрольного комитета"


@pytest.fixture(scope="session")
def w(tmp_path_factory):
    return world(tmp_path_factory)


def make_branch(path, w, policy="paper_prevails"):
    b = Branch.create(path, election(policy), roll=w.roll, clock=Clock(), operator="aliya")
    b.trust(w.ca.pem)
    return b


@pytest.fixture
def report(tmp_path, w):
    b = make_branch(tmp_path / "branch.db", w)
    outcomes = b.import_packages([w.packages[p] for p in ("P1", "P2", "P3")])
    assert [o.result for o in outcomes] == ["imported"] * 3
    b.import_online(w.online, rejects_path=tmp_path / "online.rejects.csv", render=render)
    paths = b.write_report(tmp_path / "out")
    b.close_db()
    assert [p.name for p in paths] == list(FILES)
    return tmp_path / "out"


def lines(path) -> list[str]:
    text = read_lines(path)
    assert text[0].startswith("\ufeff") and text[-1] == ""
    return [text[0][1:], *text[1:-1]]


def test_turnout_by_region(report):
    assert lines(report / "turnout.csv") == [
        "region,name,registered,voted,paper,online,percent",
        # P1 5 + P2 4 registered; paper m1 m2 m3 m7 m8; online m4 m5 m9; 8 / 9 = 88.89 %
        "north,Солтүстік / Север,9,8,5,3,88.9",
        # P3: m11–m15 and m17 registered (m16 joined late); paper m11 m12; online m13 m14 m15
        "south,Оңтүстік / Юг,6,5,2,3,83.3",
        "TOTAL,Барлығы / Всего,15,13,7,6,86.7",
    ]


def test_turnout_by_precinct(report):
    assert lines(report / "precincts.csv") == [
        "region,precinct,name,registered,voted,paper,online,percent,status,version",
        "north,P1,№1 учаске / Участок №1,5,5,3,2,100.0,imported,1",
        "north,P2,№2 учаске / Участок №2,4,3,2,1,75.0,imported,1",
        "south,P3,№3 учаске / Участок №3,6,5,2,3,83.3,imported,1",
        "TOTAL,,Барлығы / Всего,15,13,7,6,86.7,,",
    ]


def test_results_per_race(report):
    assert lines(report / "results.csv") == [
        "race,candidate,paper,online,total,rank,excluded",
        # paper P1 + P2; online m4 (N2 N4), m5 (N4), m9 (N3 N2); m1 and m8 annulled
        "north-council,N2,2,2,4,1,",
        "north-council,N4,1,2,3,2,",     # a tie: Бекұлы before Сейітов, both rank 2
        "north-council,N1,3,0,3,2,",
        "north-council,N5,1,0,1,4,",
        f"north-council,N3,1,1,2,,{EXCLUDED}",  # more votes than N5, but excluded: shown, not ranked
        # paper P3; online m13 (S2), m14 (S3), m15 (S1); m12 annulled
        "south-council,S2,1,1,2,1,",
        "south-council,S1,1,1,2,1,",
        "south-council,S3,0,1,1,3,",
        "south-council,S4,0,0,0,4,",
    ]


def test_ratings_overall_women_and_youth(report):
    assert lines(report / "ratings.csv") == [
        "race,rating,rank,tied,candidate,name,sex,youth,total,excluded",
        "north-council,overall,1,,N2,Әлиев Дәурен Серікұлы,M,,4,",
        "north-council,overall,2,yes,N4,Бекұлы Нұржан,M,,3,",
        "north-council,overall,2,yes,N1,Сейітов Арман Болатұлы,M,,3,",
        "north-council,overall,4,,N5,Қасымова Дана Ерланқызы,F,yes,1,",
        f"north-council,overall,,,N3,Жақсыбеков Ерлан,M,yes,2,{EXCLUDED}",
        "north-council,women,1,,N5,Қасымова Дана Ерланқызы,F,yes,1,",
        "north-council,youth,1,,N5,Қасымова Дана Ерланқызы,F,yes,1,",
        f"north-council,youth,,,N3,Жақсыбеков Ерлан,M,yes,2,{EXCLUDED}",
        "south-council,overall,1,yes,S2,Нұрланов Бауыржан,M,,2,",
        "south-council,overall,1,yes,S1,Омарова Сәуле,F,,2,",
        "south-council,overall,3,,S3,Төлеген Асхат,M,yes,1,",
        "south-council,overall,4,,S4,Ыбырай Гүлмира,F,,0,",
        "south-council,women,1,,S1,Омарова Сәуле,F,,2,",
        "south-council,women,2,,S4,Ыбырай Гүлмира,F,,0,",
        "south-council,youth,1,,S3,Төлеген Асхат,M,yes,1,",
    ]


def test_conflicts_list_each_double_vote_whichever_came_first(report):
    assert lines(report / "conflicts.csv") == [
        "iin,race,paper_at,online_at,resolution",
        f"{M['m1']},north-council,{paper_at('m1')},2020-10-01T12:00:00+06:00,online_annulled",  # online first
        f"{M['m8']},north-council,{paper_at('m8')},2020-10-04T09:00:00+06:00,online_annulled",  # paper first
        f"{M['m12']},south-council,{paper_at('m12')},2020-10-02T12:00:00+06:00,online_annulled",
    ]


def test_the_draft_list_meets_both_quotas(report):
    assert lines(report / "draft_list.csv") == [
        "race,position,candidate,name,sex,youth,total,rank,reason,tie_at_cut",
        # 3 seats: ≥ 1 woman, ≥ 1 under 35. The top three are older men: Қасымова (young woman) replaces
        # Сейітов, whose total equals Бекұлы's: the cut falls inside a tie, and the list says so
        "north-council,1,N2,Әлиев Дәурен Серікұлы,M,,4,1,rating,",
        "north-council,2,N4,Бекұлы Нұржан,M,,3,2,rating,yes",
        "north-council,3,N5,Қасымова Дана Ерланқызы,F,yes,1,4,quota_women_youth,",
        # 2 seats: Омарова meets the women's quota; Төлеген (young) replaces Нұрланов, not her
        "south-council,1,S1,Омарова Сәуле,F,,2,1,rating,",
        "south-council,2,S3,Төлеген Асхат,M,yes,1,3,quota_youth,",
    ]


def test_results_json_holds_the_same_figures(report):
    data = json.loads((report / "results.json").read_text(encoding="utf-8"))
    assert data["format"] == "polling-station/branch-results@1" and data["policy"] == "paper_prevails"
    assert data["turnout"]["total"] == {"region": "TOTAL", "name": "Барлығы / Всего", "registered": 15,
                                        "voted": 13, "paper": 7, "online": 6, "percent": "86.7"}
    assert [p["precinct"] for p in data["sources"]["packages"]] == ["P1", "P2", "P3"]
    assert (data["sources"]["online_ballots"], data["sources"]["online_counted"],
            data["sources"]["online_annulled"]) == (9, 6, 3)
    north = data["races"][0]
    assert [(c["id"], c["total"], c["rank"], c["tied"]) for c in north["candidates"]] == [
        ("N2", 4, 1, False), ("N4", 3, 2, True), ("N1", 3, 2, True), ("N5", 1, 4, False), ("N3", 2, None, False)]
    assert [p["code"] for p in north["draft_list"]["problems"]] == ["ranking.tie_at_cut"]
    assert north["draft_list"]["problems"][0]["params"]["unselected_ids"] == ["N1"]
    assert [c["iin"] for c in data["conflicts"]] == [M["m1"], M["m8"], M["m12"]]
    # m10's two ballots differ (one file): set aside and listed; four rows the roll refuses are kept
    assert data["online_set_aside"] == [{"iin": M["m10"], "race": "north-council", "precinct": "P2", "ballots": [
        {"voted_at": "2020-10-02T10:00:00+06:00", "choices": ["N1"]},
        {"voted_at": "2020-10-02T10:05:00+06:00", "choices": ["N2"]}]}]
    assert (data["sources"]["online_set_aside"], data["sources"]["online_not_admitted"]) == (1, 4)
    assert [(p["code"], p["params"]) for p in data["problems"]] == [
        ("branch.online_set_aside", {"race": "north-council", "count": 1})]


def test_the_pdf_is_bilingual_with_embedded_fonts(report):
    pdf = report / "report.pdf"
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])  # every font embedded
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for expected in ("Праймериз қорытындылары", "Итоги праймериз", "Явка по регионам", "88.9", "86.7",
                     "Әлиев Дәурен Серікұлы", "Қасымова Дана Ерланқызы", "әйелдер мен жастар квотасы",
                     "квота молодёжи", "исключён"):
        assert expected in text, expected


def test_with_the_refuse_policy_double_votes_go_to_the_commission(tmp_path, w):
    b = make_branch(tmp_path / "branch.db", w, policy="refuse")
    b.import_packages([w.packages[p] for p in ("P1", "P2", "P3")])
    b.import_online(w.online)
    b.write_report(tmp_path / "out")
    b.close_db()
    conflicts = lines(tmp_path / "out" / "conflicts.csv")
    assert [c.rsplit(",", 1)[1] for c in conflicts[1:]] == ["referred_to_commission"] * 3
    assert lines(tmp_path / "out" / "turnout.csv")[-1] == "TOTAL,Барлығы / Всего,15,13,7,6,86.7"


# ----- any order, any split of the online files, the same reports --------------------------------

PACKAGE_STEPS = ("P1", "P2", "P3", "P1v2", "P1other")
# beyond the file's own rows (m10's two differing ballots among them): m4's ballot again, differing
# (set aside whether it lands in the same file or another), and m13's again, identical (one ballot)
EXTRA_ROWS = [(23, f"{M['m4']},2020-10-01T10:30:00+06:00,north-council,N1"),
              (24, f"{M['m13']},2020-10-02T04:00:00+00:00,south-council,S2")]
ALL_ROWS = ONLINE_ROWS + EXTRA_ROWS
FILES_PER_SPLIT = 3


def roll_two(roll_csv: str) -> str:
    """A newer roll: m5 (who voted online) suspended, m6 (whose online ballot the first roll
    refused) reinstated."""
    out = []
    for line in roll_csv.split("\n"):
        if line.startswith(M["m5"] + ","):
            line = line.rsplit(",", 1)[0] + ",suspended"
        elif line.startswith(M["m6"] + ","):
            line = line.rsplit(",", 1)[0] + ",active"
        out.append(line)
    return "\n".join(out)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, w):
    folder = tmp_path_factory.mktemp("online-inputs")
    roll2 = folder / "roll-2.csv"
    roll2.write_text(roll_two(w.roll.read_text(encoding="utf-8")), encoding="utf-8")
    whole = folder / "online-all.csv"
    whole.write_text(online_text(ALL_ROWS), encoding="utf-8")
    return {"folder": folder, "roll-2": roll2, "whole": whole}


def reports_after(folder, w, steps, files) -> dict[str, bytes]:
    """The report files after ``steps``: package names, ``roll-2``, or an online file's name."""
    b = make_branch(folder / "branch.db", w)
    for step in steps:
        if step == "roll-2":
            b.import_roll(files["roll-2"])
        elif step in files:
            b.import_online(files[step])
        else:
            b.import_package(w.packages[step])
    assert b.verify_journal() == []
    b.write_report(folder / "out")
    b.close_db()
    return {name: (folder / "out" / name).read_bytes() for name in FILES}


def without_file_hashes(results_json: bytes) -> dict:
    # the only thing a different split changes: which files, by their SHA-256, were imported
    data = json.loads(results_json)
    del data["sources"]["online_files"]
    return data


@pytest.fixture(scope="module")
def reference(tmp_path_factory, w, inputs):
    """Everything in one online file, imported in the listed order, the newer roll last."""
    folder = tmp_path_factory.mktemp("reference")
    return reports_after(folder, w, (*PACKAGE_STEPS, "whole", "roll-2"), inputs)


def test_the_reference_report_sets_differing_ballots_aside_and_applies_the_newer_roll(reference):
    data = json.loads(reference["results.json"])
    assert [(a["iin"], a["race"], len(a["ballots"])) for a in data["online_set_aside"]] == [
        (M["m4"], "north-council", 2), (M["m10"], "north-council", 2)]
    # not admitted by the newer roll: m5 (suspended now), m16 (joined late), a stranger, m2 (wrong race);
    # m6, reinstated, counts
    assert (data["sources"]["online_set_aside"], data["sources"]["online_not_admitted"]) == (2, 4)
    assert [p["code"] for p in data["problems"]] == ["branch.online_set_aside"]
    assert data["problems"][0]["params"] == {"race": "north-council", "count": 2}


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_import_order_and_any_split_of_the_online_rows_gives_the_same_reports(tmp_path, w, inputs, reference,
                                                                                 data):
    split = data.draw(st.lists(st.integers(0, FILES_PER_SPLIT - 1), min_size=len(ALL_ROWS),
                               max_size=len(ALL_ROWS)), label="file of each row")
    folder = tmp_path / f"run-{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    files = dict(inputs)
    for n in range(FILES_PER_SPLIT):
        rows = [row for row, f in zip(ALL_ROWS, split) if f == n]
        if rows:
            files[f"online-{n}"] = folder / f"online-{n}.csv"
            files[f"online-{n}"].write_text(online_text(rows), encoding="utf-8")
    steps = [*PACKAGE_STEPS, "roll-2", *(name for name in files if name.startswith("online-"))]
    order = data.draw(st.permutations(steps), label="order")
    reports = reports_after(folder, w, order, files)
    for name in FILES:
        if name == "results.json":
            assert without_file_hashes(reports[name]) == without_file_hashes(reference[name])
        else:
            assert reports[name] == reference[name], name
    shutil.rmtree(folder)


def test_the_same_two_files_in_either_order_give_the_same_bytes(tmp_path, w, inputs):
    halves = {"online-a": ALL_ROWS[::2], "online-b": ALL_ROWS[1::2]}  # m10's two rows in different files
    files = dict(inputs)
    for name, rows in halves.items():
        files[name] = tmp_path / f"{name}.csv"
        files[name].write_text(online_text(rows), encoding="utf-8")
    reports = []
    for order in (("online-a", "online-b"), ("online-b", "online-a")):
        folder = tmp_path / "-".join(order)
        folder.mkdir()
        reports.append(reports_after(folder, w, (*PACKAGE_STEPS, *order, "roll-2"), files))
    assert reports[0] == reports[1]
