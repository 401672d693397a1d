"""Reports for coordinators: a known set of events, and every figure of /stats and every CSV column."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta

import pytest

from hotline import handoff, report_store, reports
from hotline.charts import PNG_SIGNATURE
from hotline.events import SendFile, SendText
from hotline.reports import Period
from tests.pilot import Chat

ADMIN, LAWYER = 900, 901
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)  # Monday, 13:00 in Moscow
PERIOD = Period(date(2026, 10, 25), date(2026, 11, 23))  # "30d" on that day


@pytest.mark.parametrize("text, expected", [
    ("", Period(date(2026, 10, 25), date(2026, 11, 23))),
    ("30d", Period(date(2026, 10, 25), date(2026, 11, 23))),
    ("7d", Period(date(2026, 11, 17), date(2026, 11, 23))),
    ("1d", Period(date(2026, 11, 23), date(2026, 11, 23))),
    ("2026-11", Period(date(2026, 11, 1), date(2026, 11, 30))),
    ("2026-12", Period(date(2026, 12, 1), date(2026, 12, 31))),
    ("2026-02", Period(date(2026, 2, 1), date(2026, 2, 28))),
    ("2026-01-01..2026-03-31", Period(date(2026, 1, 1), date(2026, 3, 31))),
    (" 2026-11 ", Period(date(2026, 11, 1), date(2026, 11, 30))),
])
def test_periods_people_type(text, expected):
    assert reports.parse_period(text, date(2026, 11, 23)) == expected


@pytest.mark.parametrize("text", ["0d", "yesterday", "2026-13", "2026-03-31..2026-01-01", "2026-02-30..2026-03-01",
                                  "2020-01-01..2026-01-01", "99999d", "30"])
def test_bad_periods_are_refused(text):
    assert reports.parse_period(text, date(2026, 11, 23)) is None


def test_long_lists_name_the_first_six_then_say_how_many_more():
    from hotline.stats_chat import _list

    counts = {f"C{n:03d}": 20 - n for n in range(1, 10)}
    shown = _list(lambda msg_id, **a: f"[{msg_id} {a.get('count', '')}]".replace(" ]", "]"), "", counts)
    assert shown == "C001 19, C002 18, C003 17, C004 16, C005 15, C006 14, [report-more 3]"


def test_counts_below_five_are_suppressed():
    assert [reports.suppress(n) for n in (0, 1, 4, 5, 12)] == ["0", "<5", "<5", "5", "12"]


# --- a known set of events ------------------------------------------------------------------------

async def open_case(hotline, user_id: int, *, lang: str, country: str, topic: str, at: datetime,
                    citizenship: str = "kg", context: dict | None = None) -> int:
    """A case opened directly through the hand-off's store at a given moment."""
    store = handoff.cases(hotline.services)
    case_id = await store.open_case(user_id=user_id, chat_id=user_id, lang=lang, country=country,
                                    citizenship=citizenship, topic=topic, context=context or {}, now=at)
    await store.audit(case_id, "user", user_id, "open", at)
    return case_id


async def reply_and_close(hotline, case_id: int, *, reply_after: timedelta | None,
                          close_after: timedelta | None, outcome: str = "advice", amount: str | None = None) -> None:
    """A lawyer takes, answers after `reply_after` and closes after `close_after` (None: not done)."""
    store = handoff.cases(hotline.services)
    case = await store.get(case_id)
    await store.move(case_id, old_status="open", new_status="claimed", lawyer_id=LAWYER, now=case.created_at)
    if reply_after is not None:
        await store.audit(case_id, "lawyer", LAWYER, "reply", case.created_at + reply_after)
        await store.add_message(case_id, "lawyer", LAWYER, "ответ юриста", case.created_at + reply_after)
    if close_after is not None:
        await store.move(case_id, old_status="claimed", new_status="closed", lawyer_id=LAWYER,
                         now=case.created_at + close_after)
        await store.set_outcome(case_id, outcome, amount)


