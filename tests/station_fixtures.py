import pytest

from polling_station.services.station import Station

ROLL_HEADER = "iin,surname,given_name,patronymic,birth_date,sex,region,precinct,joined_on,status\n"
ROLL_ROWS = [
    "871008401427,Әбілова,Гүлнар,Маратқызы,1987-10-08,F,almaty,101,2015-05-01,active",
    "760212350620,Құдайбергенов,Әлібек,Серікұлы,1976-02-12,M,almaty,101,2010-01-20,active",
    "800416300257,Иванов,Сергей,Петрович,1980-04-16,M,almaty,102,2012-03-03,active",
    "791028302728,Шәріпов,Бекзат,Асқарұлы,1979-10-28,M,almaty,101,2020-09-20,active",
    "850808310738,Жұмабеков,Ерлан,,1985-08-08,M,almaty,101,2018-06-06,suspended",
]


@pytest.fixture
def roll_file(tmp_path):
    path = tmp_path / "roll.csv"
    path.write_text(ROLL_HEADER + "\n".join(ROLL_ROWS) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def station(tmp_path, election_data, clock):
    st = Station.create(tmp_path / "station.db", election_data, "101", chair_name="Асқаров Болат",
                        chair_id="chair", chair_pin="1111", clock=clock)
    chair = st.login("chair", "1111")
    st.add_officer(chair, "sec", "Серікова Айжан", "secretary", "2222")
    st.add_officer(chair, "c1", "Омаров Нұрлан", "clerk", "3333")
    st.add_officer(chair, "c2", "Ли Анна", "clerk", "4444")
    yield st
    st.close_db()


@pytest.fixture
def chair(station):
    return station.login("chair", "1111")


@pytest.fixture
def clerk(station):
    return station.login("c1", "3333", desk="1")


@pytest.fixture
def open_station(station, chair, roll_file):
    station.import_roll(chair, roll_file)
    for race in station.races:
        station.set_ballots_received(chair, race.id, 100)
    station.run_checklist(chair, "opening", all_yes=True)
    station.open_station(chair)
    return station
