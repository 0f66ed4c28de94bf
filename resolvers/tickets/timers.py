"""The ticket timers of SPEC section 2 as data: what is due, and when a ticket closes by itself.

Each `Rule` says which statuses it moves (checked against the state table), the condition that
makes a ticket due (a `Q` on the ticket row, project-task conditions as subqueries), what the
change writes and whom it tells. `resolvers.tickets.sweep` applies them in set-based batches;
`closes_at` answers "closes in 2 days" for the API without touching the database.

All numbers come from `TicketTimers` (settings). Idle = time since the last message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any

from tortoise.expressions import F, Q, Subquery

from accountdesk.settings import TicketTimers
from models import Account, ProjectTask, Ticket, TicketKind, TicketStatus
from resolvers.projects import FINISHED_TASK_STATUSES
from resolvers.tickets.states import OPEN_STATUSES, TRANSITIONS, Action, next_status

__all__ = [
    "Rule",
    "RULES",
    "CUSTOMER",
    "DEPARTMENT",
    "pre_close_due_at",
    "closes_at",
    "closes_at_for_ids",
    "response_target",
    "hotrush_switch",
    "staff_answer",
]

CUSTOMER = "customer"  # a status change the customer did not make: the author is told
DEPARTMENT = "department"  # the ticket's department is told


@dataclass(frozen=True)
class Rule:
    name: str
    action: str  # the history action ("pre_close", "close", "overdue")
    from_statuses: frozenset[TicketStatus]
    to_status: TicketStatus | None  # None: the rule sets a flag, not a status
    condition: Callable[[datetime, TicketTimers], Q]
    reason: Callable[[TicketTimers], str]
    notify: str

    def due(self, now: datetime, timers: TicketTimers) -> Q:
        """The whole condition, status included; the sweep re-checks it in the UPDATE."""
        statuses = sorted(status.value for status in self.from_statuses)
        return Q(status__in=statuses, is_log=False) & self.condition(now, timers)

    def changes(self, now: datetime) -> dict[str, Any]:
        if self.to_status is TicketStatus.PRE_CLOSED:
            return {"status": self.to_status, "pre_closed_at": now, "updated_at": now}
        if self.to_status is TicketStatus.CLOSED:
            return {"status": self.to_status, "closed_at": now, "updated_at": now}
        return {"overdue": True, "updated_at": now}


def _moved_by(action: Action, only: Iterable[TicketStatus] | None = None) -> frozenset:
    """The statuses the state table lets `action` leave (optionally narrowed to `only`)."""
    allowed = {status for (status, act) in TRANSITIONS if act is action}
    return frozenset(allowed & set(only) if only is not None else allowed)


def _target(action: Action, statuses: frozenset[TicketStatus]) -> TicketStatus:
    targets = {next_status(status, action) for status in statuses}
    if len(targets) != 1 or None in targets:
        raise ValueError(f"{action} must lead every status of the rule to one status")
    return targets.pop()


def _idle(now: datetime, span: timedelta) -> Q:
    return Q(last_message_at__lte=now - span)


def _pre_sales_accounts() -> Q:
    return Q(account_id__in=Subquery(Account.filter(is_pre_sales=True).values("id")))


def _tasks_finished() -> Q:
    """Has linked project tasks, and none of them is unfinished (two subqueries, no loop)."""
    linked = ProjectTask.filter(ticket_id__isnull=False)
    unfinished = linked.filter(status__not_in=[s.value for s in FINISHED_TASK_STATUSES])
    return Q(id__in=Subquery(linked.values("ticket_id"))) & ~Q(
        id__in=Subquery(unfinished.values("ticket_id"))
    )


def _days(span: timedelta) -> str:
    days = span / timedelta(days=1)
    return f"{days:g} day{'s' if days != 1 else ''}"


_PRE_CLOSABLE = _moved_by(Action.PRE_CLOSE)
_CLOSABLE = _moved_by(Action.CLOSE, only=[TicketStatus.PRE_CLOSED])


def _pre_close(name: str, condition: Callable, reason: Callable) -> Rule:
    return Rule(
        name=name,
        action=Action.PRE_CLOSE.value,
        from_statuses=_PRE_CLOSABLE,
        to_status=_target(Action.PRE_CLOSE, _PRE_CLOSABLE),
        condition=condition,
        reason=reason,
        notify=CUSTOMER,
    )


RULES: tuple[Rule, ...] = (
    _pre_close(
        "sales_idle",
        lambda now, t: Q(type=TicketKind.SALES) & _idle(now, t.sales_idle) & ~_pre_sales_accounts(),
        lambda t: f"sales ticket idle for {_days(t.sales_idle)}",
    ),
    _pre_close(
        "sales_idle_pre_sales",
        lambda now, t: (
            Q(type=TicketKind.SALES) & _idle(now, t.sales_idle_pre_sales) & _pre_sales_accounts()
        ),
        lambda t: f"sales ticket of a pre-sales account idle for {_days(t.sales_idle_pre_sales)}",
    ),
    _pre_close(
        "project_idle",
        lambda now, t: Q(type=TicketKind.PROJECT) & _idle(now, t.project_idle) & _tasks_finished(),
        lambda t: f"project tasks finished and idle for {_days(t.project_idle)}",
    ),
    _pre_close(
        "support_solved_idle",
        lambda now, t: (
            Q(type=TicketKind.SUPPORT, solved_at__lte=now - t.support_solved_idle)
            & _idle(now, t.support_solved_idle)
        ),
        lambda t: f"marked solved and idle for {_days(t.support_solved_idle)}",
    ),
    Rule(
        name="close_after_pre_close",
        action=Action.CLOSE.value,
        from_statuses=_CLOSABLE,
        to_status=_target(Action.CLOSE, _CLOSABLE),
        # `last_message_at <= pre_closed_at`: the contract with `record_message` (activity.py).
        condition=lambda now, t: (
            Q(
                last_message_at__lte=F("pre_closed_at"),
                pre_closed_at__lte=now - t.close_after_pre_close,
            )
            & (~Q(type=TicketKind.PROJECT) | _tasks_finished())
        ),
        reason=lambda t: f"no message for {_days(t.close_after_pre_close)} after pre-close",
        notify=CUSTOMER,
    ),
    Rule(
        name="response_deadline",
        action="overdue",
        from_statuses=OPEN_STATUSES,
        to_status=None,
        condition=lambda now, t: Q(overdue=False, response_due_at__lte=now) & _answer_owed(),
        reason=lambda t: "response deadline passed without a staff answer",
        notify=DEPARTMENT,
    ),
)


def _answer_owed() -> Q:
    """Staff owe an answer: none came yet, or HotRush was switched on after the last one."""
    return Q(first_staff_response_at__isnull=True) | Q(hotrush_wait_since__isnull=False)


def response_target(timers: TicketTimers, hotrush: bool) -> timedelta:
    """How long staff have for an answer: HotRush 2 h, others 24 h (settings)."""
    return timers.hotrush_response if hotrush else timers.normal_response


def hotrush_switch(ticket: Any, enabled: bool, now: datetime, timers: TicketTimers) -> dict:
    """The deadline fields that change when HotRush is switched on or off (SPEC "HotRush").

    On: the next staff answer is due within 2 h of the switch; while the first answer is
    still awaited a sooner deadline is kept. After staff answered, the switch opens a new wait
    (`hotrush_wait_since`) that the overdue rule and the queue read like a first one.
    Off: an unanswered ticket goes back to the normal target from its creation; a wait the
    switch opened is dropped (no answer is owed any more).
    """
    soon = now + response_target(timers, True)
    answered = ticket.first_staff_response_at is not None
    if enabled and answered:
        return {"response_due_at": soon, "hotrush_wait_since": now, "overdue": False}
    if enabled:
        due = ticket.response_due_at
        return {"response_due_at": min(soon, due) if due else soon}
    normal = {"response_due_at": ticket.created_at + response_target(timers, False)}
    if ticket.hotrush_wait_since is not None:
        return {**normal, "hotrush_wait_since": None, "overdue": False}
    return {} if answered else normal


def staff_answer(ticket: Any, now: datetime) -> dict:
    """What a public staff answer settles: the first answer, or a wait a late HotRush opened."""
    if ticket.first_staff_response_at is None:
        return {"first_staff_response_at": now, "hotrush_wait_since": None, "overdue": False}
    if ticket.hotrush_wait_since is not None:
        return {"hotrush_wait_since": None, "overdue": False}
    return {}


def pre_close_due_at(
    ticket: Any, timers: TicketTimers, *, pre_sales: bool = False, tasks_finished: bool = False
) -> datetime | None:
    """When the timer pre-closes this ticket if nothing happens; None when no timer runs."""
    if ticket.is_log or ticket.status not in _PRE_CLOSABLE:
        return None
    if ticket.type is TicketKind.SALES:
        return ticket.last_message_at + (
            timers.sales_idle_pre_sales if pre_sales else timers.sales_idle
        )
    if ticket.type is TicketKind.PROJECT and tasks_finished:
        return ticket.last_message_at + timers.project_idle
    if ticket.type is TicketKind.SUPPORT and ticket.solved_at is not None:
        return max(ticket.solved_at, ticket.last_message_at) + timers.support_solved_idle
    return None


def closes_at(
    ticket: Any,
    timers: TicketTimers,
    now: datetime,
    *,
    pre_sales: bool = False,
    tasks_finished: bool = False,
) -> datetime | None:
    """When the ticket closes by itself if nobody writes; None when no timer will close it.

    A pre-closed ticket closes `close_after_pre_close` after its pre-close; an open one with a
    running timer closes that long after its pre-close is due. A moment already past (a sweep
    has not run yet) reads as `now`. `pre_sales`: the account is a pre-sales account;
    `tasks_finished`: a project ticket's linked tasks are all finished (`closes_at_for_ids`
    looks both up). `ticket`: a `Ticket`, or anything with its fields.
    """
    status = TicketStatus(ticket.status)
    if status is TicketStatus.CLOSED or ticket.is_log:
        return None
    if ticket.type is TicketKind.PROJECT and not tasks_finished:
        return None
    if status is TicketStatus.PRE_CLOSED:
        if ticket.pre_closed_at is None:
            return None
        return max(ticket.pre_closed_at + timers.close_after_pre_close, now)
    due = pre_close_due_at(ticket, timers, pre_sales=pre_sales, tasks_finished=tasks_finished)
    return None if due is None else max(due, now) + timers.close_after_pre_close


async def closes_at_for_ids(
    ticket_ids: Sequence[int], timers: TicketTimers, now: datetime
) -> list[datetime | None]:
    """`closes_at` for many tickets, in the order asked, with two statements at most.

    Shaped as a DataLoader's load function: the API's `Ticket.closesAt` field loads by id.
    """
    rows = await Ticket.filter(id__in=set(ticket_ids)).values(
        "id",
        "type",
        "status",
        "is_log",
        "last_message_at",
        "solved_at",
        "pre_closed_at",
        pre_sales="account__is_pre_sales",
    )
    projects = [row["id"] for row in rows if row["type"] is TicketKind.PROJECT]
    finished: set[int] = set()
    if projects:
        finished = set(
            await Ticket.filter(_tasks_finished(), id__in=projects).values_list("id", flat=True)
        )
    found = {
        row["id"]: closes_at(
            SimpleNamespace(**row),
            timers,
            now,
            pre_sales=bool(row["pre_sales"]),
            tasks_finished=row["id"] in finished,
        )
        for row in rows
    }
    return [found.get(ticket_id) for ticket_id in ticket_ids]
