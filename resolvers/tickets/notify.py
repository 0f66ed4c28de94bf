"""Every mail about a ticket (SPEC "Notifications"), written to the outbox in the caller's
transaction: each staff message, each status change the customer did not make, and each
change a sweep rule makes (rendered here from the rows the sweep's UPDATE returned).

The dedupe key names the event (the message's public ID, the history row), so a retried
request cannot queue the same mail twice.
"""

from __future__ import annotations

from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient

from accountdesk.settings import TicketTimers
from models import User
from models.tickets import Ticket, TicketHistory, TicketMessage
from resolvers.outbox import Mail, enqueue
from resolvers.tickets.timers import CUSTOMER, Rule

__all__ = ["mail_message", "mail_status_change", "subject_for", "sweep_mail"]

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


def sweep_mail(rule: Rule, timers: TicketTimers, now: datetime, row: tuple) -> Mail | None:
    """The mail of one ticket a sweep rule changed (`row` in `resolvers.sql.sweep.CHANGED`
    order); None when nobody can be told (an author removed, or without an address)."""
    ticket_id, number, _, title, department, pre_closed_at, response_due_at, contact = row
    if rule.notify == CUSTOMER:
        recipient = contact
    else:
        recipient = timers.department_address(str(department)) if department else None
    if not recipient:
        return None
    if rule.action == "overdue":
        return Mail(
            recipient,
            f"Overdue: ticket #{number} has no answer yet",
            f'Ticket #{number} "{title}" passed its response deadline '
            f"({response_due_at:%Y-%m-%d %H:%M} UTC) without an answer from staff.",
            f"ticket:{ticket_id}:overdue:{response_due_at.isoformat()}",
        )
    reason = rule.reason(timers)
    if rule.action == "close":
        # The key names the pre-close this change ends.
        text = f"was closed: {reason}. You can rate it, or reopen it if you still need help."
        return Mail(
            recipient,
            f"Ticket #{number} was closed: {title}",
            f'Your ticket #{number} "{title}" {text}',
            f"ticket:{ticket_id}:auto_close:{pre_closed_at.isoformat()}",
        )
    closes = now + timers.close_after_pre_close
    text = (
        f"was pre-closed ({reason}). It closes by itself on "
        f"{closes:%Y-%m-%d %H:%M} UTC unless you write in it."
    )
    return Mail(
        recipient,
        f"Ticket #{number} was pre-closed: {title}",
        f'Your ticket #{number} "{title}" {text}',
        f"ticket:{ticket_id}:auto_pre_close:{now.isoformat()}",
    )
