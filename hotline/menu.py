"""First contact and the main menu: language, country, /start, /menu, /help, and kind replies
to whatever the hotline does not understand.

Button data owned here: "lang:<code>", "country:<ru|kz|home>", "menu:<main|lang|country>".
Menu topic buttons send "flow:<name>", "ask:start" and "case:new"; those prefixes belong to the
flows, FAQ and hand-off features.
"""

from __future__ import annotations

from hotline.core import Ctx, Handler, Router, Services, split_data
from hotline.events import Button, Command, Press, Text
from hotline.i18n import LANGS, lang_from_code

COUNTRIES: tuple[str, ...] = ("ru", "kz", "home")

#: The four guided topics on the main menu: (label message id, button data).
MENU_TOPICS: tuple[tuple[str, str], ...] = (
    ("menu-wages", "flow:wages"),
    ("menu-contracts", "flow:contracts"),
    ("menu-maternity", "flow:maternity"),
    ("menu-predeparture", "flow:predeparture"),
)

#: Commands shown in Telegram's menu, in this order; descriptions are `cmd-<name>` messages.
PUBLIC_COMMANDS: tuple[str, ...] = ("start", "menu", "help", "language", "country", "privacy")


def main_menu_rows(ctx: Ctx) -> list[list[Button]]:
    """The main menu's buttons in this person's language."""
    topics = [ctx.button(msg_id, data) for msg_id, data in MENU_TOPICS]
    return [
        topics[0:2],
        topics[2:4],
        [ctx.button("menu-ask", "ask:start")],
        [ctx.button("menu-lawyer", "case:new")],
        [ctx.button("menu-language", "menu:lang"), ctx.button("menu-country", "menu:country")],
    ]


def home_button(ctx: Ctx) -> Button:
    """The "Main menu" button every answer carries."""
    return ctx.button("menu-home", "menu:main")


def show_menu(ctx: Ctx, msg_id: str = "menu-title") -> None:
    """Leave whatever was going on and show the main menu."""
    ctx.user.flow = ctx.user.node = ctx.user.pending = None
    ctx.user.history = []
    ctx.edit_or_send(ctx.t(msg_id), tuple(tuple(r) for r in main_menu_rows(ctx)), msg_id=msg_id)


def language_rows(ctx: Ctx, proposed: str | None) -> list[list[Button]]:
    """One button per language, each in its own name; the proposed one first and ticked."""
    order = [proposed] + [code for code in LANGS if code != proposed] if proposed else list(LANGS)
    texts = ctx.services.texts
    rows = []
    for code in order:
        name = texts.t(code, "language-name")
        label = texts.t(code, "language-proposed", name=name) if code == proposed else name
        rows.append([Button(label, f"lang:{code}")])
    return rows


def ask_language(ctx: Ctx) -> None:
    """Greet and propose a language: Telegram's if we speak it, else show all four."""
    proposed = ctx.user.lang or lang_from_code(ctx.event.sender.language_code)
    if proposed:
        text = ctx.services.texts.t(proposed, "start-welcome") + "\n\n" + \
            ctx.services.texts.t(proposed, "start-pick-language")
    else:
        text = "\n\n".join(ctx.services.texts.t(code, "start-welcome-short") for code in LANGS)
    ctx.send_text(text, tuple(tuple(r) for r in language_rows(ctx, proposed)), msg_id="start-welcome")


def ask_country(ctx: Ctx) -> None:
    """Ask where the person works (or is going to)."""
    rows = [[ctx.button(f"country-{code}", f"country:{code}")] for code in COUNTRIES]
    ctx.edit_or_send(ctx.t("start-ask-country"), tuple(tuple(r) for r in rows), msg_id="start-ask-country")


def deep_link_handler(router: Router, payload: str) -> Handler | None:
    """The handler for a `/start <payload>` link: by the whole payload ("wages") or the part before
    the first '-' ("join-Xy12" -> "join"); the handler reads the payload from the /start command."""
    key = payload.strip().lower()
    return router.deep_links.get(key) or router.deep_links.get(key.partition("-")[0])


async def open_deep_link(ctx: Ctx, handler: Handler, payload: str) -> None:
    """Run a deep link's handler as if the person had just sent `/start <payload>`."""
    ctx.event = Command(ctx.event.sender, None, name="start", args=payload)
    await handler(ctx)


