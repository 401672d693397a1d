"""The guided flows in conversation: showing nodes, choices, Back, resume, and the two calculators.

Where a person is lives in their state: user.flow, user.node (the node on screen), user.history
(the nodes shown before it, for Back) and user.scratch (calculator inputs, a destination given
inside a flow). The hand-off feature reads the same fields to attach the path to a case.

Button data owned here (each validated against the person's state; anything else is stale):
  flow:<flow>                 start a flow (main menu, deep links /start <flow>)
  flow:<flow>:<node>:<i>      choice i on the node on screen
  flow:back, flow:resume      previous node; show the current node again (after a free question)
  calc:late, calc:maternity   open a calculator from an answer that offers it
  calc:today, calc:days:<n>   the late-wage "not paid yet" and the leave-length buttons
Typed input while user.pending is "calc-late:<step>" or "calc-mat:<step>" goes to the calculators.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from hotline import report_store
from hotline.calculators import (
    InputError,
    MaternityTables,
    RateTable,
    format_money,
    format_percent,
    late_wage_compensation,
    load_maternity_tables,
    load_rate_table,
    maternity_estimate,
    parse_amount,
    parse_date,
)
from hotline.core import Ctx, Router, Services, split_data
from hotline.events import Button, Text, keyboard
from hotline.flows import CALC_COUNTRIES, Facts, Flow, Node, choice_data, choose, load_flows, resolve
from hotline.knowledge import Knowledge, KnowledgeError, render_answer
from hotline.menu import home_button, show_menu

log = logging.getLogger(__name__)


@dataclass
class FlowContent:
    """What the flows need at run time: the flows, the answers, the calculators' tables."""

    flows: dict[str, Flow]
    knowledge: Knowledge
    rates: RateTable
    maternity: MaternityTables

    @classmethod
    def load(cls, root: Path) -> FlowContent:
        """Load flows/, knowledge/ and knowledge/rates/ under the content root."""
        knowledge = load_knowledge(root / "knowledge")
        rates_dir = root / "knowledge" / "rates"
        return cls(load_flows(root), knowledge, load_rate_table(rates_dir / "key_rate.yaml"),
                   load_maternity_tables(rates_dir / "maternity.yaml"))


#: Knowledge already read, by folder and the files' modification times (reading it takes seconds).
_KNOWLEDGE_CACHE: dict[tuple, Knowledge] = {}


def load_knowledge(folder: Path) -> Knowledge:
    """The knowledge base under `folder`, read again only when a file changed."""
    key = (str(folder), tuple((str(p), p.stat().st_mtime_ns) for p in sorted(folder.rglob("*.yaml"))))
    if key not in _KNOWLEDGE_CACHE:
        try:
            _KNOWLEDGE_CACHE.clear()
            _KNOWLEDGE_CACHE[key] = Knowledge.load(folder)
        except KnowledgeError as error:
            log.error("knowledge cannot be loaded (%s); flow answers will say they are being written", error.reason)
            return Knowledge({})
    return _KNOWLEDGE_CACHE[key]


def content(ctx: Ctx) -> FlowContent:
    return ctx.services.extras["flows"]


def facts_of(ctx: Ctx) -> Facts:
    """What the flows know about this person: destination (country or asked in a flow), citizenship."""
    user = ctx.user
    destination = user.country if user.country in ("ru", "kz") else user.scratch.get("dest")
    return Facts(destination, user.citizenship)


def keep_facts(ctx: Ctx, facts: Facts) -> None:
    """Store what a branch question taught us: citizenship on the user, a destination in scratch."""
    if facts.citizenship:
        ctx.user.citizenship = facts.citizenship
    if facts.destination and ctx.user.country not in ("ru", "kz"):
        ctx.user.scratch["dest"] = facts.destination


def nav_row(ctx: Ctx, back: str = "flow:back") -> list[Button]:
    """The "Back" and "Main menu" buttons."""
    return [ctx.button("menu-back", back), home_button(ctx)]


def lawyer_row(ctx: Ctx) -> list[Button]:
    """The "Talk to a lawyer" button (the hand-off feature handles case:new)."""
    return [ctx.button("menu-lawyer", "case:new")]