@pytest.fixture
async def known(hotline, clock):
    """Consultations, cases, classification, gender and FAQ ratings with figures known by hand."""
    clock.moment = NOW
    db = hotline.store
    day = date(2026, 11, 20)
    add = report_store.add_consultation
    for _ in range(6):
        await add(db, "faq_answer", entry_id="wage.unpaid", topic="wages", ilo=("C095", "C081"),
                  lang="ky", country="ru", day=day)
    for _ in range(2):
        await add(db, "faq_answer", entry_id="contract.no_contract", topic="contracts", ilo=("C097",),
                  lang="uz", country="kz", day=day)
    for _ in range(3):
        await add(db, "flow_answer", entry_id="maternity.leave", topic="maternity", ilo=("C183",),
                  lang="tg", country="ru", day=day, gender="f")
    # Outside the period: not counted.
    await add(db, "faq_answer", entry_id="wage.unpaid", topic="wages", ilo=("C095",), lang="ru", country="ru",
              day=date(2026, 10, 24))

    opened = NOW - timedelta(days=10)
    ids = []
    for i in range(5):  # five wage cases from Kyrgyz speakers in Russia, all answered and won
        ids.append(await open_case(hotline, 2000 + i, lang="ky", country="ru", topic="wages",
                                   at=opened + timedelta(hours=i)))
        await reply_and_close(hotline, ids[-1], reply_after=timedelta(hours=i + 1),
                              close_after=timedelta(days=2), outcome="won", amount=f"{10000 * (i + 1)}")
        await report_store.classify(db, ids[-1], violation="wage.unpaid", ilo=("C095", "C081"),
                                    amount=10000 * (i + 1), currency="RUB", now=NOW)
        await report_store.set_gender(db, ids[-1], "m" if i < 3 else "f")
    # A maternity case still waiting (claimed, answered after 10 hours), opened 4 days ago.
    ids.append(await open_case(hotline, 3000, lang="tg", country="ru", topic="maternity",
                               at=NOW - timedelta(days=4)))
    await reply_and_close(hotline, ids[-1], reply_after=timedelta(hours=10), close_after=None)
    await report_store.set_gender(db, ids[-1], "f")
    # An open case from 2 hours ago, never answered; and one a user cancelled.
    ids.append(await open_case(hotline, 3001, lang="uz", country="kz", topic="contracts",
                               at=NOW - timedelta(hours=2), citizenship="uz"))
    ids.append(await open_case(hotline, 3002, lang="ru", country="kz", topic="general",
                               at=NOW - timedelta(days=1, hours=5)))
    await handoff.cases(hotline.services).move(ids[-1], old_status="open", new_status="cancelled", lawyer_id=None,
                                               now=NOW - timedelta(days=1))
    # A closed case without currency (the hand-off's /close N won 7000) from before the period:
    ids.append(await open_case(hotline, 3003, lang="ru", country="ru", topic="wages",
                               at=datetime(2026, 10, 1, 9, tzinfo=UTC)))
    await reply_and_close(hotline, ids[-1], reply_after=timedelta(hours=3), close_after=timedelta(days=30),
                          outcome="won", amount="7 000")
    # An old case waiting for more than a week (opened before the period).
    ids.append(await open_case(hotline, 3004, lang="ky", country="ru", topic="wages",
                               at=datetime(2026, 10, 20, 9, tzinfo=UTC)))
    for helpful in (1, 1, 1, 0):
        await db.execute("INSERT INTO faq_feedback (faq_id, lang, helpful, created_at) VALUES (?, ?, ?, ?)",
                         ("wage.unpaid", "ky", helpful, "2026-11-20T08:00:00+00:00"))
    await db.execute("INSERT INTO faq_feedback (faq_id, lang, helpful, created_at) VALUES (?, ?, ?, ?)",
                     ("wage.unpaid", "ky", 0, "2026-10-01T08:00:00+00:00"))
    return ids


