import datetime as dt

from hypothesis import given, strategies as st

from polling_station.domain import iin


def codes(x):
    return [p.code for p in iin.problems(x)]


def test_valid_examples():
    for x in ["871008401427", "760212350620", "800416300257", "791028302728"]:
        assert iin.is_valid(x), x


def test_valid_only_through_the_second_pass():
    x = "850808310738"
    first = sum(int(d) * w for d, w in zip(x[:11], range(1, 12))) % 11
    assert first == 10
    assert iin.is_valid(x)


def test_bad_check_digit():
    assert codes("123456789012") == ["iin.check_digit"]
    assert codes("871008401428") == ["iin.check_digit"]


def test_never_issued_number():
    # find 11 digits for which both passes give 10
    for serial in range(10000):
        first11 = f"8710084{serial:04d}"
        if iin.check_digit(first11) is None:
            break
    else:
        raise AssertionError("no never-issued number found")
    for last in "0123456789":
        assert codes(first11 + last) == ["iin.never_issued"]


def test_format_errors():
    assert codes("") == ["iin.empty"]
    assert codes("87100840142") == ["iin.length"]
    assert codes("87100840142a") == ["iin.not_digits"]
    assert codes("８７１００８４０１４２７") == ["iin.not_digits"]  # full-width digits are not ASCII


def test_decode_birth_date_and_sex():
    enc = iin.decode("871008401427")
    assert enc.birth_date == dt.date(1987, 10, 8) and enc.sex == "F"
    assert iin.decode("760212350620").sex == "M"


def test_disagreement_with_the_roll_is_a_warning():
    warnings = iin.agreement_warnings("871008401427", dt.date(1987, 10, 9), "M")
    assert [w.code for w in warnings] == ["iin.birth_date_differs", "iin.sex_differs"]
    assert all(w.severity == "warning" for w in warnings)
    assert iin.agreement_warnings("871008401427", dt.date(1987, 10, 8), "F") == []


def test_lost_leading_zero_is_restored_only_when_valid():
    first11 = next(f"050515{d}{s:04d}" for d in "56" for s in range(1000)
                   if iin.check_digit(f"050515{d}{s:04d}") is not None)
    full = iin.with_check_digit(first11)
    assert full.startswith("0")
    assert iin.restore_leading_zeros(full.lstrip("0")) == full
    assert iin.restore_leading_zeros("12345") == "12345"


@given(st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)), st.sampled_from("MF"), st.integers(0, 9999))
def test_a_generated_valid_iin_always_validates(birth, sex, serial):
    century = {1900: 3, 2000: 5}[birth.year // 100 * 100] + (sex == "F")
    full = iin.with_check_digit(f"{birth:%y%m%d}{century}{serial:04d}")
    if full is None:
        return
    assert iin.is_valid(full)
    assert iin.decode(full).birth_date == birth
    assert iin.decode(full).sex == sex


def test_the_all_zero_number_is_refused_though_its_check_digit_computes():
    assert iin.check_digit("00000000000") == 0  # the check digit alone would let it through
    assert codes("000000000000") == ["iin.century_digit"]
    assert iin.problems("000000000000")[0].params["digit"] == "0"
    assert not iin.is_valid("000000000000")


def test_century_digits_0_7_8_9_are_never_issued():
    # the examples of DOMAIN-NOTES with their 7th digit replaced, the check digit made right again
    for example in ["871008401427", "760212350620", "800416300257", "791028302728", "850808310738"]:
        for digit in "0789":
            first11 = example[:6] + digit + example[7:11]
            check = iin.check_digit(first11)
            if check is None:
                continue
            assert codes(first11 + str(check)) == ["iin.century_digit"], first11
            assert iin.with_check_digit(first11) is None


def test_the_domain_notes_examples_stay_valid_and_the_invalid_one_stays_a_check_digit_error():
    for x in ["871008401427", "760212350620", "800416300257", "791028302728", "850808310738"]:
        assert iin.is_valid(x), x
        assert iin.with_check_digit(x[:11]) == x
    assert codes("123456789012") == ["iin.check_digit"]
    for digit in "123456":
        first11 = "871008" + digit + "0142"
        full = iin.with_check_digit(first11)
        assert full is None or iin.is_valid(full)