def show_node(ctx: Ctx, flow: Flow, node: Node) -> None:
    """Show a node: a question with its options, or an answer screen with its buttons."""
    choices = [[ctx.button(o.label, choice_data(flow.id, node.id, i))] for i, o in enumerate(node.choices())]
    if node.kind in ("ask", "branch"):
        ctx.edit_or_send(ctx.t(node.question_id), keyboard(*choices, nav_row(ctx)), msg_id=node.question_id)
        return
    if node.kind == "handoff":
        ctx.edit_or_send(ctx.t(node.text), keyboard(lawyer_row(ctx), nav_row(ctx)), msg_id=node.text)
        return
    country = facts_of(ctx).destination
    entry = content(ctx).knowledge.entries.get(node.entry)
    body = render_answer(ctx.services.texts, ctx.lang, entry, country) if entry else ctx.t("answer-missing")
    text = f"{ctx.t(node.extra)}\n\n{body}" if node.extra else body
    calc_row = []
    if node.calc and country in CALC_COUNTRIES[node.calc]:
        calc_row = [ctx.button(f"calc-{node.calc}-open", f"calc:{node.calc}")]
    ctx.edit_or_send(text, keyboard(calc_row, *choices, lawyer_row(ctx), nav_row(ctx)), msg_id=f"answer:{node.entry}")


def current(ctx: Ctx) -> tuple[Flow, Node] | None:
    """The flow and node on this person's screen, if they are valid."""
    flow = content(ctx).flows.get(ctx.user.flow or "")
    node = flow.node(ctx.user.node) if flow else None
    return (flow, node) if flow and node else None


async def start_flow(ctx: Ctx, flow_id: str) -> None:
    """Open a flow at its start (asking nothing the flow already knows)."""
    flow = content(ctx).flows[flow_id]
    user = ctx.user
    user.flow, user.history, user.pending = flow.id, [], None
    user.scratch.pop("calc", None)
    user.node = resolve(flow, flow.start, facts_of(ctx))
    show_node(ctx, flow, flow.nodes[user.node])
    await report_store.record_flow_answer(ctx, flow.id, flow.nodes[user.node], facts_of(ctx).destination)


async def stale(ctx: Ctx) -> None:
    """A press we cannot take: the router's kind reply."""
    router: Router = ctx.services.extras["router"]
    if router.stale_press is not None:
        await router.stale_press(ctx)


async def reshow(ctx: Ctx) -> None:
    """Show the current node again, or the stale reply if there is none."""
    here = current(ctx)
    if here is None:
        await stale(ctx)
        return
    ctx.user.pending = None
    show_node(ctx, *here)


async def go_back(ctx: Ctx) -> None:
    """Back: leave a calculator, or return to the previous node, or to the main menu from the first."""
    here = current(ctx)
    if here is None:
        show_menu(ctx)
        return
    flow, _ = here
    if ctx.user.pending:
        await reshow(ctx)
        return
    while ctx.user.history:
        previous = flow.node(ctx.user.history.pop())
        if previous is not None:
            ctx.user.node = previous.id
            show_node(ctx, flow, previous)
            return
    show_menu(ctx)


async def on_choice(ctx: Ctx, flow_id: str, node_id: str, index_text: str) -> None:
    """A choice on the node on screen; a press from an older screen shows the current one again."""
    flows = content(ctx).flows
    flow = flows.get(flow_id)
    node = flow.node(node_id) if flow else None
    if flow is None or node is None or not index_text.isdigit() or int(index_text) >= len(node.choices()):
        await stale(ctx)
        return
    if ctx.user.flow != flow_id or ctx.user.node != node_id:
        await reshow(ctx)
        return
    facts = facts_of(ctx)
    target = choose(flow, node_id, int(index_text), facts)
    if target is None:
        await stale(ctx)
        return
    keep_facts(ctx, facts)
    ctx.user.history.append(node_id)
    ctx.user.node, ctx.user.pending = target, None
    show_node(ctx, flow, flow.nodes[target])
    await report_store.record_flow_answer(ctx, flow.id, flow.nodes[target], facts_of(ctx).destination)


# --- calculators ------------------------------------------------------------------------------

def today(ctx: Ctx) -> date:
    return ctx.now.date()


