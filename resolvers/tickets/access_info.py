"""Server access details (SPEC "Access info"): encrypted at rest with Fernet (a key derived
from SECRET_KEY), write-only for customers (they see a masked line), readable by the staff
who handle the ticket, each read recorded. The timers purge them after the retention time
(the rows are deleted; the read log stays).
"""

from __future__ import annotations

import base64
import hashlib
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from tortoise.expressions import Subquery
from tortoise.transactions import in_transaction

from accountdesk.settings import Settings
from models.tickets import AccessInfo, AccessInfoRead
from resolvers import clock
from resolvers.errors import Forbidden, InvalidInput, NotFound
from resolvers.identity import Principal
from resolvers.tickets.access import visible_tickets
from resolvers.tickets.lifecycle import locked_ticket
from resolvers.tickets.records import TicketClosed, write_history
from resolvers.tickets.states import is_open

__all__ = ["cipher", "post_access_info", "read_access_info", "MAX_ACCESS_INFO"]

MAX_ACCESS_INFO = 10_000


def cipher(settings: Settings) -> Fernet:
    digest = hashlib.sha256(b"access-info:" + settings.secret_key.encode()).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


def _masked(text: str) -> str:
    lines = len(text.splitlines()) or 1
    return f"Access details, {lines} line{'s' if lines != 1 else ''} (hidden)"


async def post_access_info(
    settings: Settings, principal: Principal, ticket_id: Any, text: str
) -> AccessInfo:
    text = text.strip()
    if not text or len(text) > MAX_ACCESS_INFO:
        raise InvalidInput(f"Access details take 1 to {MAX_ACCESS_INFO} characters.", field="text")
    now = clock.now()
    async with in_transaction() as conn:
        ticket = await locked_ticket(principal, ticket_id, conn)
        if not is_open(ticket.status):
            raise TicketClosed()
        info = await AccessInfo.create(
            ticket_id=ticket.id,
            author_id=principal.user_id,
            ciphertext=cipher(settings).encrypt(text.encode()).decode(),
            masked=_masked(text),
            created_at=now,
            using_db=conn,
        )
        await write_history(
            conn,
            ticket.id,
            "access_info",
            actor_id=principal.user_id,
            at=now,
            from_status=ticket.status,
            to_status=ticket.status,
            reason="Access details posted.",
        )
    return info


async def read_access_info(settings: Settings, principal: Principal, info_id: int) -> str | None:
    """The clear text, for staff who handle the ticket; the read is recorded first.

    None once purged. Customers never get it back (write-only), whoever posted it.
    """
    if not principal.is_staff:
        raise Forbidden("Access details are write-only for customers.")
    rows = await AccessInfo.filter(
        id=info_id, ticket_id__in=Subquery(visible_tickets(principal).values("id"))
    ).values("id", "ticket_id", "ciphertext")
    if not rows:
        raise NotFound("No such access details.")
    if rows[0]["ciphertext"] is None:
        return None
    await AccessInfoRead.create(
        ticket_id=rows[0]["ticket_id"],
        access_info_id=info_id,
        reader_id=principal.user_id,
        at=clock.now(),
    )
    try:
        return cipher(settings).decrypt(rows[0]["ciphertext"].encode()).decode()
    except InvalidToken:  # SECRET_KEY changed since: the details cannot be read any more
        return None
