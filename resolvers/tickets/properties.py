"""Changes to a ticket's properties: assignee, department, solved mark, priority, HotRush, rating.

Each is one transaction with the ticket row locked and a history row (SPEC "every change
writes a history row"). The HotRush disable counter is one conditional UPDATE on the
account (`... WHERE hotrush_disables_used < 3`), so racing requests can never pass the limit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from redis.asyncio import Redis
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from accountdesk.settings import Settings
from models import Account
from models.enums import Department
from models.tickets import Ticket, TicketKind, TicketPriority, TicketStatus
from resolvers import clock
from resolvers.errors import Conflict, InvalidInput, LimitReached
from resolvers.identity import Principal
from resolvers.tickets.access import get_ticket
from resolvers.tickets.conversation import HotRushSupportOnly
from resolvers.tickets.lifecycle import (
    Change,
    change_status,
    check_department,
    locked_ticket,
    staff_member,
)
from resolvers.tickets.log_ticket import LogTicketReadOnly
from resolvers.tickets.records import TicketClosed, write_history
from resolvers.tickets.states import Action, is_open
from resolvers.tickets.timers import hotrush_switch

__all__ = [
    "HOTRUSH_DISABLES_PER_ACCOUNT",
    "hotrush_disables_left_for_ids",
    "HotRushDisableLimit",
    "NotRateable",
    "AlreadyRated",
    "assign_ticket",
    "forward_ticket",
    "mark_solved",
    "set_priority",
    "set_hotrush",
    "rate_ticket",
]

HOTRUSH_DISABLES_PER_ACCOUNT = 3


async def hotrush_disables_left_for_ids(account_ids: Sequence[int]) -> list[int]:
    """How many HotRush disables outside `submitted` each account has left; one statement
    (a DataLoader's load function)."""
    used = dict(
        await Account.filter(id__in=set(account_ids)).values_list("id", "hotrush_disables_used")
    )
    limit = HOTRUSH_DISABLES_PER_ACCOUNT
    return [max(0, limit - used.get(account_id, limit)) for account_id in account_ids]


class HotRushDisableLimit(LimitReached):
    code = "HOTRUSH_DISABLE_LIMIT"
    default_message = (
        "HotRush can be switched off at most 3 times per account once a ticket is past "
        "`submitted`; this account used them all."
    )


class NotRateable(Conflict):
    code = "NOT_RATEABLE"
    default_message = "Only a closed ticket can be rated."


class AlreadyRated(Conflict):
    code = "ALREADY_RATED"
    default_message = "This ticket was already rated; a ticket is rated once."


async def _open_ticket(principal: Principal, ticket_id: Any, conn: Any) -> Ticket:
    ticket = await locked_ticket(principal, ticket_id, conn)
    if not is_open(ticket.status):
        raise TicketClosed()
    return ticket


async def assign_ticket(
    settings: Settings,
    principal: Principal,
    ticket_id: Any,
    assignee_id: Any | None,
    bus: Redis | None = None,
) -> Ticket:
    """Assign to a staff member (the caller by default); `submitted` becomes `assigned`."""
    assignee = await staff_member(assignee_id if assignee_id is not None else principal.user_id)
    change = Change(Action.ASSIGN, f"Assigned to {assignee.name or assignee.email}.")
    change.fields["assignee_id"] = assignee.id
    return await change_status(settings, principal, ticket_id, change, bus)


async def forward_ticket(
    principal: Principal, ticket_id: Any, department: Department | str, reason: str = ""
) -> Ticket:
    """Hand an open ticket to another department; the old assignee lets go of it."""
    department = check_department(department)
    now = clock.now()
    async with in_transaction() as conn:
        ticket = await _open_ticket(principal, ticket_id, conn)
        if ticket.department is department:
            raise InvalidInput("The ticket is already in this department.", field="department")
        note = f"Forwarded from {ticket.department.value} to {department.value}. {reason}".strip()
        await (
            Ticket.filter(id=ticket.id)
            .using_db(conn)
            .update(department=department, assignee_id=None, updated_at=now)
        )
        await write_history(
            conn,
            ticket.id,
            "forward",
            actor_id=principal.user_id,
            at=now,
            from_status=ticket.status,
            to_status=ticket.status,
            reason=note,
        )
    ticket.department, ticket.assignee_id, ticket.updated_at = department, None, now
    return ticket


async def mark_solved(principal: Principal, ticket_id: Any) -> Ticket:
    """Staff say the problem is solved: the support pre-close timer counts from now."""
    now = clock.now()
    async with in_transaction() as conn:
        ticket = await _open_ticket(principal, ticket_id, conn)
        await Ticket.filter(id=ticket.id).using_db(conn).update(solved_at=now, updated_at=now)
        await write_history(
            conn,
            ticket.id,
            "mark_solved",
            actor_id=principal.user_id,
            at=now,
            from_status=ticket.status,
            to_status=ticket.status,
            reason="Marked solved.",
        )
    ticket.solved_at = ticket.updated_at = now
    return ticket


async def set_priority(principal: Principal, ticket_id: Any, priority: TicketPriority) -> Ticket:
    now = clock.now()
    priority = TicketPriority(priority)
    async with in_transaction() as conn:
        ticket = await _open_ticket(principal, ticket_id, conn)
        if ticket.priority is not priority:
            await (
                Ticket.filter(id=ticket.id).using_db(conn).update(priority=priority, updated_at=now)
            )
            reason = f"Priority {ticket.priority.value} -> {priority.value}."
            await write_history(
                conn,
                ticket.id,
                "set_priority",
                actor_id=principal.user_id,
                at=now,
                from_status=ticket.status,
                to_status=ticket.status,
                reason=reason,
            )
    ticket.priority = priority
    return ticket


async def set_hotrush(
    settings: Settings, principal: Principal, ticket_id: Any, enabled: bool
) -> Ticket:
    now = clock.now()
    async with in_transaction() as conn:
        ticket = await _open_ticket(principal, ticket_id, conn)
        if ticket.hotrush is enabled:
            return ticket
        if enabled and ticket.type is not TicketKind.SUPPORT:
            raise HotRushSupportOnly()
        if not enabled and ticket.status is not TicketStatus.SUBMITTED:
            used = (
                await Account.filter(
                    id=ticket.account_id, hotrush_disables_used__lt=HOTRUSH_DISABLES_PER_ACCOUNT
                )
                .using_db(conn)
                .update(hotrush_disables_used=F("hotrush_disables_used") + 1)
            )
            if not used:
                raise HotRushDisableLimit()
        changes: dict[str, Any] = {"hotrush": enabled, "updated_at": now}
        changes.update(hotrush_switch(ticket, enabled, now, settings.timers))
        await Ticket.filter(id=ticket.id).using_db(conn).update(**changes)
        reason = "HotRush on." if enabled else "HotRush off."
        await write_history(
            conn,
            ticket.id,
            "set_hotrush",
            actor_id=principal.user_id,
            at=now,
            from_status=ticket.status,
            to_status=ticket.status,
            reason=reason,
        )
    for name, value in changes.items():
        setattr(ticket, name, value)
    return ticket


async def rate_ticket(
    principal: Principal, ticket_id: Any, rating: int, comment: str = ""
) -> Ticket:
    if not 1 <= rating <= 5:
        raise InvalidInput("A rating is 1 to 5.", field="rating")
    comment = comment.strip()
    if len(comment) > 5000:
        raise InvalidInput("The comment is longer than 5000 characters.", field="comment")
    ticket = await get_ticket(principal, ticket_id)
    if ticket.is_log:
        raise LogTicketReadOnly()
    now = clock.now()
    async with in_transaction() as conn:
        # Conditional: two racing ratings cannot both land.
        rated = (
            await Ticket.filter(id=ticket.id, status=TicketStatus.CLOSED, rated_at__isnull=True)
            .using_db(conn)
            .update(rating=rating, rating_comment=comment, rated_at=now)
        )
        if not rated:
            current = await Ticket.get(id=ticket.id).using_db(conn)
            if current.rated_at is not None:
                raise AlreadyRated()
            raise NotRateable()
        await write_history(
            conn,
            ticket.id,
            "rate",
            actor_id=principal.user_id,
            at=now,
            from_status=TicketStatus.CLOSED,
            to_status=TicketStatus.CLOSED,
            reason=f"Rated {rating}/5.",
        )
    ticket.rating, ticket.rating_comment, ticket.rated_at = rating, comment, now
    return ticket
