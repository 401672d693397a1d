"""Pure money arithmetic for the flows, in Decimal, and tolerant parsing of what people type.

No I/O besides loading the rate tables, no floats, no clock: the caller passes today's date.
Bad input raises `InputError` carrying the Fluent id of a short explanation; nothing else is
ever raised for text a person typed.

- Late wages in Russia (Labour Code of the RF, art. 236): for each day of delay, from the day
  after the due date up to and including the day of payment, at least 1/150 of the Bank of
  Russia key rate in force on that day, on the amount paid late.
- Maternity benefit in Russia (Federal Law 255-FZ, arts. 11, 14), as an estimate: the two
  previous calendar years' earnings, each capped at that year's maximum insurance base, / 730,
  rounded to kopecks, kept between the MROT minimum and the caps' maximum, times the days of leave.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

import yaml

CENT = Decimal("0.01")
#: The largest amount we believe anyone types for wages owed (roubles).
MAX_AMOUNT = Decimal(100000000)
#: Yearly earnings above this are taken for a typo.
MAX_YEAR_EARNINGS = Decimal(100000000)
DAYS_IN_TWO_YEARS = 730


class InputError(ValueError):
    """Typed input we cannot take; `msg_id` explains why, with an example."""

    def __init__(self, msg_id: str) -> None:
        super().__init__(msg_id)
        self.msg_id = msg_id


def money(value: Decimal) -> Decimal:
    """Round to kopecks, half up (as accountants do)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


# --- parsing ----------------------------------------------------------------------------------

#: Words meaning "thousand" in the four languages and in shorthand ("50к", "50 тыс", "50 ming").
_THOUSAND = ("тыс", "т.р", "тр", "к", "k", "ming", "минг", "миң", "ҳазор", "хазор")
_MILLION = ("млн", "миллион", "mln", "million")
_NUMBER = re.compile(r"[+-]?\d[\d\s\u00a0\u202f'’.,]*")


def _plain_number(text: str) -> Decimal:
    """Read '50 000', '50.000', '1,5', '12 345,67' as a Decimal (spaces and ' group thousands)."""
    digits = re.sub(r"[\s\u00a0\u202f'’]", "", text).rstrip(".,")
    separators = re.findall(r"[.,]", digits)
    if len(separators) > 1:
        last = max(digits.rfind("."), digits.rfind(","))
        whole, fraction = digits[:last], digits[last + 1:]
        if len(set(separators)) == 1 and len(fraction) == 3:
            whole, fraction = digits, ""
        whole = re.sub(r"[.,]", "", whole)
        digits = f"{whole}.{fraction}" if fraction else whole
    elif separators:
        whole, _, fraction = digits.replace(",", ".").partition(".")
        digits = whole + fraction if len(fraction) == 3 and len(whole) <= 3 else f"{whole}.{fraction}"
    try:
        return Decimal(digits)
    except InvalidOperation:
        raise InputError("calc-err-amount") from None


def parse_amount(text: str, *, limit: Decimal = MAX_AMOUNT) -> Decimal:
    """A sum of money from what a person typed: '50 000', '50000 руб', '50к', '50 тыс', '1,5 млн'."""
    cleaned = text.strip().lower().replace("−", "-").replace("–", "-")
    match = _NUMBER.search(cleaned)
    if match is None:
        raise InputError("calc-err-amount")
    if _NUMBER.search(cleaned, match.end()):
        raise InputError("calc-err-amount")
    head = cleaned[:match.start()].strip()
    if head.endswith("-") or match.group().startswith("-"):
        raise InputError("calc-err-negative")
    tail = cleaned[match.end():].strip().lstrip(".").strip()
    value = _plain_number(match.group().lstrip("+"))
    word = re.split(r"[\s\d,]", tail)[0].rstrip(".")
    if word.startswith(_MILLION):
        value *= 1_000_000
    elif word in _THOUSAND or word.startswith(("тыс", "т.р")):
        value *= 1000
    if value <= 0:
        raise InputError("calc-err-zero")
    if value > limit:
        raise InputError("calc-err-too-big")
    return money(value)


