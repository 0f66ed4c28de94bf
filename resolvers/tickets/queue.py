"""The ticket list, the staff queue and effective priority, computed by the database.

Queue order (SPEC "Priority"): HotRush tickets first, by their response deadline; then the
*effective priority*; then age. Effective priority = nominal weight (major 3, normal 2,
minor 1) x 2 / the mean weight of the account's tickets opened in the last 90 days, so an
account that marks everything major weighs like normal. One statement, no Python loop.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tortoise import connections
from tortoise.expressions import Q, Subquery

from accountdesk.settings import Settings
from models.tickets import TicketMessage, TicketStatus, TicketType
from resolvers import clock
from resolvers.errors import Forbidden
from resolvers.identity import Principal
from resolvers.ids import id_or_none
from resolvers.pagination import Page, check_first, keyset_page
from resolvers.tickets.access import staff_reach, visible_messages, visible_tickets

__all__ = ["TicketFilter", "list_tickets", "QueueEntry", "ticket_queue", "WEIGHT_SQL"]

WEIGHT_SQL = "(CASE {p} WHEN 'major' THEN 3.0 WHEN 'normal' THEN 2.0 ELSE 1.0 END)"

_QUEUE_SQL = """
WITH account_mean AS (
    SELECT account_id, AVG({weight_all}) AS mean_weight
    FROM ticket
    WHERE created_at >= {p1} AND is_log = FALSE
    GROUP BY account_id
)
SELECT t.id AS id,
       {weight_t} * 2.0 / COALESCE(m.mean_weight, 2.0) AS effective_priority
FROM ticket t
LEFT JOIN account_mean m ON m.account_id = t.account_id
WHERE t.status != 'closed' AND t.is_log = FALSE {reach}
ORDER BY CASE WHEN t.hotrush THEN 0 ELSE 1 END,
         CASE WHEN t.hotrush THEN t.response_due_at END,
         effective_priority DESC,
         t.created_at,
         t.id
LIMIT {limit}
"""


@dataclass
class TicketFilter:
    status: TicketStatus | None = None
    type: TicketType | None = None
    search: str | None = None
    hide_closed_and_rated: bool = False


_MESSAGE_ID_LENGTH = TicketMessage._meta.fields_map["public_id"].max_length


def _search(principal: Principal, text: str) -> Q:
    text = text.strip()
    found = Q(title__icontains=text)
    if (number := id_or_none(text)) is not None:
        found |= Q(number=number)
    if text.upper().startswith("M-") and len(text) <= _MESSAGE_ID_LENGTH:
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
    if filter.hide_closed_and_rated:
        query = query.filter(~Q(status=TicketStatus.CLOSED, rated_at__isnull=False))
    return await keyset_page(query, first, after, order=[("created_at", True)])


@dataclass(frozen=True)
class QueueEntry:
    ticket_id: int
    effective_priority: float


async def ticket_queue(settings: Settings, principal: Principal, first: int) -> list[QueueEntry]:
    """The open tickets a staff member handles, in the order they should be answered."""
    if not principal.is_staff:
        raise Forbidden("The queue is for staff.")
    check_first(first, settings.max_page_size)
    conn = connections.get("default")
    postgres = conn.capabilities.dialect == "postgres"
    marks = iter(f"${i}" for i in range(1, 10)) if postgres else iter("?" * 9)
    values: list[Any] = [clock.now() - settings.timers.priority_window]
    p1 = next(marks)
    reach = ""
    if staff_reach(principal) is not None:
        reach = f"AND (t.department = {next(marks)} OR t.assignee_id = {next(marks)})"
        values += [str(principal.department), principal.user_id]
    sql = _QUEUE_SQL.format(
        weight_all=WEIGHT_SQL.format(p="priority"),
        weight_t=WEIGHT_SQL.format(p="t.priority"),
        p1=p1,
        reach=reach,
        limit=int(first),
    )
    rows = await conn.execute_query_dict(sql, values)
    return [QueueEntry(row["id"], float(row["effective_priority"])) for row in rows]
