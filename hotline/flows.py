"""Guided flows as data: the model, the YAML loader, the validator, and advancing as a pure function.

A flow (flows/<id>.yaml) is a small tree of nodes. Three kinds ask or show something:
  ask     a question (Fluent id `text`) with options, each leading to another node;
  branch  on the person's destination ("destination": ru/kz) or citizenship (kg/uz/tj/other):
          follows the known value silently, and asks (flow-dest-ask / flow-cit-ask) only when unknown;
  answer  shows a knowledge entry (`entry`, rendered by hotline.knowledge.render_answer), an
          optional extra line (`extra`), an optional calculator (`calc`) and other answers (`see_also`);
  handoff a short text and the "Talk to a lawyer" button.
Answers and hand-offs end a path. `check_flows` proves every node is reachable, every path ends,
no path asks more than MAX_QUESTIONS, and every id it names exists. Nothing here does I/O except
loading, and nothing knows of Telegram.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from hotline.calculators import load_maternity_tables, load_rate_table, maternity_limits
from hotline.check import Issue
from hotline.events import MAX_BUTTON_DATA
from hotline.i18n import LANGS, Texts
from hotline.knowledge import Knowledge, KnowledgeError

KINDS: tuple[str, ...] = ("ask", "branch", "answer", "handoff")
#: Values a branch can take, in the order its question shows them.
BRANCH_VALUES: dict[str, tuple[str, ...]] = {
    "destination": ("ru", "kz"),
    "citizenship": ("kg", "uz", "tj", "other"),
}
#: The question and option labels a branch shows when the value is unknown.
BRANCH_TEXTS: dict[str, tuple[str, str]] = {
    "destination": ("flow-dest-ask", "flow-dest-"),
    "citizenship": ("flow-cit-ask", "flow-cit-"),
}
CALCULATORS: tuple[str, ...] = ("late", "maternity")
#: The countries a calculator works for (Russian law only).
CALC_COUNTRIES: dict[str, tuple[str, ...]] = {"late": ("ru",), "maternity": ("ru",)}
MAX_QUESTIONS = 4
#: Words after "flow:" that are actions, not flow ids.
RESERVED: tuple[str, ...] = ("resume", "back", "calc")
_ID = re.compile(r"^[a-z][a-z0-9_]{0,19}$")


@dataclass(frozen=True)
class Option:
    """One choice on a question: its label and the node it leads to (and the value it sets, for a branch)."""

    label: str
    next: str
    value: str = ""


@dataclass(frozen=True)
class Node:
    """One step of a flow."""

    id: str
    kind: str
    text: str = ""
    options: tuple[Option, ...] = ()
    on: str = ""
    entry: str = ""
    extra: str = ""
    calc: str = ""
    see_also: tuple[Option, ...] = ()

    @property
    def terminal(self) -> bool:
        return self.kind in ("answer", "handoff")

    @property
    def question_id(self) -> str:
        """The Fluent id the person reads when this node is shown."""
        if self.kind == "branch":
            return BRANCH_TEXTS[self.on][0]
        return self.text

    def choices(self) -> tuple[Option, ...]:
        """The buttons that move on from this node (options, branch values, or related answers)."""
        if self.kind == "ask":
            return self.options
        if self.kind == "branch":
            return self.options
        if self.kind == "answer":
            return self.see_also
        return ()


@dataclass(frozen=True)
class Flow:
    """A whole flow: its nodes by id and the node it starts at."""

    id: str
    start: str
    nodes: dict[str, Node]
    file: str = ""

    def node(self, node_id: str | None) -> Node | None:
        return self.nodes.get(node_id or "")


@dataclass
class Facts:
    """What the flow knows about the person; branches read it, branch questions fill it."""

    destination: str | None = None
    citizenship: str | None = None

    def get(self, on: str) -> str | None:
        return getattr(self, on)

    def set(self, on: str, value: str) -> None:
        setattr(self, on, value)


class FlowError(ValueError):
    """A flow file that cannot be read at all."""


def choice_data(flow_id: str, node_id: str, index: int) -> str:
    """Button data for choice `index` on a node."""
    return f"flow:{flow_id}:{node_id}:{index}"


def _node(node_id: str, body: dict) -> Node:
    """Build one node from its YAML mapping (the kind is the key that names it)."""
    kind = next((k for k in KINDS if k in body), "")
    if kind == "ask":
        options = tuple(Option(str(o.get("label", "")), str(o.get("next", ""))) for o in body.get("options") or ())
        return Node(node_id, "ask", text=str(body["ask"]), options=options)
    if kind == "branch":
        on = str(body["branch"])
        cases = body.get("cases") or {}
        prefix = BRANCH_TEXTS.get(on, ("", "flow-"))[1]
        options = tuple(Option(f"{prefix}{value}", str(cases.get(value, "")), value)
                        for value in BRANCH_VALUES.get(on, tuple(cases)))
        return Node(node_id, "branch", on=on, options=options)
    if kind == "answer":
        return Node(node_id, "answer", entry=str(body["answer"]), extra=str(body.get("extra") or ""),
                    calc=str(body.get("calc") or ""),
                    see_also=tuple(Option(str(o.get("label", "")), str(o.get("next", "")))
                                   for o in body.get("see_also") or ()))
    if kind == "handoff":
        return Node(node_id, "handoff", text=str(body["handoff"]))
    return Node(node_id, "")


def load_flow(path: Path) -> Flow:
    """Read one flows/<id>.yaml."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise FlowError(f"{path.name}: cannot read: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), dict):
        raise FlowError(f"{path.name}: needs 'id', 'start' and a mapping 'nodes'")
    nodes = {str(k): _node(str(k), v if isinstance(v, dict) else {}) for k, v in data["nodes"].items()}
    return Flow(str(data.get("id", path.stem)), str(data.get("start", "")), nodes, f"flows/{path.name}")


