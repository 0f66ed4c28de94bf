"""The one gate a new message passes through, shared by the API and the closing sweeps.

Race rule (SPEC section 2): a message that arrives while a sweep runs either lands before the
ticket closes (and keeps it open) or is refused because it is closed; never both, never lost.
Both sides are single conditional UPDATEs on the ticket row, so the database orders them:

- `record_message` bumps `last_message_at` only `WHERE status != 'closed'` and wakes a
  pre-closed ticket; the caller inserts the message only when a row was updated, in the same
  transaction.
- a closing sweep updates only `WHERE status = 'pre_closed' AND last_message_at <= pre_closed_at`,
  so a ticket that got a message in between no longer matches.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from models.tickets import Ticket, TicketStatus
from resolvers.tickets.states import Action, is_open, next_status

__all__ = ["record_message"]


async def record_message(
    ticket_id: int,
    now: datetime,
    from_customer: bool,
    using_db: BaseDBAsyncClient,
) -> TicketStatus | None:
    """Stamp a new message on an open ticket. Call inside a transaction (`using_db`).

    Returns the status the ticket had before (the caller writes history when it changed), or
    None when the ticket is closed and nothing may be added. A customer's message withdraws a
    `solved` mark: the problem is evidently not solved, so the support timer starts again
    only from a new mark.
    """
    for _ in range(3):
        rows = (
            await Ticket.filter(id=ticket_id)
            .select_for_update()
            .using_db(using_db)
            .values_list("status", flat=True)
        )
        if not rows or not is_open(rows[0]):
            return None
        previous = TicketStatus(rows[0])
        changes: dict[str, Any] = {"last_message_at": now, "updated_at": now}
        after = next_status(previous, Action.MESSAGE)
        if after is not previous:
            changes.update(status=after, pre_closed_at=None)
        if from_customer:
            changes["solved_at"] = None
        # Guarded by the status we read: on SQLite (no row locks) a sweep may have moved it.
        if await Ticket.filter(id=ticket_id, status=previous).using_db(using_db).update(**changes):
            return previous
    return None