async def test_every_figure_of_the_report(hotline, known):
    report, _ = await reports.gather(hotline.store, PERIOD, NOW, hotline.services.config.tz)
    assert report.totals == {"flows": 3, "faq": 8, "cases": 8}
    assert {k: dict(v) for k, v in report.by_topic.items()} == {
        "wages": {"faq": 6, "cases": 5}, "contracts": {"faq": 2, "cases": 1},
        "maternity": {"flows": 3, "cases": 1}, "general": {"cases": 1}}
    assert {k: dict(v) for k, v in report.by_lang.items()} == {
        "ky": {"faq": 6, "cases": 5}, "uz": {"faq": 2, "cases": 1}, "tg": {"flows": 3, "cases": 1},
        "ru": {"cases": 1}}
    assert {k: dict(v) for k, v in report.by_country.items()} == {
        "ru": {"faq": 6, "flows": 3, "cases": 6}, "kz": {"faq": 2, "cases": 2}}
    assert (report.opened, report.closed, report.cancelled) == (8, 6, 1)
    # First replies after 1, 2, 3, 4, 5 and 10 hours -> median 3.5.
    assert report.median_first_reply_hours == 3.5 and report.replied == 6
    # Waiting now: 2 hours, 4 days, 34 days.
    assert dict(report.backlog) == {"d1": 1, "d7": 1, "older": 1}
    assert dict(report.outcomes) == {"won": 6}
    assert dict(report.violations) == {"wage.unpaid": 5, "unclassified": 1}
    assert dict(report.ilo_cases) == {"C095": 5, "C081": 5}
    assert dict(report.ilo_answers) == {"C095": 6, "C081": 6, "C097": 2, "C183": 3}
    assert report.amounts == {"RUB": (150000, 5), "?": (7000, 1)}
    assert dict(report.gender_cases) == {"m": 3, "f": 3, "unknown": 2}
    assert dict(report.gender_answers) == {"f": 3, "unknown": 8}
    assert (report.helpful, report.not_helpful) == (3, 1)
    assert [(number, hours) for number, hours, _, _ in report.oldest] == [
        (known[9], 817), (known[5], 96), (known[6], 2)]


async def staff(hotline):
    """An onboarded admin and lawyer."""
    admin = Chat(hotline, user_id=ADMIN)
    await admin.onboard("ru", "ru")
    await admin.send(f"/lawyer_add {LAWYER} ru,ky Айгуль")
    lawyer = Chat(hotline, user_id=LAWYER)
    await lawyer.onboard("ky", "ru")
    return admin, lawyer


async def test_stats_text_and_chart(hotline, known, tmp_path):
    admin, _ = await staff(hotline)
    await admin.send("/stats 30d")
    text, chart = admin.log[-2], admin.log[-1]
    assert isinstance(text, SendText) and text.msg_id == "report-stats-title" and text.chat_id == ADMIN
    def t(msg_id: str, **args: object) -> str:
        return hotline.services.texts.t("ru", msg_id, **args)

    expected = [
        t("report-stats-title", period="2026-10-25 – 2026-11-23"),
        t("report-stats-consultations", flows=3, faq=8, cases=8),
        t("report-stats-topic-line", topic=t("report-topic-wages"), flows=0, faq=6, cases=5),
        t("report-stats-topic-line", topic=t("report-topic-maternity"), flows=3, faq=0, cases=1),
        t("report-stats-by-lang", list="кыргызский 11, таджикский 4, узбекский 3, русский 1"),
        t("report-stats-by-country", list="Россия 15, Казахстан 4"),
        t("report-stats-cases", opened=8, closed=6, cancelled=1),
        t("report-stats-first-reply", hours="3.5", count=6),
        t("report-stats-backlog", total=3, d1=1, d3=0, d7=1, older=1),
        t("report-stats-outcomes", list=f"{t('report-outcome-won')} 6"),
        t("report-stats-violations", list=f"wage.unpaid 5, {t('report-unclassified')} 1"),
        t("report-stats-ilo", list="C081 5, C095 5", answers="C081 6, C095 6, C183 3, C097 2"),
        t("report-stats-amounts", list=f"7 000 {t('report-currency-unknown')} (1), 150 000 RUB (5)"),
        t("report-stats-gender", f=3, m=3, unknown=2),
        t("report-stats-feedback", yes=3, no=1),
    ]
    lines = text.text.split("\n")
    for line in expected:
        assert line in lines, line
    assert isinstance(chart, SendFile) and chart.photo and chart.chat_id == ADMIN
    assert chart.content.startswith(PNG_SIGNATURE) and len(chart.content) > 10_000
    assert chart.filename == "stats-2026-10-25_2026-11-23.png"


async def test_lawyer_reads_stats_in_their_language_and_a_stranger_learns_nothing(hotline, known):
    _, lawyer = await staff(hotline)
    await lawyer.send("/stats 7d")
    assert lawyer.log[-2].msg_id == "report-stats-title"
    assert lawyer.log[-2].text.startswith(hotline.services.texts.t("ky", "report-stats-title",
                                                                  period="2026-11-17 – 2026-11-23"))
    stranger = Chat(hotline, user_id=5555)
    await stranger.onboard("ru", "ru")
    for command in ("/stats", "/export 7d", "/classify 1 wage.unpaid"):
        await stranger.send(command)
        assert stranger.last.msg_id == "unknown-command"
        assert not any(isinstance(a, SendFile) for a in stranger.log)
    group = Chat(hotline, user_id=5555, chat_id=-100, private=False)
    assert await group.send("/stats") == []