def load_flows(root: Path) -> dict[str, Flow]:
    """Every flow under root/flows, by id."""
    flows = {}
    for path in sorted((root / "flows").glob("*.yaml")):
        flow = load_flow(path)
        flows[flow.id] = flow
    return flows


# --- advancing (pure) -------------------------------------------------------------------------

def resolve(flow: Flow, node_id: str, facts: Facts) -> str:
    """Follow branches whose value is known; return the first node that must be shown."""
    seen: set[str] = set()
    node = flow.node(node_id)
    while node is not None and node.kind == "branch" and node.id not in seen:
        seen.add(node.id)
        value = facts.get(node.on)
        target = next((o.next for o in node.options if o.value == value), None)
        if target is None:
            return node.id
        node = flow.node(target)
    return node.id if node is not None else node_id


def choose(flow: Flow, node_id: str, index: int, facts: Facts) -> str | None:
    """The node shown after choice `index` on `node_id` (None if there is no such choice).

    A branch choice records its value in `facts` first."""
    node = flow.node(node_id)
    if node is None or not 0 <= index < len(node.choices()):
        return None
    option = node.choices()[index]
    if node.kind == "branch":
        facts.set(node.on, option.value)
    return resolve(flow, option.next, facts)


@dataclass(frozen=True)
class Path_:
    """One way through a flow: the nodes shown, the choice pressed on each, and where it ends."""

    steps: tuple[tuple[str, int], ...]
    end: str


def paths(flow: Flow, facts: Facts | None = None, limit: int = 20) -> Iterator[Path_]:
    """Every path from the start to an answer or hand-off (answers' see-also links are not followed)."""
    start_facts = facts or Facts()

    def walk(node_id: str, known: Facts, steps: tuple[tuple[str, int], ...]) -> Iterator[Path_]:
        node = flow.node(node_id)
        if node is None or len(steps) > limit:
            return
        if node.terminal:
            yield Path_(steps, node_id)
            return
        for index in range(len(node.choices())):
            after = Facts(known.destination, known.citizenship)
            target = choose(flow, node_id, index, after)
            if target is not None:
                yield from walk(target, after, steps + ((node_id, index),))

    first = Facts(start_facts.destination, start_facts.citizenship)
    yield from walk(resolve(flow, flow.start, first), first, ())


# --- validation -------------------------------------------------------------------------------

@dataclass
class _Found:
    """What a flow refers to, for checks against other content."""

    entries: set[tuple[str, str]] = field(default_factory=set)     # (node, entry id)
    messages: set[tuple[str, str]] = field(default_factory=set)    # (node, msg id)


def _edges(node: Node) -> list[str]:
    """The nodes a node leads to (see-also links excluded: they only join answers)."""
    return [o.next for o in node.choices()] if node.kind in ("ask", "branch") else []