_ISO = re.compile(r"^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})[-./\s](\d{1,2})[-./\s](\d{2}|\d{4})$")


def parse_date(text: str, *, today: date) -> date:
    """A date typed day first ('05.03.2026', '5/3/26', '5-3-2026') or ISO ('2026-03-05'); not in the future."""
    cleaned = re.sub(r"\s+", " ", text.strip().rstrip("."))
    cleaned = re.sub(r"\s*(г|г\.|год|yil|y\.|сол|ж\.|жыл)$", "", cleaned)
    iso = _ISO.match(cleaned)
    dmy = _DMY.match(cleaned)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    elif dmy:
        day, month, year = (int(g) for g in dmy.groups())
        if year < 100:
            year += 2000
    else:
        raise InputError("calc-err-date")
    try:
        value = date(year, month, day)
    except ValueError:
        raise InputError("calc-err-date") from None
    if value > today:
        raise InputError("calc-err-future")
    return value


# --- key-rate table and late-wage compensation ------------------------------------------------

@dataclass(frozen=True)
class Rate:
    """One key rate (percent a year) in force from `start`."""

    start: date
    percent: Decimal
    source: str
    confirmed: bool


@dataclass(frozen=True)
class RateTable:
    """The key rates in order of their start dates."""

    rates: tuple[Rate, ...]
    source: str

    @property
    def first_day(self) -> date:
        return self.rates[0].start

    @property
    def last_start(self) -> date:
        """The start of the newest known rate: days after it may fall under a rate we don't know yet."""
        return self.rates[-1].start

    def rate_on(self, day: date) -> Rate:
        """The rate in force on `day` (the newest one for days after the table)."""
        found = self.rates[0]
        for rate in self.rates:
            if rate.start <= day:
                found = rate
        return found


def load_rate_table(path: Path) -> RateTable:
    """Read knowledge/rates/key_rate.yaml."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    rates = tuple(
        Rate(_as_date(row["from"]), Decimal(str(row["rate"])), str(row["source"]), bool(row.get("confirmed")))
        for row in data["rates"]
    )
    return RateTable(tuple(sorted(rates, key=lambda r: r.start)), str(data.get("source", "")))


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


@dataclass(frozen=True)
class LatePeriod:
    """Days of delay under one key rate, and what they cost the employer."""

    first: date
    last: date
    days: int
    rate: Rate
    sum: Decimal


@dataclass(frozen=True)
class LateResult:
    """The compensation for late wages, period by period."""

    amount: Decimal
    due: date
    paid: date
    periods: tuple[LatePeriod, ...]
    total: Decimal

    @property
    def days(self) -> int:
        return sum(p.days for p in self.periods)

    @property
    def unconfirmed(self) -> bool:
        """Whether any rate used is still to be confirmed by a lawyer."""
        return any(not p.rate.confirmed for p in self.periods)


def late_wage_compensation(amount: Decimal, due: date, paid: date, table: RateTable) -> LateResult:
    """Art. 236: amount x key rate / 150 for each day from the day after `due` to `paid` inclusive."""
    if amount <= 0:
        raise InputError("calc-err-zero")
    if paid <= due:
        raise InputError("calc-err-order")
    first_day = due + timedelta(days=1)
    if first_day < table.first_day:
        raise InputError("calc-err-too-old")
    starts = [r.start for r in table.rates if first_day < r.start <= paid]
    bounds = [first_day, *starts, paid + timedelta(days=1)]
    periods = []
    for begin, end in itertools.pairwise(bounds):
        rate = table.rate_on(begin)
        days = (end - begin).days
        periods.append(LatePeriod(begin, end - timedelta(days=1), days, rate,
                                  money(amount * rate.percent / 100 / 150 * days)))
    return LateResult(amount, due, paid, tuple(periods), sum((p.sum for p in periods), Decimal(0)))


# --- maternity benefit estimate ---------------------------------------------------------------

@dataclass(frozen=True)
class YearFigure:
    """A yearly figure (insurance base or MROT) with its source."""

    amount: Decimal
    source: str
    confirmed: bool


@dataclass(frozen=True)
class MaternityTables:
    """Maximum insurance bases and MROT per year; the published limits they must reproduce."""

    bases: dict[int, YearFigure]
    mrot: dict[int, YearFigure]
    limits: dict[int, tuple[int, Decimal, Decimal, str]]
    leave_days: tuple[int, ...]


def load_maternity_tables(path: Path) -> MaternityTables:
    """Read knowledge/rates/maternity.yaml."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))

    def figures(part: dict) -> dict[int, YearFigure]:
        return {int(year): YearFigure(Decimal(str(row["amount"])), str(row["source"]), bool(row.get("confirmed")))
                for year, row in (part or {}).items()}

    limits = {int(year): (int(row["days"]), Decimal(str(row["min"])), Decimal(str(row["max"])), str(row["source"]))
              for year, row in (data.get("limits") or {}).items()}
    return MaternityTables(figures(data["insurance_base"]), figures(data["mrot"]), limits,
                           tuple(int(d) for d in data["leave_days"]))