async def finish_onboarding(ctx: Ctx) -> None:
    """After language and country: open the deep link or answer the question that came first."""
    router: Router = ctx.services.extras["router"]
    deep_link = ctx.user.scratch.pop("deep_link", None)
    first_text = ctx.user.scratch.pop("first_text", None)
    handler = deep_link_handler(router, deep_link) if deep_link else None
    if handler is not None:
        ctx.send("start-ready")
        await open_deep_link(ctx, handler, deep_link)
    elif first_text and router.free_text is not None:
        ctx.send("start-ready")
        ctx.event = Text(ctx.event.sender, None, first_text)
        await router.free_text(ctx)
    else:
        ctx.send("start-ready")
        show_menu(ctx)


async def onboarding_guard(ctx: Ctx) -> bool:
    """Until a person has a language and a country, talking leads back to those questions first.

    Commands pass (a lawyer's /queue must not ask where they work); so do the presses the
    features list in `router.before_onboarding`.
    """
    user, event = ctx.user, ctx.event
    if not event.sender.private or (user.lang and user.country):
        return True
    router: Router = ctx.services.extras["router"]
    if isinstance(event, Press) and split_data(event.data)[0] in router.before_onboarding:
        return True
    if isinstance(event, Command) and event.name != "menu":
        return True
    if isinstance(event, Text) and event.text.strip():
        user.scratch["first_text"] = event.text[:1000]
    if user.lang is None:
        ask_language(ctx)
    else:
        ask_country(ctx)
    ctx.toast()
    return False


def register(router: Router, services: Services) -> None:
    """Add first contact, the menu and the fallbacks to the router."""
    services.extras["router"] = router
    router.guards.append(onboarding_guard)

    @router.command("start")
    async def start(ctx: Ctx) -> None:
        payload = ctx.event.args.strip()[:64] if isinstance(ctx.event, Command) else ""
        handler = deep_link_handler(router, payload) if payload else None
        if ctx.user.lang and ctx.user.country:
            if handler is not None:
                await handler(ctx)
            else:
                show_menu(ctx, "menu-welcome-back")
            return
        if handler is not None:
            ctx.user.scratch["deep_link"] = payload
        if ctx.user.lang is None:
            ask_language(ctx)
        else:
            ask_country(ctx)

    @router.command("menu")
    async def menu(ctx: Ctx) -> None:
        show_menu(ctx)

    @router.command("help")
    async def help_(ctx: Ctx) -> None:
        ctx.send("help-text", [home_button(ctx)])

    @router.command("language")
    async def language(ctx: Ctx) -> None:
        ask_language(ctx)

    @router.command("country")
    async def country(ctx: Ctx) -> None:
        ask_country(ctx)

    @router.press("lang")
    async def pick_language(ctx: Ctx) -> None:
        code = split_data(ctx.event.data)[1]
        if code not in LANGS:
            await stale(ctx)
            return
        first_time = ctx.user.lang is None or ctx.user.country is None
        ctx.user.lang = code
        ctx.toast(ctx.t("language-set"))
        if first_time:
            ask_country(ctx)
        else:
            show_menu(ctx)

    @router.press("country")
    async def pick_country(ctx: Ctx) -> None:
        code = split_data(ctx.event.data)[1]
        if code not in COUNTRIES or ctx.user.lang is None:
            await stale(ctx)
            return
        first_time = ctx.user.country is None
        ctx.user.country = code
        ctx.toast(ctx.t(f"country-{code}"))
        if first_time:
            await finish_onboarding(ctx)
        else:
            show_menu(ctx)

    @router.press("menu")
    async def menu_press(ctx: Ctx) -> None:
        what = split_data(ctx.event.data)[1]
        if what == "lang":
            ask_language(ctx)
        elif what == "country":
            ask_country(ctx)
        else:
            show_menu(ctx)

    async def unknown_command(ctx: Ctx) -> None:
        ctx.send("unknown-command", [home_button(ctx)])

    async def unsupported(ctx: Ctx) -> None:
        ctx.send("unsupported-media", [home_button(ctx)])

    async def stale(ctx: Ctx) -> None:
        ctx.toast()
        ctx.send("stale-button", [home_button(ctx)])

    async def free_text(ctx: Ctx) -> None:
        text = ctx.event.text.strip() if isinstance(ctx.event, Text) else ""
        if not text:
            ctx.send("empty-text", [home_button(ctx)])
        else:
            show_menu(ctx, "text-not-understood")

    router.unknown_command = unknown_command
    router.unsupported = unsupported
    router.stale_press = stale
    router.free_text = free_text