async def test_bad_period_is_explained(hotline, known):
    admin, _ = await staff(hotline)
    await admin.send("/stats last-month")
    assert admin.last.msg_id == "report-period-bad"
    assert not any(isinstance(a, SendFile) for a in admin.log)


# --- exports ---------------------------------------------------------------------------------------

def _csv(data: bytes | str) -> list[dict[str, str]]:
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    return list(csv.DictReader(io.StringIO(text)))


async def test_export_records_every_column(hotline, known):
    admin, _ = await staff(hotline)
    await admin.send("/export 30d")
    files = [a for a in admin.log if isinstance(a, SendFile)]
    assert [f.filename for f in files] == ["cases-2026-10-25_2026-11-23.csv", "summary-2026-10-25_2026-11-23.csv"]
    assert not any(f.photo for f in files)
    rows = _csv(files[0].content)
    assert tuple(rows[0]) == reports.RECORD_COLUMNS
    assert [r["record"] for r in rows] == [str(i) for i in range(1, 9)]
    assert rows[0] == {
        "record": "1", "opened_week": "2026-W46", "closed_week": "2026-W46", "status": "closed", "lang": "ky",
        "country": "ru", "citizenship": "kg", "topic": "wages", "violation": "wage.unpaid", "ilo": "C095 C081",
        "gender": "m", "outcome": "won", "amount": "10000", "currency": "RUB", "hours_to_first_reply": "1",
        "days_open": "2", "user_outcome": ""}
    maternity = rows[5]
    assert (maternity["status"], maternity["topic"], maternity["gender"], maternity["closed_week"],
            maternity["hours_to_first_reply"], maternity["days_open"], maternity["amount"]) == \
        ("claimed", "maternity", "f", "", "10", "4", "")
    cancelled = rows[6]
    assert (cancelled["status"], cancelled["lang"], cancelled["country"], cancelled["gender"],
            cancelled["hours_to_first_reply"], cancelled["days_open"]) == ("cancelled", "ru", "kz", "", "", "0")
    waiting = rows[7]
    assert (waiting["status"], waiting["citizenship"], waiting["opened_week"], waiting["days_open"]) == \
        ("open", "uz", "2026-W48", "0")


async def test_export_summary_suppresses_small_cells(hotline, known):
    _, summary = await reports.export(hotline.store, PERIOD, NOW, hotline.services.config.tz)
    rows = {(r["section"], r["key"], r["measure"]): r["value"] for r in _csv(summary)}
    assert list(_csv(summary)[0]) == list(reports.SUMMARY_COLUMNS)
    assert rows[("period", "first", "date")] == "2026-10-25" and rows[("period", "last", "date")] == "2026-11-23"
    assert rows[("consultations", "all", "flows")] == "<5"
    assert rows[("consultations", "all", "faq")] == "8"
    assert rows[("consultations", "all", "cases")] == "8"
    assert rows[("topic", "wages", "faq")] == "6" and rows[("topic", "wages", "cases")] == "5"
    assert rows[("topic", "contracts", "faq")] == "<5" and rows[("topic", "wages", "flows")] == "0"
    assert rows[("lang", "ky", "cases")] == "5" and rows[("lang", "tg", "flows")] == "<5"
    assert rows[("country", "kz", "cases")] == "<5"
    assert rows[("cases", "opened", "count")] == "8" and rows[("cases", "closed", "count")] == "6"
    assert rows[("cases", "cancelled", "count")] == "<5"
    assert rows[("cases", "first_reply", "median_hours")] == "3.5"
    assert rows[("cases", "first_reply", "count")] == "6"
    assert rows[("backlog", "d1", "count")] == "<5" and rows[("backlog", "d3", "count")] == "0"
    assert rows[("outcome", "won", "count")] == "6"
    assert rows[("violation", "wage.unpaid", "count")] == "5" and rows[("violation", "unclassified", "count")] == "<5"
    assert rows[("ilo_cases", "C095", "count")] == "5" and rows[("ilo_answers", "C097", "count")] == "<5"
    assert rows[("amount", "RUB", "sum")] == "150000" and rows[("amount", "RUB", "cases")] == "5"
    assert rows[("amount", "?", "sum")] == "suppressed" and rows[("amount", "?", "cases")] == "<5"
    assert rows[("gender_cases", "f", "count")] == "<5" and rows[("gender_answers", "unknown", "count")] == "8"
    assert rows[("faq_feedback", "helpful", "count")] == "<5"
    # Every count in the summary is either 0, at least 5, or hidden.
    for (section, _, measure), value in rows.items():
        if measure in ("count", "flows", "faq", "cases"):
            assert value == "0" or value == "<5" or int(value) >= 5, (section, value)


