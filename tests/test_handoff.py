"""The case life cycle table: every allowed move lands where the table says; every other move
raises IllegalMove and changes nothing."""

from __future__ import annotations

import pytest

from hotline import handoff
from hotline.handoff import CASE_TRANSITIONS, Actor, IllegalMove

MOVES = sorted({move for moves in CASE_TRANSITIONS.values() for move in moves})


async def case_in(hotline, status: str):
    store = handoff.cases(hotline.services)
    now = hotline.services.now()
    async with hotline.store.transaction():
        await store.add_lawyer(901, ("ru",), "", now)
        case_id = await store.open_case(user_id=1, chat_id=1, lang="ru", country="ru", citizenship=None,
                                        topic="general", context={}, now=now)
        await store.move(case_id, old_status="open", new_status=status, lawyer_id=901 if status == "claimed" else None,
                         now=now)
    return await store.get(case_id)


@pytest.mark.parametrize("status", list(CASE_TRANSITIONS))
@pytest.mark.parametrize("move", MOVES)
async def test_the_table_is_the_only_way_a_case_moves(hotline, status, move):
    case = await case_in(hotline, status)
    store = handoff.cases(hotline.services)
    async with hotline.store.transaction():
        if move in CASE_TRANSITIONS[status]:
            after = await handoff.apply(hotline.services, case, move, Actor("lawyer", 901), lawyer_id=901)
            assert after.status == CASE_TRANSITIONS[status][move]
            assert [a for _, _, a, _ in await store.audit_trail(case.id)] == [move]
        else:
            with pytest.raises(IllegalMove):
                await handoff.apply(hotline.services, case, move, Actor("lawyer", 901), lawyer_id=901)
            assert await store.get(case.id) == case
            assert await store.audit_trail(case.id) == []


def test_every_status_is_reachable_and_cancelled_is_final():
    targets = {to for moves in CASE_TRANSITIONS.values() for to in moves.values()}
    assert targets | {"open"} == set(CASE_TRANSITIONS)
    assert CASE_TRANSITIONS["cancelled"] == {}
