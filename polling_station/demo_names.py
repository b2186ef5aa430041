"""Name lists for the demo election and the benchmarks: Kazakh and Russian names as on real rolls."""

KAZAKH_SURNAMES_M = [
    "Құдайбергенов", "Әбілов", "Ғаббасов", "Шәріпов", "Жұмабеков", "Оспанов", "Қасымов", "Төлегенов",
    "Нұрланов", "Сейітқалиев", "Үсенов", "Өтегенов", "Ахметов", "Бекмұхамедов", "Дүйсенбаев", "Ержанов",
    "Ибраев", "Қайратов", "Мұхамеджанов", "Назарбеков", "Сәрсенбаев", "Тоқаев", "Ұзақбаев", "Есенов",
    "Жақсылықов", "Ысқақов", "Іргебаев", "Һашимов", "Байжанов", "Серікбаев", "Әуезов", "Ақылбеков",
]
KAZAKH_GIVEN_M = [
    "Әлібек", "Ерлан", "Данияр", "Бекзат", "Мұрат", "Асхат", "Нұрлан", "Серік", "Қайрат", "Бауыржан",
    "Ерболат", "Төлеген", "Арман", "Ғалым", "Жандос", "Ілияс", "Дәурен", "Нұрсұлтан", "Олжас", "Рүстем",
]
KAZAKH_GIVEN_F = [
    "Гүлнар", "Айгерім", "Мадина", "Салтанат", "Жанар", "Ақмарал", "Әсем", "Динара", "Гүлмира", "Айжан",
    "Назерке", "Жібек", "Баян", "Сәуле", "Құралай", "Ұлжан", "Әйгерім", "Тоғжан", "Меруерт", "Іңкәр",
]
RUSSIAN_SURNAMES_M = ["Иванов", "Петров", "Смирнов", "Ким", "Кузнецов", "Попов", "Соколов", "Лебедев",
                      "Новиков", "Морозов", "Волков", "Фёдоров", "Пак", "Шевченко", "Бондаренко", "Ли"]
RUSSIAN_GIVEN_M = ["Сергей", "Андрей", "Виктор", "Алексей", "Дмитрий", "Николай", "Игорь", "Юрий", "Олег"]
RUSSIAN_GIVEN_F = ["Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Юлия", "Анна", "Мария"]
RUSSIAN_PATRONYMIC_ROOTS = ["Сергеев", "Иванов", "Петров", "Николаев", "Викторов", "Александров", "Юрьев"]


def feminine(surname: str) -> str:
    """Кузнецов → Кузнецова; Құдайбергенов → Құдайбергенова; Ким, Ли, Пак, Шевченко stay."""
    for ending in ("ов", "ев", "ин", "ёв"):
        if surname.endswith(ending):
            return surname + "а"
    if surname.endswith("ский"):
        return surname[:-4] + "ская"
    return surname


def person(rng, sex: str):
    """(surname, given_name, patronymic) for a random member, 3 in 4 Kazakh, 1 in 4 Russian."""
    if rng.random() < 0.75:
        surname = rng.choice(KAZAKH_SURNAMES_M)
        father = rng.choice(KAZAKH_GIVEN_M)
        if sex == "F":
            return feminine(surname), rng.choice(KAZAKH_GIVEN_F), father + "қызы"
        return surname, rng.choice(KAZAKH_GIVEN_M), father + "ұлы"
    surname = rng.choice(RUSSIAN_SURNAMES_M)
    root = rng.choice(RUSSIAN_PATRONYMIC_ROOTS)
    if sex == "F":
        return feminine(surname), rng.choice(RUSSIAN_GIVEN_F), root[:-2] + ("евна" if root.endswith("ев") else "овна")
    return surname, rng.choice(RUSSIAN_GIVEN_M), root[:-2] + ("евич" if root.endswith("ев") else "ович")
