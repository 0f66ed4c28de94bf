"""Status changes of a ticket, all through the one table of `resolvers/tickets/states.py`.

Each change is one transaction: the ticket row is locked (PostgreSQL), the status is moved
with an UPDATE guarded by the status read, a history row is written, and the customer gets a
mail when they did not make the change themselves. The live event goes out after the commit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from redis.asyncio import Redis
from tortoise.transactions import in_transaction

from accountdesk.settings import Settings
from models import User
from models.enums import Department
from models.tickets import Ticket, TicketStatus
from resolvers import clock
from resolvers.errors import Conflict, InvalidInput, NotFound
from resolvers.identity import Principal
from resolvers.ids import id_or_none
from resolvers.tickets.access import get_ticket
from resolvers.tickets.events import TicketEvent, publish
from resolvers.tickets.log_ticket import LogTicketReadOnly
from resolvers.tickets.notify import mail_status_change
from resolvers.tickets.records import TicketClosed, write_history
from resolvers.tickets.states import TRANSITIONS, Action, is_open, next_status
from resolvers.tickets.timers import response_target

__all__ = [
    "InvalidTransition",
    "Change",
    "change_status",
    "action_towards",
    "locked_ticket",
]


class InvalidTransition(Conflict):
    code = "INVALID_TRANSITION"
    default_message = "The ticket's status does not allow this change."


@dataclass
class Change:
    """One state change asked for: the action (or the status wanted), why, and fields that
    move with it. With `target`, the action is the table's way from the current status."""

    action: Action | None = None
    reason: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
    target: TicketStatus | None = None


def action_towards(status: TicketStatus, target: TicketStatus) -> Action:
    """The table's action that leads from `status` to `target` (staff's setTicketStatus)."""
    for (source, action), after in TRANSITIONS.items():
        if source is status and after is target and action is not Action.MESSAGE:
            return action
    if not is_open(status):
        raise TicketClosed()
    raise InvalidTransition(f"A ticket cannot go from {status.value} to {target.value}.")


def _stamps(settings: Settings, ticket: Ticket, target: TicketStatus, now: Any) -> dict:
    if target is TicketStatus.CLOSED:
        return {"closed_at": now, "pre_closed_at": None}
    if target is TicketStatus.PRE_CLOSED:
        return {"pre_closed_at": now}
    if target is TicketStatus.REOPENED:
        # A reopened ticket waits for a first answer again.
        return {
            "closed_at": None,
            "pre_closed_at": None,
            "solved_at": None,
            "first_staff_response_at": None,
            "hotrush_wait_since": None,
            "overdue": False,
            "response_due_at": now + response_target(settings.timers, ticket.hotrush),
        }
    return {"pre_closed_at": None} if ticket.status is TicketStatus.PRE_CLOSED else {}


async def locked_ticket(principal: Principal, ticket_id: Any, conn: Any) -> Ticket:
    ticket = await get_ticket(principal, ticket_id, using_db=conn)
    if ticket.is_log:
        raise LogTicketReadOnly()
    return ticket


async def change_status(
    settings: Settings,
    principal: Principal,
    ticket_id: Any,
    change: Change,
    bus: Redis | None = None,
) -> Ticket:
    async with in_transaction() as conn:
        ticket = await locked_ticket(principal, ticket_id, conn)
        now = clock.now()  # read under the lock: changes of one ticket stamp in commit order
        action = change.action or action_towards(ticket.status, TicketStatus(change.target))
        target = next_status(ticket.status, action)
        if target is None:
            if not is_open(ticket.status):
                raise TicketClosed()
            raise InvalidTransition(
                f"A {ticket.status.value} ticket does not allow `{action.value}`."
            )
        values = {
            "status": target,
            "updated_at": now,
            **_stamps(settings, ticket, target, now),
            **change.fields,
        }
        moved = (
            await Ticket.filter(id=ticket.id, status=ticket.status).using_db(conn).update(**values)
        )
        if not moved:
            raise Conflict("The ticket changed meanwhile; load it again.")
        previous = ticket.status
        for name, value in values.items():
            setattr(ticket, name, value)
        entry = await write_history(
            conn,
            ticket.id,
            action.value,
            actor_id=principal.user_id,
            at=now,
            from_status=previous,
            to_status=target,
            reason=change.reason,
        )
        if principal.is_staff and target is not previous:
            await mail_status_change(ticket, entry, conn)
    if target is not previous:
        await publish(bus, TicketEvent(ticket.id, "status", status=target.value))
    return ticket


async def staff_member(user_id: Any) -> User:
    wanted = id_or_none(user_id)
    found = None
    if wanted is not None:
        found = await User.get_or_none(id=wanted, staff_role__isnull=False, is_active=True)
    if found is None:
        raise NotFound("No such staff member.")
    return found


def check_department(department: Department | str) -> Department:
    try:
        return Department(department)
    except ValueError:
        raise InvalidInput("No such department.", field="department") from None
