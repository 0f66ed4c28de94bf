"""Low-level writes every ticket rule shares: numbers, public message IDs, history, messages.

Nothing here checks rights; the use cases in `resolvers/tickets/` do, then call these inside
their transaction.
"""

from __future__ import annotations

from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient

from models.tickets import TicketHistory, TicketMessage, TicketStatus
from resolvers.errors import Conflict
from resolvers.secrets import random_letters
from resolvers.sql.tickets import NEXT_NUMBER
from resolvers.tickets.activity import record_message

__all__ = [
    "FIRST_NUMBER",
    "MESSAGE_ID_ALPHABET",
    "TicketClosed",
    "next_ticket_number",
    "new_message_id",
    "write_history",
    "add_message",
]

FIRST_NUMBER = 100001
# Crockford's base32 without look-alikes (no I, L, O, U): easy to read out over the phone.
MESSAGE_ID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


class TicketClosed(Conflict):
    code = "TICKET_CLOSED"
    default_message = (
        "The ticket is closed, so nothing can be added to it. Reopen it or open a new ticket."
    )


async def next_ticket_number(using_db: BaseDBAsyncClient) -> int:
    """The next human-facing number: one atomic upsert, so concurrent creates never share one.

    The counter row stays locked until `using_db` commits; callers keep that transaction short.
    """
    rows = await NEXT_NUMBER.fetch(FIRST_NUMBER, using_db=using_db)
    return int(rows[0]["value"])


def new_message_id() -> str:
    """A public message ID such as `M-7Q2K9XH4TB`: random, so it says nothing about volume."""
    return "M-" + random_letters(10, MESSAGE_ID_ALPHABET)


async def write_history(
    using_db: BaseDBAsyncClient,
    ticket_id: int,
    action: str,
    *,
    actor_id: int | None,
    at: datetime,
    from_status: TicketStatus | str | None = None,
    to_status: TicketStatus | str | None = None,
    reason: str = "",
) -> TicketHistory:
    """One row of a ticket's history, in the caller's transaction (the history-writer shape
    of every area: transaction, subject, action, then keywords; `actor_id` None = the system)."""
    return await TicketHistory.create(
        ticket_id=ticket_id,
        actor_id=actor_id,
        at=at,
        action=action,
        from_status=None if from_status is None else str(from_status),
        to_status=None if to_status is None else str(to_status),
        reason=reason[:300],
        using_db=using_db,
    )


async def add_message(
    ticket_id: int,
    author_id: int | None,
    body: str,
    now: datetime,
    using_db: BaseDBAsyncClient,
    from_staff: bool = False,
    is_internal: bool = False,
    reply_to_id: int | None = None,
) -> tuple[TicketMessage, TicketStatus]:
    """Insert a message through the one gate (`record_message`); TicketClosed writes nothing.

    Returns the message and the status the ticket had before it (the gate may have woken a
    pre-closed ticket; the caller writes that history row).
    """
    from_customer = author_id is not None and not from_staff  # not a system message
    previous = await record_message(ticket_id, now, from_customer, using_db=using_db)
    if previous is None:
        raise TicketClosed()
    message = await TicketMessage.create(
        public_id=new_message_id(),
        ticket_id=ticket_id,
        author_id=author_id,
        reply_to_id=reply_to_id,
        body=body,
        is_internal=is_internal,
        from_staff=from_staff,
        created_at=now,
        using_db=using_db,
    )
    return message, previous