def flow_problems(flow: Flow) -> list[tuple[str, str]]:
    """Structural problems of one flow as (node id, text)."""
    problems: list[tuple[str, str]] = []
    if not _ID.match(flow.id) or flow.id in RESERVED:
        problems.append(("", f"flow id {flow.id!r} must be short lowercase letters and not one of {RESERVED}"))
    if flow.start not in flow.nodes:
        problems.append(("", f"start node {flow.start!r} does not exist"))
        return problems
    for node in flow.nodes.values():
        if not _ID.match(node.id):
            problems.append((node.id, "node id must be short lowercase letters, digits or _"))
        if node.kind not in KINDS:
            problems.append((node.id, f"node must be one of {KINDS}"))
            continue
        if node.kind == "ask" and len(node.options) < 2:
            problems.append((node.id, "a question needs at least 2 options"))
        if node.kind == "branch":
            if node.on not in BRANCH_VALUES:
                problems.append((node.id, f"branch must be on one of {tuple(BRANCH_VALUES)}"))
            for option in node.options:
                if not option.next:
                    problems.append((node.id, f"branch has no case for {option.value!r}"))
        if node.calc and node.calc not in CALCULATORS:
            problems.append((node.id, f"calc must be one of {CALCULATORS}"))
        for option in node.choices():
            if option.next and option.next not in flow.nodes:
                problems.append((node.id, f"leads to {option.next!r}, which does not exist"))
            elif node.kind == "answer" and flow.nodes[option.next].kind != "answer":
                problems.append((node.id, f"see_also {option.next!r} must be an answer"))
        for index in range(len(node.choices())):
            data = choice_data(flow.id, node.id, index)
            if len(data.encode()) > MAX_BUTTON_DATA:
                problems.append((node.id, f"button data {data!r} is longer than {MAX_BUTTON_DATA} bytes"))
    if problems:
        return problems
    # cycles and dead ends: depth-first over question edges
    state: dict[str, int] = {}
    depth: dict[str, int] = {}

    def visit(node_id: str) -> int:
        """Most questions on any path from this node to an end."""
        if state.get(node_id) == 1:
            problems.append((node_id, "is part of a cycle: a path could go round for ever"))
            return 0
        if state.get(node_id) == 2:
            return depth[node_id]
        state[node_id] = 1
        node = flow.nodes[node_id]
        asks = 0 if node.terminal else 1
        deepest = max((visit(n) for n in _edges(node)), default=0)
        state[node_id] = 2
        depth[node_id] = asks + deepest
        return depth[node_id]

    if visit(flow.start) > MAX_QUESTIONS:
        problems.append((flow.start, f"a path asks {depth[flow.start]} questions; at most {MAX_QUESTIONS}"))
    reachable = set(state)
    for node in flow.nodes.values():
        if node.kind == "answer":
            reachable.update(o.next for o in node.see_also)
    for node_id in flow.nodes:
        if node_id not in reachable:
            problems.append((node_id, "cannot be reached from the start"))
    for path in paths(flow):
        if not flow.nodes[path.end].terminal:
            problems.append((path.end, "a path ends here without an answer or hand-off"))
    return problems


def references(flow: Flow) -> _Found:
    """The knowledge entries and message ids a flow names."""
    found = _Found()
    for node in flow.nodes.values():
        if node.entry:
            found.entries.add((node.id, node.entry))
        for msg_id in (node.question_id, node.extra):
            if msg_id:
                found.messages.add((node.id, msg_id))
        for option in node.choices():
            found.messages.add((node.id, option.label))
    return found


def check_rates(root: Path) -> list[Issue]:
    """The calculators' tables read, are in order, name sources, and reproduce the published limits."""
    issues: list[Issue] = []
    rates_dir = root / "knowledge" / "rates"
    try:
        table = load_rate_table(rates_dir / "key_rate.yaml")
    except Exception as error:  # noqa: BLE001 - any unreadable table is one problem line
        return [Issue("knowledge/rates/key_rate.yaml", "", "", f"cannot read: {error}")]
    starts = [r.start for r in table.rates]
    if len(set(starts)) != len(starts):
        issues.append(Issue("knowledge/rates/key_rate.yaml", "", "", "two rates start on the same day"))
    for rate in table.rates:
        if not 0 < rate.percent < 100 or not rate.source.strip():
            issues.append(Issue("knowledge/rates/key_rate.yaml", rate.start.isoformat(), "",
                                "rate must be between 0 and 100 percent and name its source"))
    try:
        tables = load_maternity_tables(rates_dir / "maternity.yaml")
    except Exception as error:  # noqa: BLE001
        return issues + [Issue("knowledge/rates/maternity.yaml", "", "", f"cannot read: {error}")]
    for year, (days, low, high, _source) in tables.limits.items():
        try:
            low_daily, high_daily = maternity_limits(year, tables)
        except Exception:  # noqa: BLE001
            issues.append(Issue("knowledge/rates/maternity.yaml", str(year), "", "no MROT or bases for this year"))
            continue
        if abs(low_daily * days - low) >= 1 or abs(high_daily * days - high) >= 1:
            issues.append(Issue("knowledge/rates/maternity.yaml", str(year), "",
                                f"tables give {low_daily * days}..{high_daily * days} for {days} days, "
                                f"published limits are {low}..{high}"))
    return issues


def check_flows(root: Path) -> list[Issue]:
    """Every flow file: structure, reachability, ends, question count, knowledge ids, message ids, tables."""
    issues: list[Issue] = []
    try:
        flows = load_flows(root)
    except FlowError as error:
        return [Issue("flows", "", "", str(error))]
    try:
        entry_ids = set(Knowledge.load(root / "knowledge").entries)
    except KnowledgeError:
        entry_ids = None  # check_knowledge reports it
    texts = Texts.load(root / "locales")
    for flow in flows.values():
        for node_id, text in flow_problems(flow):
            issues.append(Issue(flow.file, node_id, "", text))
        found = references(flow)
        if entry_ids is not None:
            for node_id, entry in sorted(found.entries):
                if entry not in entry_ids:
                    issues.append(Issue(flow.file, node_id, "", f"knowledge id {entry!r} is not in knowledge/meta.yaml"))
        for node_id, msg_id in sorted(found.messages):
            for lang in LANGS:
                if not texts.has(lang, msg_id):
                    issues.append(Issue(flow.file, node_id, lang, f"message {msg_id!r} does not exist"))
    return issues + check_rates(root)
