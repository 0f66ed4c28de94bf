"""Who may see which ticket, in SQL (SPEC section 2, ARCHITECTURE "Identity").

- A customer sees the tickets of their own account (through `resolvers.scope`).
- A staff member sees the tickets of their department and the ones assigned to them;
  an admin sees all. Forwarding a ticket to another department hands it over.
- A customer never sees internal notes; the filter is part of every message query.
Another account's ticket (or one outside a staff member's reach) looks exactly like a
missing one: `NotFound`.
"""

from __future__ import annotations

from typing import Any

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from models import ApiToken, Session, User
from models.enums import StaffRole
from models.tickets import Ticket, TicketMessage
from resolvers import clock
from resolvers.errors import NotFound
from resolvers.identity import Principal
from resolvers.ids import parse_id
from resolvers.scope import scoped

__all__ = [
    "visible_tickets",
    "staff_reach",
    "get_ticket",
    "visible_messages",
    "sees_internal_notes",
    "visible_message",
    "still_allowed",
]


def staff_reach(principal: Principal) -> Q | None:
    """The tickets a staff member handles (None: all of them)."""
    if principal.staff_role is StaffRole.ADMIN:
        return None
    return Q(department=principal.department) | Q(assignee_id=principal.user_id)


def visible_tickets(principal: Principal, queryset: QuerySet | None = None) -> QuerySet:
    queryset = Ticket.all() if queryset is None else queryset
    if principal.is_staff:
        reach = staff_reach(principal)
        return queryset if reach is None else queryset.filter(reach)
    return scoped(principal, queryset)


async def get_ticket(principal: Principal, ticket_id: Any, using_db: Any = None) -> Ticket:
    ticket_id = parse_id(ticket_id, "ticket")
    query = visible_tickets(principal, Ticket.filter(id=ticket_id))
    if using_db is not None:
        query = query.select_for_update().using_db(using_db)
    found = await query.first()
    if found is None:
        raise NotFound("No such ticket.")
    return found


def sees_internal_notes(principal: Principal) -> bool:
    """The one rule for internal notes: staff see them, customers never do."""
    return principal.is_staff


def visible_messages(principal: Principal, queryset: QuerySet | None = None) -> QuerySet:
    """Messages of visible tickets; internal notes only for those who see them."""
    queryset = TicketMessage.all() if queryset is None else queryset
    if not sees_internal_notes(principal):
        queryset = queryset.filter(is_internal=False)
    if principal.is_staff and staff_reach(principal) is None:
        return queryset
    return queryset.filter(ticket_id__in=Subquery(visible_tickets(principal).values("id")))


async def visible_message(principal: Principal, message_id: int) -> TicketMessage | None:
    return await visible_messages(principal).filter(id=message_id).first()


async def still_allowed(principal: Principal, ticket_id: int) -> bool:
    """Re-checked for every live event: the sign-in still valid, the ticket still visible."""
    if principal.session_id is not None:
        now = clock.now()
        alive = await Session.filter(
            id=principal.session_id, revoked_at__isnull=True, expires_at__gt=now
        ).exists()
        if not alive:
            return False
    elif principal.api_token_id is not None:
        token = ApiToken.filter(id=principal.api_token_id, revoked_at__isnull=True)
        if not await token.exists():
            return False
    elif principal.user_id is not None:
        user = User.filter(id=principal.user_id, is_active=True)
        if not await user.exists():
            return False
    return await visible_tickets(principal, Ticket.filter(id=ticket_id)).exists()
