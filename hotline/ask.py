"""Free questions in the conversation: answer from the FAQ, offer candidates, or hand off honestly.

The rule: show an answer only when the matcher is confident; on a near tie let the person pick;
otherwise say plainly that a lawyer will look at it. Every answer asks "Did this help?".
The question is kept (cut to 1000 characters) in user.scratch["last_question"] and the entry in
user.scratch["last_faq"], so the hand-off can attach them to a case; feedback and unanswered
counts are stored without user id or text (hotline.faq_store).

Button data owned here: "ask:start", "faq:<id>", "fb:<id>:y|n". Pending input: "ask".
"Talk to a lawyer" sends "case:new" (hand-off feature); "flow:resume" belongs to the flows.
"""

from __future__ import annotations

from pathlib import Path

from hotline import faq_store, report_store
from hotline.core import Ctx, Router, Services, split_data
from hotline.events import Button, Text, keyboard
from hotline.faq import Matcher, Synonyms, fold, off_topic_lines
from hotline.knowledge import Entry, Knowledge, render_answer
from hotline.menu import home_button

#: How much of a question is kept for the lawyer.
KEEP_QUESTION_CHARS = 1000
#: Longest button label made from an example question.
LABEL_CHARS = 48
#: How many related entries are offered under an answer.
MAX_RELATED = 3


def knowledge_of(ctx: Ctx) -> Knowledge:
    """The loaded knowledge base."""
    return ctx.services.extras["knowledge"]


def matcher_of(ctx: Ctx) -> Matcher:
    """The FAQ matcher built at start."""
    return ctx.services.extras["faq"]


def entry_label(entry: Entry, lang: str) -> str:
    """A short button label for an entry: its first example question in this language."""
    questions = entry.questions.get(lang) or next(iter(entry.questions.values()), ())
    label = questions[0] if questions else entry.id
    label = label[:1].upper() + label[1:]
    return label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1].rstrip() + "…"


def related_for(knowledge: Knowledge, entry: Entry, country: str | None) -> list[Entry]:
    """Related entries that exist and cover the person's destination country (all, if not yet known)."""
    found = [knowledge.entries[r] for r in entry.related if r in knowledge.entries]
    return [e for e in found if country not in ("ru", "kz") or country in e.countries]


def lawyer_button(ctx: Ctx) -> Button:
    """"Talk to a lawyer" (handled by the hand-off feature)."""
    return ctx.button("ask-lawyer", "case:new")


def tail_rows(ctx: Ctx) -> list[list[Button]]:
    """Buttons under every FAQ message: lawyer, back to the guided flow if one is open, main menu."""
    rows = [[lawyer_button(ctx)]]
    if ctx.user.flow:
        rows.append([ctx.button("flow-resume", "flow:resume")])
    rows.append([home_button(ctx)])
    return rows


def show_entry(ctx: Ctx, entry: Entry) -> None:
    """The answer for the person's country, "Did this help?", related entries and the way on."""
    ctx.user.scratch["last_faq"] = entry.id
    knowledge = knowledge_of(ctx)
    text = render_answer(ctx.services.texts, ctx.lang, entry, ctx.user.country) + "\n\n" + ctx.t("ask-helped")
    rows = [[ctx.button("ask-yes", f"fb:{entry.id}:y"), ctx.button("ask-no", f"fb:{entry.id}:n")]]
    for related in related_for(knowledge, entry, ctx.user.country)[:MAX_RELATED]:
        rows.append([Button(entry_label(related, ctx.lang), f"faq:{related.id}")])
    ctx.edit_or_send(text, keyboard(*rows, *tail_rows(ctx)), msg_id="ask-answer")


async def hand_off_offer(ctx: Ctx, msg_id: str) -> None:
    """Say honestly that we have no sure answer, count it, and offer a lawyer."""
    await faq_store.add_unanswered(ctx.store, ctx.lang, ctx.now)
    ctx.send(msg_id, *tail_rows(ctx))