async def test_few_replies_hide_the_median(hotline, clock):
    clock.moment = NOW
    case_id = await open_case(hotline, 4000, lang="ru", country="ru", topic="wages", at=NOW - timedelta(days=1))
    await reply_and_close(hotline, case_id, reply_after=timedelta(hours=2), close_after=timedelta(hours=5),
                          amount="12345")
    _, summary = await reports.export(hotline.store, PERIOD, NOW, hotline.services.config.tz)
    rows = {(r["section"], r["key"], r["measure"]): r["value"] for r in _csv(summary)}
    assert rows[("cases", "first_reply", "median_hours")] == "suppressed"
    assert rows[("amount", "?", "sum")] == "suppressed"
    assert "12345" not in summary


async def test_export_holds_no_personal_data(hotline, clock):
    """Plant a Telegram id, a name and a text everywhere a case can hold them, then grep the CSVs."""
    clock.moment = NOW
    user_id, name, text = 777000123, "Гульнара Ташматова", "секретный текст жалобы"
    admin, lawyer = await staff(hotline)
    await admin.send(f"/lawyer_add {LAWYER} ru,ky {name}")
    person = Chat(hotline, user_id=user_id)
    await person.onboard("ky", "ru")
    await person.press("case:new")
    await person.press("case:agree")
    await person.send(f"{name}: {text}")
    case = await handoff.cases(hotline.services).active_of_user(user_id)
    assert case is not None
    await lawyer.send(f"/take {case.id}")
    await lawyer.send(f"/reply {case.id} {name}, {text}")
    await lawyer.send(f"/note {case.id} {text}")
    await hotline.store.execute("UPDATE cases SET context = ? WHERE id = ?",
                                (f'{{"question": "{text}", "name": "{name}"}}', case.id))
    records, summary = await reports.export(hotline.store, PERIOD, NOW, hotline.services.config.tz)
    await admin.send("/export")
    sent = b"".join(a.content for a in admin.log if isinstance(a, SendFile))
    for blob in (records, summary, sent.decode("utf-8")):
        for secret in (str(user_id), name, "Гульнара", text, "секретный", str(LAWYER), str(ADMIN), "Айгуль"):
            assert secret not in blob
    rows = _csv(records)
    assert len(rows) == 1 and rows[0]["record"] == "1" and rows[0]["opened_week"] == "2026-W48"
    assert str(case.id) != rows[0]["record"] or case.id == 1
    assert all("T" not in rows[0][k] for k in ("opened_week", "closed_week")), "no timestamps, weeks only"


# --- classification and gender -----------------------------------------------------------------------

async def test_classify_a_case(hotline, clock):
    clock.moment = NOW
    _, lawyer = await staff(hotline)
    case_id = await open_case(hotline, 4100, lang="ru", country="ru", topic="wages", at=NOW - timedelta(days=3))
    await lawyer.send(f"/classify {case_id} wage.unpaid 45 000 rub")
    assert lawyer.last.msg_id == "report-classify-saved"
    saved = await report_store.classification(hotline.store, case_id)
    assert saved == {"violation": "wage.unpaid", "ilo": ("C095", "C081"), "amount": 45000, "currency": "RUB",
                     "gender": None}
    await lawyer.send(f"/classify {case_id} C095 C097")
    saved = await report_store.classification(hotline.store, case_id)
    assert saved["violation"] == "wage.unpaid" and saved["ilo"] == ("C095", "C097") and saved["amount"] == 45000
    await lawyer.send(f"/classify {case_id}")
    assert lawyer.last.msg_id == "report-classify-current" and "45 000 RUB" in lawyer.last.text
    for bad in (f"/classify {case_id} nonsense.entry", f"/classify {case_id} 100 XYZ", "/classify", "/classify x"):
        await lawyer.send(bad)
        assert lawyer.last.msg_id == "report-classify-usage", bad
    await lawyer.send("/classify 99999 wage.unpaid")
    assert lawyer.last.msg_id == "report-classify-no-case"
    trail = await handoff.cases(hotline.services).audit_trail(case_id)
    assert [action for _, _, action, _ in trail].count("classify") == 2


