"""The ticket list, the staff queue and effective priority, computed by the database.

Queue order (SPEC "Priority"): HotRush tickets first, by their response deadline; then the
*effective priority*; then age. Effective priority = nominal weight (major 3, normal 2,
minor 1) x 2 / the mean weight of the account's tickets opened in the last 90 days, so an
account that marks everything major weighs like normal. One statement, no Python loop.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise.expressions import Q, Subquery
from tortoise.functions import Count

from accountdesk.settings import Settings
from models.tickets import Ticket, TicketKind, TicketMessage, TicketPriority, TicketStatus
from resolvers import clock
from resolvers.errors import Forbidden
from resolvers.identity import Principal
from resolvers.pagination import Page, check_first, keyset_page
from resolvers.sql.tickets import queue_sql
from resolvers.tickets.access import staff_reach, visible_messages, visible_tickets

__all__ = [
    "TicketFilter",
    "list_tickets",
    "QueueEntry",
    "ticket_queue",
    "NOMINAL_WEIGHTS",
    "priority_factors_for_ids",
]

NOMINAL_WEIGHTS = {TicketPriority.MAJOR: 3.0, TicketPriority.NORMAL: 2.0, TicketPriority.MINOR: 1.0}
_WEIGHTS = (
    NOMINAL_WEIGHTS[TicketPriority.MAJOR],
    NOMINAL_WEIGHTS[TicketPriority.NORMAL],
    NOMINAL_WEIGHTS[TicketPriority.MINOR],
)


@dataclass
class TicketFilter:
    status: TicketStatus | None = None
    type: TicketKind | None = None
    search: str | None = None
    hide_closed_and_rated: bool = True  # every closed ticket, rated or not (docs/tickets.md)


def _search(principal: Principal, text: str) -> Q:
    text = text.strip()
    found = Q(title__icontains=text)
    if text.isdigit():
        found |= Q(number=int(text))
    if text.upper().startswith("M-"):
        messages = visible_messages(principal, TicketMessage.filter(public_id=text.upper()))
        found |= Q(id__in=Subquery(messages.values("ticket_id")))
    return found


async def list_tickets(
    settings: Settings,
    principal: Principal,
    filter: TicketFilter,
    first: int,
    after: str | None,
) -> Page:
    check_first(first, settings.max_page_size)
    query = visible_tickets(principal)
    if filter.status is not None:
        query = query.filter(status=filter.status)
    if filter.type is not None:
        query = query.filter(type=filter.type)
    if filter.search:
        query = query.filter(_search(principal, filter.search))
    if filter.hide_closed_and_rated and filter.status is not TicketStatus.CLOSED:
        query = query.filter(~Q(status=TicketStatus.CLOSED))
    return await keyset_page(
        query, first, after, order=[("created_at", True)], parse={"created_at": _datetime}
    )


def _datetime(value: str) -> datetime:
    return datetime.fromisoformat(value)


@dataclass(frozen=True)
class QueueEntry:
    ticket: Ticket
    effective_priority: float


async def ticket_queue(settings: Settings, principal: Principal, first: int) -> list[QueueEntry]:
    """The open tickets a staff member handles, in the order they should be answered."""
    if not principal.is_staff:
        raise Forbidden("The queue is for staff.")
    check_first(first, settings.max_page_size)
    params: list[Any] = [clock.now() - settings.timers.priority_window]
    reach = staff_reach(principal) is not None
    if reach:
        params += [str(principal.department), principal.user_id]
    rows = await queue_sql(reach, _WEIGHTS).fetch(*params, int(first))
    tickets = await Ticket.in_bulk([row["id"] for row in rows], "id")
    return [
        QueueEntry(tickets[row["id"]], float(row["effective_priority"]))
        for row in rows
        if row["id"] in tickets
    ]


async def priority_factors_for_ids(account_ids: Sequence[int], since: datetime) -> list[float]:
    """Each account's effective-priority factor, `2 / mean nominal weight` of its tickets
    created since `since` (log tickets aside; 1.0 without any), in one statement.

    Shaped as a DataLoader's load function: the account shows it to its people.
    """
    rows = await (
        Ticket.filter(account_id__in=set(account_ids), created_at__gte=since, is_log=False)
        .group_by("account_id", "priority")
        .annotate(count=Count("id"))
        .values_list("account_id", "priority", "count")
    )
    totals: dict[int, list[float]] = {}
    for account_id, priority, count in rows:
        weight, tickets = totals.setdefault(account_id, [0.0, 0.0])
        totals[account_id] = [
            weight + NOMINAL_WEIGHTS[TicketPriority(priority)] * count,
            tickets + count,
        ]
    return [2.0 * totals[i][1] / totals[i][0] if i in totals else 1.0 for i in account_ids]