def dmy(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def calc_nav(ctx: Ctx) -> tuple:
    """Buttons while a calculator waits for input: back to the answer, main menu."""
    return keyboard(nav_row(ctx, "flow:resume"))


def ask(ctx: Ctx, msg_id: str, *extra_rows: list[Button], **args: object) -> None:
    """Ask for the next calculator input."""
    ctx.edit_or_send(ctx.t(msg_id, **args), keyboard(*extra_rows, nav_row(ctx, "flow:resume")), msg_id=msg_id)


def explain(ctx: Ctx, error: InputError) -> None:
    """A short explanation of bad input, with an example; the calculator keeps waiting."""
    ctx.send_text(ctx.t(error.msg_id), calc_nav(ctx), msg_id=error.msg_id)


def open_calculator(ctx: Ctx, which: str) -> bool:
    """Start a calculator if the answer on screen offers it (for this person's country)."""
    here = current(ctx)
    if here is None or here[1].calc != which or facts_of(ctx).destination not in CALC_COUNTRIES[which]:
        return False
    ctx.user.scratch["calc"] = {}
    if which == "late":
        ctx.user.pending = "calc-late:amount"
        ask(ctx, "calc-late-ask-amount")
    else:
        year = today(ctx).year
        ctx.user.pending = "calc-mat:first"
        ask(ctx, "calc-mat-ask-earnings", year=str(year - 2))
    return True


def show_late_result(ctx: Ctx, amount: Decimal, due: date, paid: date) -> None:
    """Compute art. 236 compensation and show the sum and how it was computed."""
    table = content(ctx).rates
    result = late_wage_compensation(amount, due, paid, table)
    lines = [ctx.t("calc-late-result", total=format_money(result.total), amount=format_money(amount),
                   due=dmy(due), paid=dmy(paid), days=str(result.days))]
    for period in result.periods:
        lines.append(ctx.t("calc-late-period", first=dmy(period.first), last=dmy(period.last),
                           days=str(period.days), amount=format_money(amount),
                           rate=format_percent(period.rate.percent), sum=format_money(period.sum)))
    lines.append(ctx.t("calc-late-source", date=dmy(table.last_start), rate=format_percent(table.rates[-1].percent)))
    if paid > table.last_start:
        lines.append(ctx.t("calc-late-after", date=dmy(table.last_start)))
    if result.unconfirmed:
        lines.append(ctx.t("calc-late-unconfirmed"))
    lines.append(ctx.t("calc-late-note"))
    ctx.user.pending = None
    ctx.user.scratch["calc"] = {"kind": "late", "amount": str(amount), "due": due.isoformat(),
                                "paid": paid.isoformat(), "total": str(result.total)}
    buttons = keyboard([ctx.button("calc-again", "calc:late")], lawyer_row(ctx), nav_row(ctx, "flow:resume"))
    ctx.edit_or_send("\n".join(lines), buttons, msg_id="calc-late-result")


def show_maternity_result(ctx: Ctx, days: int) -> None:
    """Estimate the maternity benefit and show every figure used."""
    calc = ctx.user.scratch.get("calc") or {}
    year = today(ctx).year
    estimate = maternity_estimate(year, (Decimal(calc["first"]), Decimal(calc["second"])), days,
                                  content(ctx).maternity)
    lines = [ctx.t("calc-mat-result", total=format_money(estimate.total), days=str(days), year=str(year))]
    lines.append(ctx.t("calc-mat-how", first=format_money(estimate.counted[0]), second=format_money(estimate.counted[1]),
                       daily=format_money(estimate.raw_daily), days=str(days), year1=str(year - 2), year2=str(year - 1)))
    if estimate.counted != estimate.earnings:
        lines.append(ctx.t("calc-mat-capped"))
    if estimate.limited:
        lines.append(ctx.t(f"calc-mat-limited-{estimate.limited}", daily=format_money(estimate.daily)))
    lines.append(ctx.t("calc-mat-limits", year=str(year), low=format_money(estimate.min_daily * days),
                       high=format_money(estimate.max_daily * days), days=str(days)))
    if estimate.unconfirmed:
        lines.append(ctx.t("calc-mat-unconfirmed"))
    lines.append(ctx.t("calc-mat-note"))
    ctx.user.pending = None
    ctx.user.scratch["calc"] = {"kind": "maternity", "days": days, "total": str(estimate.total)}
    buttons = keyboard([ctx.button("calc-again", "calc:maternity")], lawyer_row(ctx), nav_row(ctx, "flow:resume"))
    ctx.edit_or_send("\n".join(lines), buttons, msg_id="calc-mat-result")


async def late_input(ctx: Ctx) -> None:
    """Typed input for the late-wage calculator: amount, due date, payment date."""
    text = ctx.event.text if isinstance(ctx.event, Text) else ""
    step = (ctx.user.pending or "").partition(":")[2]
    calc = ctx.user.scratch.setdefault("calc", {})
    try:
        if step == "amount":
            calc["amount"] = str(parse_amount(text))
            ctx.user.pending = "calc-late:due"
            ask(ctx, "calc-late-ask-due")
        elif step == "due":
            due = parse_date(text, today=today(ctx))
            if due + timedelta(days=1) < content(ctx).rates.first_day:
                raise InputError("calc-err-too-old")
            if due >= today(ctx):
                raise InputError("calc-err-not-late")
            calc["due"] = due.isoformat()
            ctx.user.pending = "calc-late:paid"
            ask(ctx, "calc-late-ask-paid", [ctx.button("calc-late-not-paid", "calc:today")])
        elif step == "paid" and "amount" in calc and "due" in calc:
            paid = parse_date(text, today=today(ctx))
            show_late_result(ctx, Decimal(calc["amount"]), date.fromisoformat(calc["due"]), paid)
        else:
            await reshow(ctx)
    except InputError as error:
        explain(ctx, error)


async def maternity_input(ctx: Ctx) -> None:
    """Typed input for the maternity estimate: earnings of the year before last, then of last year."""
    text = ctx.event.text if isinstance(ctx.event, Text) else ""
    step = (ctx.user.pending or "").partition(":")[2]
    calc = ctx.user.scratch.setdefault("calc", {})
    year = today(ctx).year
    try:
        value = Decimal(0) if text.strip() in ("0", "-", "0 руб") else parse_amount(text)
        if step == "first":
            calc["first"] = str(value)
            ctx.user.pending = "calc-mat:second"
            ask(ctx, "calc-mat-ask-earnings", year=str(year - 1))
        elif step == "second" and "first" in calc:
            calc["second"] = str(value)
            ctx.user.pending = "calc-mat:days"
            rows = [[ctx.button(f"calc-mat-days-{d}", f"calc:days:{d}")] for d in content(ctx).maternity.leave_days]
            ask(ctx, "calc-mat-ask-days", *rows)
        else:
            await reshow(ctx)
    except InputError as error:
        explain(ctx, error)


def register(router: Router, services: Services) -> None:
    """Add the flows, Back/resume, deep links and the calculators to the router."""
    loaded = FlowContent.load(services.config.content_root)
    services.extras["flows"] = loaded

    @router.press("flow")
    async def flow_press(ctx: Ctx) -> None:
        parts = split_data(ctx.event.data)[1].split(":")
        if len(parts) == 1 and parts[0] in loaded.flows:
            await start_flow(ctx, parts[0])
        elif parts == ["back"]:
            await go_back(ctx)
        elif parts == ["resume"]:
            await reshow(ctx)
        elif len(parts) == 3:
            await on_choice(ctx, *parts)
        else:
            await stale(ctx)

    @router.press("calc")
    async def calc_press(ctx: Ctx) -> None:
        parts = split_data(ctx.event.data)[1].split(":")
        pending = ctx.user.pending or ""
        calc = ctx.user.scratch.get("calc") or {}
        if parts in (["late"], ["maternity"]):
            if not open_calculator(ctx, parts[0]):
                await stale(ctx)
        elif parts == ["today"] and pending == "calc-late:paid" and "amount" in calc and "due" in calc:
            try:
                show_late_result(ctx, Decimal(calc["amount"]), date.fromisoformat(calc["due"]), today(ctx))
            except InputError as error:
                explain(ctx, error)
        elif (len(parts) == 2 and parts[0] == "days" and pending == "calc-mat:days" and parts[1].isdigit()
              and int(parts[1]) in loaded.maternity.leave_days and "second" in calc):
            try:
                show_maternity_result(ctx, int(parts[1]))
            except InputError as error:
                explain(ctx, error)
        else:
            await stale(ctx)

    router.input("calc-late")(late_input)
    router.input("calc-mat")(maternity_input)

    for flow_id in loaded.flows:
        async def deep_link(ctx: Ctx, flow_id: str = flow_id) -> None:
            await start_flow(ctx, flow_id)
        router.deep_links[flow_id] = deep_link
