"""Mail to the ticket's author (SPEC "Notifications"), written to the outbox in the caller's
transaction: each staff message and each status change the customer did not make.

The dedupe key names the event (the message's public ID, the history row), so a retried
request cannot queue the same mail twice.
"""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient

from models import User
from models.tickets import Ticket, TicketHistory, TicketMessage
from resolvers.outbox import enqueue

__all__ = ["mail_message", "mail_status_change", "subject_for"]

_STATUS_WORDS = {
    "submitted": "submitted",
    "assigned": "assigned to an engineer",
    "in_progress": "in progress",
    "pre_closed": "pre-closed (it closes by itself in a few days unless you answer)",
    "closed": "closed",
    "reopened": "reopened",
}


def subject_for(ticket: Ticket) -> str:
    return f"[Ticket #{ticket.number}] {ticket.title}"


async def _recipient(ticket: Ticket, using_db: BaseDBAsyncClient) -> str | None:
    if ticket.author_id is None or ticket.is_log:
        return None
    found = (
        await User.filter(id=ticket.author_id, is_active=True)
        .using_db(using_db)
        .values_list("contact_email", flat=True)
    )
    return found[0] if found else None


async def mail_message(ticket: Ticket, message: TicketMessage, using_db: BaseDBAsyncClient) -> bool:
    """A staff member's public message, quoted with its message ID."""
    recipient = await _recipient(ticket, using_db)
    if recipient is None or message.is_internal:
        return False
    body = (
        f"Ticket #{ticket.number}: {ticket.title}\n"
        f"Message ID: {message.public_id}\n\n"
        f"{message.body}\n\n"
        f"Answer in the Communication Center; quote the message ID when you write to us.\n"
    )
    return await enqueue(
        recipient,
        f"{subject_for(ticket)} [{message.public_id}]",
        body,
        f"ticket:{ticket.id}:message:{message.public_id}",
        using_db=using_db,
    )


async def mail_status_change(
    ticket: Ticket, change: TicketHistory, using_db: BaseDBAsyncClient
) -> bool:
    recipient = await _recipient(ticket, using_db)
    if recipient is None or change.to_status is None:
        return False
    words = _STATUS_WORDS.get(change.to_status, change.to_status)
    body = f"Ticket #{ticket.number}: {ticket.title}\n\nThe ticket is now {words}.\n"
    if change.reason:
        body += f"\nReason: {change.reason}\n"
    return await enqueue(
        recipient,
        f"{subject_for(ticket)}: {change.to_status.replace('_', ' ')}",
        body,
        f"ticket:{ticket.id}:history:{change.id}",
        using_db=using_db,
    )
