"""Calculators against worked examples computed by hand, and tolerant parsing of typed input."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from hotline.calculators import (
    InputError,
    Rate,
    RateTable,
    late_wage_compensation,
    load_maternity_tables,
    load_rate_table,
    maternity_estimate,
    maternity_limits,
    parse_amount,
    parse_date,
)

ROOT = Path(__file__).resolve().parent.parent
RATES = ROOT / "knowledge" / "rates"
TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def table() -> RateTable:
    return load_rate_table(RATES / "key_rate.yaml")


def test_catalogue_example_one_rate(table):
    # 50 000 roubles, due 01.03.2026, paid 31.03.2026: 30 days at 15.5 % (from 16.02.2026).
    # By hand: 50 000 × 0.155 / 150 = 51.666… a day; × 30 = 1 550.00.
    result = late_wage_compensation(Decimal(50000), date(2026, 3, 1), date(2026, 3, 31), table)
    assert result.days == 30
    assert [p.rate.percent for p in result.periods] == [Decimal("15.5")]
    assert result.total == Decimal("1550.00")


def test_delay_across_a_rate_change_is_split_by_period(table):
    # Due 01.02.2026, paid 03.03.2026. 02.02–15.02: 14 days at 16 %; 16.02–03.03: 16 days at 15.5 %.
    # By hand: 50 000 × 0.16 / 150 × 14 = 746.666… -> 746.67; 50 000 × 0.155 / 150 × 16 = 826.666… -> 826.67.
    result = late_wage_compensation(Decimal(50000), date(2026, 2, 1), date(2026, 3, 3), table)
    assert [(p.first, p.last, p.days, p.sum) for p in result.periods] == [
        (date(2026, 2, 2), date(2026, 2, 15), 14, Decimal("746.67")),
        (date(2026, 2, 16), date(2026, 3, 3), 16, Decimal("826.67")),
    ]
    assert result.total == Decimal("1573.34")
    assert result.unconfirmed  # the 16 % row is not in the catalogue


def test_a_made_up_table_three_periods():
    # Independent of the data file: 10 % from 01.01, 20 % from 11.01, 30 % from 21.01.
    table = RateTable((Rate(date(2025, 1, 1), Decimal(10), "t", True), Rate(date(2025, 1, 11), Decimal(20), "t", True),
                       Rate(date(2025, 1, 21), Decimal(30), "t", True)), "t")
    # Due 05.01, paid 25.01: 06–10 (5 d at 10 %), 11–20 (10 d at 20 %), 21–25 (5 d at 30 %).
    # 15 000 × 0.10/150 × 5 = 50; 15 000 × 0.20/150 × 10 = 200; 15 000 × 0.30/150 × 5 = 150. Total 400.
    result = late_wage_compensation(Decimal(15000), date(2025, 1, 5), date(2025, 1, 25), table)
    assert [p.sum for p in result.periods] == [Decimal(50), Decimal(200), Decimal(150)]
    assert result.total == Decimal(400)
    assert not result.unconfirmed


@pytest.mark.parametrize("due, paid, msg_id", [
    (date(2026, 3, 5), date(2026, 3, 5), "calc-err-order"),
    (date(2026, 3, 5), date(2026, 3, 1), "calc-err-order"),
    (date(2020, 1, 1), date(2020, 2, 1), "calc-err-too-old"),
])
def test_late_wage_refuses_impossible_dates(table, due, paid, msg_id):
    with pytest.raises(InputError) as error:
        late_wage_compensation(Decimal(1000), due, paid, table)
    assert error.value.msg_id == msg_id


@pytest.fixture(scope="module")
def tables():
    return load_maternity_tables(RATES / "maternity.yaml")


def test_maternity_tables_reproduce_the_published_2026_limits(tables):
    # Catalogue: 2026, 140 days, min 124 702 and max 955 836 roubles.
    # By hand: max = (2 225 000 + 2 759 000) / 730 = 6 827.397… -> 6 827.40 × 140 = 955 836.00;
    #          min = 27 093 × 24 / 730 = 890.728… -> 890.73 × 140 = 124 702.20.
    low, high = maternity_limits(2026, tables)
    assert (low, high) == (Decimal("890.73"), Decimal("6827.40"))
    assert high * 140 == Decimal("955836.00")
    assert low * 140 == Decimal("124702.20")


def test_maternity_estimate_ordinary_earnings(tables):
    # 600 000 (2024) + 720 000 (2025) = 1 320 000 / 730 = 1 808.219… -> 1 808.22 × 140 = 253 150.80.
    estimate = maternity_estimate(2026, (Decimal(600000), Decimal(720000)), 140, tables)
    assert estimate.daily == Decimal("1808.22")
    assert estimate.total == Decimal("253150.80")
    assert estimate.limited == ""


def test_maternity_estimate_caps_each_year_and_the_maximum(tables):
    # 3 000 000 in each year: capped at 2 225 000 and 2 759 000 -> the maximum 6 827.40 × 194 = 1 324 515.60.
    estimate = maternity_estimate(2026, (Decimal(3000000), Decimal(3000000)), 194, tables)
    assert estimate.counted == (Decimal(2225000), Decimal(2759000))
    assert estimate.total == Decimal("1324515.60")


def test_maternity_estimate_low_earnings_get_the_minimum(tables):
    # 100 000 + 0 = 136.99 a day < 890.73 -> 890.73 × 156 = 138 953.88.
    estimate = maternity_estimate(2026, (Decimal(100000), Decimal(0)), 156, tables)
    assert estimate.limited == "min"
    assert estimate.total == Decimal("138953.88")


def test_maternity_estimate_without_data_for_the_year(tables):
    with pytest.raises(InputError) as error:
        maternity_estimate(2031, (Decimal(1), Decimal(1)), 140, tables)
    assert error.value.msg_id == "calc-mat-no-data"


@pytest.mark.parametrize("text, value", [
    ("50 000", "50000"), ("50000", "50000"), ("50000 руб", "50000"), ("50 000 ₽", "50000"),
    ("50к", "50000"), ("50 К", "50000"), ("50 тыс", "50000"), ("50тыс.руб", "50000"), ("50 ming", "50000"),
    ("1,5к", "1500"), ("50.000", "50000"), ("12 345,67", "12345.67"), ("50000.50", "50000.50"),
    ("1 234 567", "1234567"), ("1,5 млн", "1500000"), ("50000 kzt", "50000"), ("  7000 ", "7000"),
])
def test_amounts_parse_where_the_meaning_is_clear(text, value):
    assert parse_amount(text) == Decimal(value)


@pytest.mark.parametrize("text, msg_id", [
    ("-5000", "calc-err-negative"), ("минус - 5000", "calc-err-negative"), ("0", "calc-err-zero"),
    ("abc", "calc-err-amount"), ("", "calc-err-amount"), ("50000 за 2 месяца", "calc-err-amount"),
    ("999999999999", "calc-err-too-big"), ("1e9", "calc-err-amount"), ("..", "calc-err-amount"),
])
def test_bad_amounts_get_an_explanation_id(text, msg_id):
    with pytest.raises(InputError) as error:
        parse_amount(text)
    assert error.value.msg_id == msg_id


@pytest.mark.parametrize("text", ["05.03.2026", "5.3.2026", "5/3/26", "2026-03-05", "05-03-2026", "5 3 2026",
                                  "05.03.2026 г.", "05.03.26"])
def test_dates_parse_day_first_or_iso(text):
    assert parse_date(text, today=TODAY) == date(2026, 3, 5)


@pytest.mark.parametrize("text, msg_id", [
    ("31.02.2026", "calc-err-date"), ("вчера", "calc-err-date"), ("2026", "calc-err-date"),
    ("01.01.2027", "calc-err-future"), ("24.11.2026", "calc-err-future"), ("13/13/26", "calc-err-date"),
])
def test_bad_dates_get_an_explanation_id(text, msg_id):
    with pytest.raises(InputError) as error:
        parse_date(text, today=TODAY)
    assert error.value.msg_id == msg_id
