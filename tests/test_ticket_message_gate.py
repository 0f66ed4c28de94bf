"""The message gate shared by postMessage and the closing sweeps (resolvers/tickets/activity.py)."""

from __future__ import annotations

from datetime import timedelta

from tortoise.transactions import in_transaction

from models import Ticket, TicketKind, TicketStatus
from models.enums import Department
from resolvers import clock
from resolvers.tickets.activity import record_message


async def _ticket(world, status: TicketStatus, **fields) -> Ticket:
    owner = await world.user()
    now = clock.now()
    return await Ticket.create(
        number=100000 + owner.id,
        account_id=owner.account_id,
        author=owner,
        type=TicketKind.SUPPORT,
        department=Department.SUPPORT,
        status=status,
        title="Checkout fails",
        created_at=now,
        updated_at=now,
        last_message_at=now - timedelta(days=10),
        **fields,
    )


async def test_message_wakes_pre_closed_ticket(world):
    ticket = await _ticket(world, TicketStatus.PRE_CLOSED, pre_closed_at=clock.now())
    async with in_transaction() as conn:
        previous = await record_message(ticket.id, clock.now(), from_customer=True, using_db=conn)
    await ticket.refresh_from_db()
    assert previous is TicketStatus.PRE_CLOSED
    assert ticket.status is TicketStatus.IN_PROGRESS
    assert ticket.pre_closed_at is None


async def test_message_to_closed_ticket_changes_nothing(world):
    ticket = await _ticket(world, TicketStatus.CLOSED)
    before = ticket.last_message_at
    async with in_transaction() as conn:
        previous = await record_message(ticket.id, clock.now(), from_customer=True, using_db=conn)
    await ticket.refresh_from_db()
    assert previous is None
    assert ticket.status is TicketStatus.CLOSED
    assert ticket.last_message_at == before


async def test_customer_message_withdraws_solved_mark_but_staff_message_keeps_it(world):
    ticket = await _ticket(world, TicketStatus.IN_PROGRESS, solved_at=clock.now())
    async with in_transaction() as conn:
        await record_message(ticket.id, clock.now(), from_customer=False, using_db=conn)
    await ticket.refresh_from_db()
    assert ticket.solved_at is not None
    async with in_transaction() as conn:
        await record_message(ticket.id, clock.now(), from_customer=True, using_db=conn)
    await ticket.refresh_from_db()
    assert ticket.solved_at is None
    assert ticket.status is TicketStatus.IN_PROGRESS
