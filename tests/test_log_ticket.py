"""The account's log ticket "LOG: License URL modifications" (resolvers/tickets/log_ticket.py)."""

from __future__ import annotations

import asyncio

import pytest
from tortoise.transactions import in_transaction

from models import Ticket, TicketHistory, TicketMessage
from resolvers.tickets.log_ticket import LOG_TITLE, append_to_log_ticket


async def _append(account_id: int, text: str) -> TicketMessage:
    async with in_transaction() as conn:
        return await append_to_log_ticket(account_id, text, using_db=conn)


async def test_log_ticket_is_made_once_and_collects_system_messages(world):
    owner = await world.user()
    first = await _append(owner.account_id, "URL changed from a.test to b.test")
    second = await _append(owner.account_id, "URL changed from b.test to c.test")
    tickets = await Ticket.filter(account_id=owner.account_id)
    assert [(t.title, t.is_log) for t in tickets] == [(LOG_TITLE, True)]
    assert first.ticket_id == second.ticket_id == tickets[0].id
    assert first.author_id is None and first.public_id.startswith("M-")
    assert await TicketMessage.filter(ticket_id=tickets[0].id).count() == 2
    assert await TicketHistory.filter(ticket_id=tickets[0].id).count() == 1


async def test_log_ticket_is_rolled_back_with_the_change_it_logs(world):
    owner = await world.user()
    with pytest.raises(RuntimeError):
        async with in_transaction() as conn:
            await append_to_log_ticket(owner.account_id, "URL changed", using_db=conn)
            raise RuntimeError("the URL change failed")
    assert not await Ticket.filter(account_id=owner.account_id).exists()


async def test_concurrent_first_log_entries_make_one_log_ticket(world, postgres):
    owner = await world.user()
    await asyncio.gather(*(_append(owner.account_id, f"change {i}") for i in range(5)))
    assert await Ticket.filter(account_id=owner.account_id, is_log=True).count() == 1
    assert await TicketMessage.filter(ticket__account_id=owner.account_id).count() == 5
    assert await TicketHistory.filter(ticket__account_id=owner.account_id).count() == 1