async def test_gender_is_skippable_and_checked(hotline, clock):
    clock.moment = NOW
    person = Chat(hotline, user_id=4200)
    await person.onboard("uz", "kz")
    case_id = await open_case(hotline, 4200, lang="uz", country="kz", topic="contracts", at=NOW)
    other = await open_case(hotline, 4201, lang="uz", country="kz", topic="contracts", at=NOW)
    await person.press(f"gender:{other}:f")
    assert person.last.msg_id == "stale-button"
    await person.press(f"gender:{case_id}:x")
    assert person.last.msg_id == "stale-button"
    await person.press(f"gender:{case_id}:skip")
    assert person.last.msg_id == "report-gender-thanks"
    assert (await report_store.classification(hotline.store, case_id))["gender"] is None
    await person.press(f"gender:{case_id}:m")
    assert (await report_store.classification(hotline.store, case_id))["gender"] == "m"
    assert (await report_store.classification(hotline.store, other)) is None


# --- the weekly digest ----------------------------------------------------------------------------------

def digests(actions) -> list[SendText]:
    return [a for a in actions if isinstance(a, SendText) and a.msg_id == "report-digest-title"]


async def test_weekly_digest_fires_once_a_week_and_survives_a_restart(hotline, known, clock, config):
    from hotline.app import build

    clock.moment = datetime(2026, 11, 23, 5, 0, tzinfo=UTC)  # Monday 08:00 in Moscow: the week before's is due
    first = digests(await hotline.services.sweep())
    assert [d.chat_id for d in first] == [ADMIN]
    assert first[0].text.startswith(hotline.services.texts.t("ru", "report-digest-title", week="2026-W46",
                                                              period="2026-11-09 – 2026-11-15"))
    clock.moment = NOW  # Monday 13:00 in Moscow: last week's digest is due now
    sent = digests(await hotline.services.sweep())
    assert len(sent) == 1 and "2026-W47" in sent[0].text
    texts = hotline.services.texts
    assert texts.t("ru", "report-digest-oldest") in sent[0].text
    assert f"/case {known[9]} — 817" in sent[0].text
    assert digests(await hotline.services.sweep()) == []
    # A restart on the same database does not send it again.
    restarted = await build(config, now=clock)
    try:
        assert digests(await restarted.services.sweep()) == []
        clock.advance(days=6, hours=23)  # Monday 12:00 in Moscow, a week later
        again = digests(await restarted.services.sweep())
        assert len(again) == 1 and "2026-W48" in again[0].text
        assert digests(await restarted.services.sweep()) == []
    finally:
        await restarted.close()


async def test_digest_skipped_while_down_is_sent_after_start(hotline, clock):
    await open_case(hotline, 4200, lang="ru", country="ru", topic="wages", at=datetime(2026, 11, 17, 9, tzinfo=UTC))
    clock.moment = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)  # Wednesday: Monday's digest was missed
    assert len(digests(await hotline.services.sweep())) == 1
    assert digests(await hotline.services.sweep()) == []


async def test_a_new_hotline_sends_no_digest_for_weeks_before_anyone_wrote(hotline, clock):
    clock.moment = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    assert digests(await hotline.services.sweep()) == []


async def test_a_deleted_case_takes_its_classification_with_it(hotline, clock):
    clock.moment = NOW
    case_id = await open_case(hotline, 4300, lang="ru", country="ru", topic="wages", at=NOW)
    await report_store.set_gender(hotline.store, case_id, "f")
    await hotline.store.execute("DELETE FROM case_audit WHERE case_id = ?", (case_id,))
    await hotline.store.execute("DELETE FROM reminders WHERE case_id = ?", (case_id,))
    await hotline.store.execute("DELETE FROM cases WHERE id = ?", (case_id,))
    assert await report_store.classification(hotline.store, case_id) is None