@dataclass(frozen=True)
class MaternityEstimate:
    """The estimated benefit and every figure used to get it."""

    year: int
    earnings: tuple[Decimal, Decimal]     # as typed, for year-2 and year-1
    counted: tuple[Decimal, Decimal]      # after each year's cap
    raw_daily: Decimal                    # counted sum / 730, in kopecks
    min_daily: Decimal
    max_daily: Decimal
    daily: Decimal                        # raw_daily kept within the limits
    days: int
    total: Decimal
    unconfirmed: bool

    @property
    def limited(self) -> str:
        """'min', 'max' or '' : whether a legal limit changed the result."""
        if self.daily > self.raw_daily:
            return "min"
        if self.daily < self.raw_daily:
            return "max"
        return ""


def maternity_limits(year: int, tables: MaternityTables) -> tuple[Decimal, Decimal]:
    """The lowest and highest average daily earnings for leave starting in `year`."""
    try:
        low = money(tables.mrot[year].amount * 24 / DAYS_IN_TWO_YEARS)
        high = money((tables.bases[year - 2].amount + tables.bases[year - 1].amount) / DAYS_IN_TWO_YEARS)
    except KeyError:
        raise InputError("calc-mat-no-data") from None
    return low, high


def maternity_estimate(year: int, earnings: tuple[Decimal, Decimal], days: int,
                       tables: MaternityTables) -> MaternityEstimate:
    """Estimate the benefit for leave starting in `year` from the two previous years' earnings."""
    if days not in tables.leave_days:
        raise InputError("calc-mat-no-data")
    if any(e < 0 or e > MAX_YEAR_EARNINGS for e in earnings):
        raise InputError("calc-err-too-big")
    low, high = maternity_limits(year, tables)
    caps = (tables.bases[year - 2].amount, tables.bases[year - 1].amount)
    counted = (min(earnings[0], caps[0]), min(earnings[1], caps[1]))
    raw = money((counted[0] + counted[1]) / DAYS_IN_TWO_YEARS)
    daily = min(max(raw, low), high)
    unconfirmed = not (tables.bases[year - 2].confirmed and tables.bases[year - 1].confirmed
                       and tables.mrot[year].confirmed)
    return MaternityEstimate(year, earnings, counted, raw, low, high, daily, days, money(daily * days), unconfirmed)


def format_money(value: Decimal) -> str:
    """12345.6 -> '12 345,60' (a narrow no-break space groups thousands, as in Russian)."""
    whole, _, cents = f"{money(value):.2f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return "\u00a0".join(groups) + "," + cents


def format_percent(value: Decimal) -> str:
    """Decimal('15.5') -> '15,5'; Decimal('16') -> '16'."""
    text = f"{value.normalize():f}"
    return text.replace(".", ",")
