"""The ticket timers to the second: one second before a timer is due nothing moves, at the
second it is due the ticket moves; and when the API says a ticket closes by itself."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest

from accountdesk.settings import TicketTimers
from models import Ticket, TicketHistory
from models.tickets import TicketKind, TicketStatus
from resolvers import clock
from resolvers.tickets.sweep import sweep_all
from resolvers.tickets.timers import RULES, closes_at, closes_at_for_ids, pre_close_due_at
from tests.timer_support import make_ticket

TIMERS = TicketTimers()
START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)
DAY = timedelta(days=1)


async def sweep_at(moment: datetime) -> None:
    clock.set_now(moment)
    await sweep_all(TIMERS, now=moment)


async def status_of(ticket: Ticket) -> TicketStatus:
    return (await Ticket.get(id=ticket.id)).status


async def test_a_support_ticket_marked_solved_long_after_its_last_message_waits_five_days(world):
    solved = START + 10 * DAY
    ticket = await make_ticket(await world.user(), TicketKind.SUPPORT, START, solved_at=solved)
    await sweep_at(solved)
    assert await status_of(ticket) is TicketStatus.IN_PROGRESS
    await sweep_at(solved + 5 * DAY - SECOND)
    assert await status_of(ticket) is TicketStatus.IN_PROGRESS
    await sweep_at(solved + 5 * DAY)
    assert await status_of(ticket) is TicketStatus.PRE_CLOSED


@pytest.mark.parametrize(
    ("type", "idle", "pre_sales"),
    [
        (TicketKind.SALES, 30 * DAY, False),
        (TicketKind.SALES, 14 * DAY, True),
    ],
)
async def test_a_sales_ticket_pre_closes_at_the_second_its_idle_time_ends(
    world, type, idle, pre_sales
):
    author = await world.user(await world.account(is_pre_sales=pre_sales))
    ticket = await make_ticket(author, type, START)
    await sweep_at(START + idle - SECOND)
    assert await status_of(ticket) is TicketStatus.IN_PROGRESS
    await sweep_at(START + idle)
    assert await status_of(ticket) is TicketStatus.PRE_CLOSED


@pytest.mark.parametrize(
    "status",
    [
        TicketStatus.SUBMITTED,
        TicketStatus.ASSIGNED,
        TicketStatus.IN_PROGRESS,
        TicketStatus.REOPENED,
    ],
)
async def test_every_open_status_but_pre_closed_is_pre_closed_by_the_timer(world, status):
    ticket = await make_ticket(await world.user(), TicketKind.SALES, START, status)
    await sweep_at(START + 30 * DAY)
    assert await status_of(ticket) is TicketStatus.PRE_CLOSED


async def test_a_pre_closed_ticket_keeps_its_pre_close_time(world):
    pre_closed = START + 30 * DAY
    ticket = await make_ticket(
        await world.user(), TicketKind.SALES, START, "pre_closed", pre_closed_at=pre_closed
    )
    await sweep_at(pre_closed + DAY)
    assert (await Ticket.get(id=ticket.id)).pre_closed_at == pre_closed
    assert await TicketHistory.filter(ticket_id=ticket.id).count() == 0


async def test_a_message_at_the_instant_of_the_pre_close_does_not_keep_it_open(world):
    """A pre-closed ticket closes 3 days after its pre-close unless a message came *after* it."""
    at = START + 30 * DAY
    author = await world.user()
    same = await make_ticket(author, TicketKind.SALES, at, "pre_closed", pre_closed_at=at)
    later = await make_ticket(author, TicketKind.SALES, at + SECOND, "pre_closed", pre_closed_at=at)
    await sweep_at(at + 3 * DAY - SECOND)
    assert await status_of(same) is TicketStatus.PRE_CLOSED
    await sweep_at(at + 3 * DAY)
    closed = await Ticket.get(id=same.id)
    assert closed.status is TicketStatus.CLOSED and closed.closed_at == at + 3 * DAY
    assert await status_of(later) is TicketStatus.PRE_CLOSED


async def test_only_a_pre_closed_ticket_is_closed_by_the_timer(world):
    ticket = await make_ticket(
        await world.user(), TicketKind.SALES, START, "in_progress", pre_closed_at=START
    )
    await sweep_at(START + 4 * DAY)
    assert await status_of(ticket) is TicketStatus.IN_PROGRESS


async def test_overdue_exactly_at_the_due_time(world):
    due = START + 2 * timedelta(hours=1)
    ticket = await make_ticket(
        await world.user(), TicketKind.SUPPORT, START, hotrush=True, response_due_at=due
    )
    closed = await make_ticket(
        await world.user(), TicketKind.SUPPORT, START, "closed", response_due_at=due
    )
    await sweep_at(due - SECOND)
    assert not (await Ticket.get(id=ticket.id)).overdue
    await sweep_at(due)
    assert (await Ticket.get(id=ticket.id)).overdue
    assert not (await Ticket.get(id=closed.id)).overdue


def _ticket(**fields) -> SimpleNamespace:
    values = dict(
        type=TicketKind.SUPPORT,
        status=TicketStatus.IN_PROGRESS,
        is_log=False,
        last_message_at=START,
        solved_at=None,
        pre_closed_at=None,
    )
    return SimpleNamespace(**{**values, **fields})


@pytest.mark.parametrize(
    ("fields", "options", "due"),
    [
        ({"solved_at": START + 10 * DAY}, {}, START + 15 * DAY),  # mark after the last message
        ({"solved_at": START - 10 * DAY}, {}, START + 5 * DAY),  # last message after the mark
        ({}, {}, None),  # support, not solved
        ({"type": TicketKind.SALES}, {}, START + 30 * DAY),
        ({"type": TicketKind.SALES}, {"pre_sales": True}, START + 14 * DAY),
        ({"type": TicketKind.PROJECT}, {"tasks_finished": True}, START + 30 * DAY),
        ({"type": TicketKind.PROJECT}, {}, None),
        ({"type": TicketKind.GENERIC}, {}, None),
        ({"type": TicketKind.SALES, "is_log": True}, {}, None),
        ({"type": TicketKind.SALES, "status": TicketStatus.PRE_CLOSED}, {}, None),
        ({"type": TicketKind.SALES, "status": TicketStatus.CLOSED}, {}, None),
        ({"type": TicketKind.SALES, "status": TicketStatus.SUBMITTED}, {}, START + 30 * DAY),
    ],
)
def test_when_the_timer_pre_closes_a_ticket(fields, options, due):
    assert pre_close_due_at(_ticket(**fields), TIMERS, **options) == due


@pytest.mark.parametrize(
    ("fields", "now", "expected"),
    [
        # support: 5 days after the later of mark and last message, then 3 days
        ({"solved_at": START + 10 * DAY}, START + 11 * DAY, START + 18 * DAY),
        ({"solved_at": START}, START + DAY, START + 8 * DAY),
        ({"solved_at": START}, START + 6 * DAY, START + 9 * DAY),  # pre-close overdue: from now
        ({}, START + DAY, None),  # not solved: no timer
        ({"status": TicketStatus.PRE_CLOSED, "pre_closed_at": START}, START, START + 3 * DAY),
        (
            {"status": TicketStatus.PRE_CLOSED, "pre_closed_at": START},
            START + 5 * DAY,
            START + 5 * DAY,
        ),
        ({"status": TicketStatus.PRE_CLOSED}, START, None),
        ({"status": TicketStatus.CLOSED, "solved_at": START}, START, None),
        ({"is_log": True, "solved_at": START}, START, None),
        ({"is_log": True, "status": TicketStatus.PRE_CLOSED, "pre_closed_at": START}, START, None),
        (
            {"type": TicketKind.PROJECT, "status": TicketStatus.PRE_CLOSED, "pre_closed_at": START},
            START,
            None,
        ),
    ],
)
def test_when_a_ticket_closes_by_itself(fields, now, expected):
    assert closes_at(_ticket(**fields), TIMERS, now) == expected


def test_a_finished_project_ticket_closes_after_its_idle_time_and_three_days():
    project = _ticket(type=TicketKind.PROJECT)
    assert closes_at(project, TIMERS, START, tasks_finished=True) == START + 33 * DAY
    pre_closed = _ticket(type=TicketKind.PROJECT, status="pre_closed", pre_closed_at=START)
    assert closes_at(pre_closed, TIMERS, START, tasks_finished=True) == START + 3 * DAY


def test_the_history_says_why_a_timer_moved_a_ticket():
    one_day = TicketTimers(
        sales_idle=DAY,
        sales_idle_pre_sales=DAY,
        project_idle=DAY,
        support_solved_idle=DAY,
        close_after_pre_close=DAY,
    )
    reasons = {rule.name: (rule.reason(TIMERS), rule.reason(one_day)) for rule in RULES}
    assert reasons == {
        "sales_idle": ("sales ticket idle for 30 days", "sales ticket idle for 1 day"),
        "sales_idle_pre_sales": (
            "sales ticket of a pre-sales account idle for 14 days",
            "sales ticket of a pre-sales account idle for 1 day",
        ),
        "project_idle": (
            "project tasks finished and idle for 30 days",
            "project tasks finished and idle for 1 day",
        ),
        "support_solved_idle": (
            "marked solved and idle for 5 days",
            "marked solved and idle for 1 day",
        ),
        "close_after_pre_close": (
            "no message for 3 days after pre-close",
            "no message for 1 day after pre-close",
        ),
        "response_deadline": (
            "response deadline passed without a staff answer",
            "response deadline passed without a staff answer",
        ),
    }
    assert [rule.action for rule in RULES] == ["pre_close"] * 4 + ["close", "overdue"]


async def test_each_timer_change_stamps_the_ticket_as_updated(world):
    author = await world.user()
    due = START + timedelta(hours=2)
    unanswered = await make_ticket(author, TicketKind.SUPPORT, START, response_due_at=due)
    sales = await make_ticket(author, TicketKind.SALES, START)
    await sweep_at(due)
    assert (await Ticket.get(id=unanswered.id)).updated_at == due
    await sweep_at(START + 30 * DAY)
    assert (await Ticket.get(id=sales.id)).updated_at == START + 30 * DAY
    await sweep_at(START + 33 * DAY)
    closed = await Ticket.get(id=sales.id)
    assert (closed.status, closed.updated_at) == (TicketStatus.CLOSED, START + 33 * DAY)


async def test_closes_at_for_tickets_without_projects_takes_one_statement(world, count_sql):
    pre_sales = await world.user(await world.account(is_pre_sales=True))
    sales = await make_ticket(pre_sales, TicketKind.SALES, START)
    support = await make_ticket(await world.user(), TicketKind.SUPPORT, START, solved_at=START)
    with count_sql() as counted:
        found = await closes_at_for_ids([support.id, sales.id], TIMERS, START)
    assert found == [START + 8 * DAY, START + 17 * DAY]
    # The policy watcher may reload roles (a SELECT on "user") meanwhile: not ours to count.
    ours = [sql for sql in counted.statements if 'FROM "user"' not in sql]
    assert len(ours) == 1