async def answer_question(ctx: Ctx, text: str) -> None:
    """Match a typed question and answer, offer candidates, or offer a lawyer."""
    text = text.strip()
    if not text:
        ctx.send("empty-text", [home_button(ctx)])
        return
    ctx.user.scratch["last_question"] = text[:KEEP_QUESTION_CHARS]
    ctx.user.scratch.pop("last_faq", None)
    if not any(c.isalpha() for c in fold(text[:KEEP_QUESTION_CHARS])):
        if any(c.isalpha() for c in text):
            await hand_off_offer(ctx, "ask-unreadable")
        else:
            ctx.send("ask-no-words", [home_button(ctx)])
        return
    match = matcher_of(ctx).match(text, ctx.lang)
    knowledge = knowledge_of(ctx)
    if match.faq_id is None or match.faq_id not in knowledge.entries:
        await hand_off_offer(ctx, "ask-no-match")
    elif match.tie:
        rows = [[Button(entry_label(knowledge.entries[i], ctx.lang), f"faq:{i}")]
                for i, _ in match.candidates if i in knowledge.entries]
        ctx.send("ask-pick", *rows, *tail_rows(ctx))
    else:
        show_entry(ctx, knowledge.entries[match.faq_id])
        await report_store.record_answer(ctx, "faq_answer", match.faq_id)


_built: dict[tuple, tuple[Knowledge, Matcher]] = {}


def load_faq(root: Path) -> tuple[Knowledge, Matcher]:
    """The knowledge base under `root` and its matcher, rebuilt only when a file changed."""
    signature = (str(root), tuple(sorted((str(p), p.stat().st_mtime_ns) for p in root.rglob("*.yaml"))))
    if signature not in _built:
        _built.clear()
        knowledge = Knowledge.load(root)
        _built[signature] = knowledge, Matcher.build(knowledge, Synonyms.load(root / "synonyms.yaml"),
                                                     off_topic=off_topic_lines(root / "out_of_scope.yaml"))
    return _built[signature]


def register(router: Router, services: Services) -> None:
    """Load the knowledge base, build the matcher, and route free text and FAQ buttons."""
    knowledge, matcher = load_faq(services.config.content_root / "knowledge")
    services.extras.setdefault("knowledge", knowledge)
    services.extras["faq"] = matcher

    async def stale(ctx: Ctx) -> None:
        """Forged or outdated button data: the router's kind reply."""
        if router.stale_press is not None:
            await router.stale_press(ctx)

    @router.press("ask")
    async def ask_start(ctx: Ctx) -> None:
        if split_data(ctx.event.data)[1] != "start":
            await stale(ctx)
            return
        ctx.user.pending = "ask"
        ctx.send("ask-prompt", [home_button(ctx)])

    @router.input("ask")
    async def ask_input(ctx: Ctx) -> None:
        ctx.user.pending = None
        await answer_question(ctx, ctx.event.text if isinstance(ctx.event, Text) else "")

    async def free_text(ctx: Ctx) -> None:
        await answer_question(ctx, ctx.event.text if isinstance(ctx.event, Text) else "")

    @router.press("faq")
    async def open_entry(ctx: Ctx) -> None:
        entry = knowledge_of(ctx).entries.get(split_data(ctx.event.data)[1])
        if entry is None:
            await stale(ctx)
            return
        ctx.toast()
        show_entry(ctx, entry)
        await report_store.record_answer(ctx, "faq_answer", entry.id)

    @router.press("fb")
    async def feedback(ctx: Ctx) -> None:
        entry_id, _, verdict = split_data(ctx.event.data)[1].rpartition(":")
        if entry_id not in knowledge_of(ctx).entries or verdict not in ("y", "n"):
            await stale(ctx)
            return
        await faq_store.add_feedback(ctx.store, entry_id, ctx.lang, verdict == "y", ctx.now)
        ctx.toast(ctx.t("ask-feedback-thanks"))
        if verdict == "y":
            ctx.send("ask-glad", *tail_rows(ctx)[1:])
        else:
            await hand_off_offer(ctx, "ask-sorry")

    router.free_text = free_text
