"""The account's system ticket "LOG: License URL modifications" (SPEC sections 2 and 3).

A minimal version: the Communication Center owns the full one (race-safe creation, read-only
rules); the signature below is the one it provides.
"""

from __future__ import annotations

import secrets

from tortoise.backends.base.client import BaseDBAsyncClient

from models.enums import Department
from models.tickets import Ticket, TicketMessage, TicketStatus, TicketType
from resolvers import clock

__all__ = ["LOG_TITLE", "append_to_log_ticket"]

LOG_TITLE = "LOG: License URL modifications"
FIRST_NUMBER = 100000


async def _log_ticket_id(account_id: int, using_db: BaseDBAsyncClient) -> int:
    found = await (
        Ticket.filter(account_id=account_id, is_log=True)
        .using_db(using_db)
        .values_list("id", flat=True)
    )
    if found:
        return found[0]
    highest = (
        await Ticket.all()
        .using_db(using_db)
        .order_by("-number")
        .limit(1)
        .values_list("number", flat=True)
    )
    now = clock.now()
    ticket = await Ticket.create(
        number=max([*highest, FIRST_NUMBER]) + 1,
        account_id=account_id,
        type=TicketType.GENERIC,
        department=Department.SUPPORT,
        status=TicketStatus.IN_PROGRESS,
        title=LOG_TITLE,
        is_log=True,
        created_at=now,
        updated_at=now,
        last_message_at=now,
        using_db=using_db,
    )
    return ticket.id


async def append_to_log_ticket(
    account_id: int, text: str, using_db: BaseDBAsyncClient
) -> TicketMessage:
    """Append a system message to the account's log ticket (made on first use)."""
    ticket_id = await _log_ticket_id(account_id, using_db)
    now = clock.now()
    await Ticket.filter(id=ticket_id).using_db(using_db).update(last_message_at=now, updated_at=now)
    return await TicketMessage.create(
        public_id="M-" + secrets.token_hex(6).upper(),
        ticket_id=ticket_id,
        body=text,
        created_at=now,
        using_db=using_db,
    )
