"""The timers of SPEC section 2, each at its boundary, by moving the clock (never sleeping)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from accountdesk.settings import TicketTimers
from models import OutboxMail, Ticket, TicketHistory, TicketMessage
from models.projects import ProjectTaskStatus
from models.tickets import AccessInfo, TicketKind, TicketStatus
from resolvers import clock
from resolvers.tickets.sweep import sweep_all
from resolvers.tickets.timers import closes_at, closes_at_for_ids
from tests.timer_support import link_tasks, make_ticket, post_message

TIMERS = TicketTimers()
START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)


@dataclass(frozen=True)
class Case:
    name: str
    type: TicketKind
    idle: timedelta
    pre_sales: bool = False
    solved: bool = False
    tasks: bool = False


CASES = [
    Case("sales", TicketKind.SALES, 30 * DAY),
    Case("sales_pre_sales_account", TicketKind.SALES, 14 * DAY, pre_sales=True),
    Case("project_tasks_finished", TicketKind.PROJECT, 30 * DAY, tasks=True),
    Case("support_solved", TicketKind.SUPPORT, 5 * DAY, solved=True),
]


async def sweep_at(moment: datetime, **options):
    clock.set_now(moment)
    return await sweep_all(TIMERS, now=moment, **options)


async def status_of(ticket: Ticket) -> TicketStatus:
    return (await Ticket.get(id=ticket.id)).status


async def ticket_for(world, case: Case) -> Ticket:
    author = await world.user(await world.account(is_pre_sales=case.pre_sales))
    extra = {"solved_at": START} if case.solved else {}
    ticket = await make_ticket(author, case.type, START, **extra)
    if case.tasks:
        await link_tasks(ticket, ProjectTaskStatus.DONE, ProjectTaskStatus.CANCELLED)
    return ticket


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
async def test_ticket_stays_open_until_its_idle_time_then_pre_closes(world, case):
    ticket = await ticket_for(world, case)
    await sweep_at(START + case.idle - HOUR)
    assert await status_of(ticket) is TicketStatus.IN_PROGRESS
    await sweep_at(START + case.idle)
    changed = await Ticket.get(id=ticket.id)
    assert changed.status is TicketStatus.PRE_CLOSED
    assert changed.pre_closed_at == START + case.idle


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
async def test_message_a_day_after_pre_close_reopens_work_and_it_does_not_close(world, case):
    ticket = await ticket_for(world, case)
    pre_closed = START + case.idle
    await sweep_at(pre_closed)
    assert await post_message(ticket.id, None, pre_closed + DAY, from_customer=False)
    assert await status_of(ticket) is TicketStatus.IN_PROGRESS
    await sweep_at(pre_closed + 3 * DAY)
    assert await status_of(ticket) is TicketStatus.IN_PROGRESS


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
async def test_pre_closed_ticket_closes_three_days_later_without_message(world, case):
    ticket = await ticket_for(world, case)
    pre_closed = START + case.idle
    await sweep_at(pre_closed)
    await sweep_at(pre_closed + 3 * DAY - HOUR)
    assert await status_of(ticket) is TicketStatus.PRE_CLOSED
    await sweep_at(pre_closed + 3 * DAY)
    closed = await Ticket.get(id=ticket.id)
    assert closed.status is TicketStatus.CLOSED
    assert closed.closed_at == pre_closed + 3 * DAY
    assert not await post_message(ticket.id, None, pre_closed + 4 * DAY)
    assert await TicketMessage.filter(ticket_id=ticket.id).count() == 0


async def test_pre_sales_ticket_gets_the_pre_sales_reason_not_the_sales_one(world):
    ticket = await ticket_for(world, CASES[1])
    await sweep_at(START + 40 * DAY)
    history = await TicketHistory.get(ticket_id=ticket.id)
    assert history.reason.startswith("sales_idle_pre_sales:")


async def test_generic_ticket_is_never_pre_closed(world):
    ticket = await make_ticket(await world.user(), TicketKind.GENERIC, START)
    await sweep_at(START + 1000 * DAY)
    assert await status_of(ticket) is TicketStatus.IN_PROGRESS


async def test_log_ticket_is_never_pre_closed(world):
    log = await make_ticket(await world.user(), TicketKind.SALES, START, is_log=True)
    await sweep_at(START + 100 * DAY)
    assert await status_of(log) is TicketStatus.IN_PROGRESS


async def test_unsolved_support_ticket_stays_open_however_idle(world):
    ticket = await make_ticket(await world.user(), TicketKind.SUPPORT, START)
    await sweep_at(START + 100 * DAY)
    assert await status_of(ticket) is TicketStatus.IN_PROGRESS


async def test_support_idle_counts_from_the_last_message_after_the_solved_mark(world):
    ticket = await make_ticket(await world.user(), TicketKind.SUPPORT, START, solved_at=START)
    staff = await world.staff()
    assert await post_message(ticket.id, staff, START + 2 * DAY, from_customer=False)
    await sweep_at(START + 7 * DAY - HOUR)
    assert await status_of(ticket) is TicketStatus.IN_PROGRESS
    await sweep_at(START + 7 * DAY)
    assert await status_of(ticket) is TicketStatus.PRE_CLOSED


async def test_project_ticket_with_an_unfinished_task_or_none_stays_open(world):
    author = await world.user()
    unfinished = await make_ticket(author, TicketKind.PROJECT, START)
    await link_tasks(unfinished, ProjectTaskStatus.DONE, ProjectTaskStatus.IN_PROGRESS)
    without_tasks = await make_ticket(author, TicketKind.PROJECT, START)
    await sweep_at(START + 60 * DAY)
    assert await status_of(unfinished) is TicketStatus.IN_PROGRESS
    assert await status_of(without_tasks) is TicketStatus.IN_PROGRESS


async def test_project_ticket_does_not_close_while_a_task_was_reopened(world):
    ticket = await ticket_for(world, CASES[2])
    await sweep_at(START + 30 * DAY)
    task = (await ticket.project_tasks.all())[0]
    task.status = ProjectTaskStatus.IN_PROGRESS
    await task.save()
    await sweep_at(START + 40 * DAY)
    assert await status_of(ticket) is TicketStatus.PRE_CLOSED


async def test_each_change_writes_one_history_row_and_one_customer_mail(world):
    author = await world.user(email="buyer@shop.test")
    ticket = await make_ticket(author, TicketKind.SALES, START, title="Price for 10 licenses")
    pre_closed, closed = START + 30 * DAY, START + 33 * DAY
    await sweep_at(pre_closed)
    await sweep_at(closed)
    history = (
        await TicketHistory.filter(ticket_id=ticket.id)
        .order_by("at")
        .values("actor_id", "action", "from_status", "to_status", "reason", "at")
    )
    assert history == [
        {
            "actor_id": None,
            "action": "pre_close",
            "from_status": "in_progress",
            "to_status": "pre_closed",
            "reason": "sales_idle: sales ticket idle for 30 days",
            "at": pre_closed,
        },
        {
            "actor_id": None,
            "action": "close",
            "from_status": "pre_closed",
            "to_status": "closed",
            "reason": "close_after_pre_close: no message for 3 days after pre-close",
            "at": closed,
        },
    ]
    mails = await OutboxMail.all().order_by("id").values("recipient", "subject", "dedupe_key")
    key = f"ticket:{ticket.id}"
    assert mails == [
        {
            "recipient": "buyer@shop.test",
            "subject": f"Ticket #{ticket.number} was pre-closed: Price for 10 licenses",
            "dedupe_key": f"{key}:auto_pre_close:{pre_closed.isoformat()}",
        },
        {
            "recipient": "buyer@shop.test",
            "subject": f"Ticket #{ticket.number} was closed: Price for 10 licenses",
            "dedupe_key": f"{key}:auto_close:{pre_closed.isoformat()}",
        },
    ]


async def test_sweeping_again_changes_nothing(world):
    author = await world.user()
    for _ in range(3):
        await make_ticket(author, TicketKind.SALES, START)
    first = await sweep_at(START + 30 * DAY)
    again = await sweep_at(START + 30 * DAY + HOUR)
    assert len(first.changes) == 3
    assert again.changes == []
    assert await TicketHistory.all().count() == 3
    assert await OutboxMail.all().count() == 3


async def test_missed_ticks_are_caught_up_by_the_next_sweep(world):
    ticket = await make_ticket(await world.user(), TicketKind.SALES, START)
    await sweep_at(START + 45 * DAY)  # no worker ran for two weeks after the ticket was due
    caught_up = await Ticket.get(id=ticket.id)
    assert caught_up.status is TicketStatus.PRE_CLOSED
    # The customer still gets the whole close delay after being told.
    assert caught_up.pre_closed_at == START + 45 * DAY


async def test_small_batches_change_every_due_ticket_once(world):
    author = await world.user()
    for _ in range(7):
        await make_ticket(author, TicketKind.SALES, START)
    report = await sweep_at(START + 30 * DAY, batch_size=2)
    assert len(report.changes) == 7
    assert await Ticket.filter(status=TicketStatus.PRE_CLOSED).count() == 7
    assert await TicketHistory.all().count() == 7


async def test_dry_run_reports_what_is_due_and_changes_nothing(world):
    ticket = await make_ticket(await world.user(), TicketKind.SALES, START)
    report = await sweep_at(START + 30 * DAY, dry_run=True)
    assert [(c.rule, c.ticket_id, c.to_status) for c in report.changes] == [
        ("sales_idle", ticket.id, "pre_closed")
    ]
    assert await status_of(ticket) is TicketStatus.IN_PROGRESS
    assert await TicketHistory.all().count() == 0
    assert await OutboxMail.all().count() == 0


@pytest.mark.parametrize("hotrush,allowed", [(True, 2 * HOUR), (False, 24 * HOUR)])
async def test_unanswered_ticket_is_flagged_overdue_once_and_department_told(
    world, hotrush, allowed
):
    author = await world.user()
    due = START + allowed
    ticket = await make_ticket(
        author, TicketKind.SUPPORT, START, hotrush=hotrush, response_due_at=due
    )
    answered = await make_ticket(
        author, TicketKind.SUPPORT, START, response_due_at=due, first_staff_response_at=START
    )
    await sweep_at(due - timedelta(minutes=1))
    assert not (await Ticket.get(id=ticket.id)).overdue
    await sweep_at(due)
    await sweep_at(due + HOUR)
    assert (await Ticket.get(id=ticket.id)).overdue
    assert not (await Ticket.get(id=answered.id)).overdue
    history = await TicketHistory.filter(ticket_id=ticket.id).values("action", "to_status")
    assert history == [{"action": "overdue", "to_status": None}]
    mails = await OutboxMail.all().values("recipient", "dedupe_key")
    assert mails == [
        {
            "recipient": TIMERS.department_address("support"),
            "dedupe_key": f"ticket:{ticket.id}:overdue:{due.isoformat()}",
        }
    ]


async def test_ticket_without_author_changes_without_mail(world):
    ticket = await make_ticket(await world.user(), TicketKind.SALES, START)
    await Ticket.filter(id=ticket.id).update(author_id=None)
    await sweep_at(START + 30 * DAY)
    assert await status_of(ticket) is TicketStatus.PRE_CLOSED
    assert await TicketHistory.all().count() == 1
    assert await OutboxMail.all().count() == 0


async def test_closes_at_counts_from_pre_close_or_from_when_pre_close_is_due(world):
    author = await world.user()
    now = START + 10 * DAY
    sales = await make_ticket(author, TicketKind.SALES, START)
    assert closes_at(sales, TIMERS, now) == START + 33 * DAY
    assert closes_at(sales, TIMERS, now, pre_sales=True) == START + 17 * DAY
    assert closes_at(sales, TIMERS, START + 50 * DAY) == START + 53 * DAY  # sweep pending
    pre_closed = await make_ticket(
        author, TicketKind.GENERIC, START, status="pre_closed", pre_closed_at=START
    )
    assert closes_at(pre_closed, TIMERS, now - 9 * DAY) == START + 3 * DAY
    generic = await make_ticket(author, TicketKind.GENERIC, START)
    assert closes_at(generic, TIMERS, now) is None
    closed = await make_ticket(author, TicketKind.SALES, START, status="closed")
    assert closes_at(closed, TIMERS, now) is None


async def test_closes_at_for_ids_looks_up_pre_sales_accounts_and_finished_tasks(world, count_sql):
    pre_sales_author = await world.user(await world.account(is_pre_sales=True))
    author = await world.user()
    sales = await make_ticket(pre_sales_author, TicketKind.SALES, START)
    finished = await make_ticket(author, TicketKind.PROJECT, START)
    await link_tasks(finished, ProjectTaskStatus.DONE)
    unfinished = await make_ticket(author, TicketKind.PROJECT, START)
    await link_tasks(unfinished, ProjectTaskStatus.TODO)
    with count_sql() as counted:
        found = await closes_at_for_ids([unfinished.id, sales.id, finished.id, 999], TIMERS, START)
    assert found == [None, START + 17 * DAY, START + 33 * DAY, None]
    assert counted.value == 2


async def test_access_info_older_than_90_days_is_purged_with_a_history_row(world):
    model = AccessInfo
    ticket = await make_ticket(await world.user(), TicketKind.SUPPORT, START)
    old = await model.create(ticket=ticket, masked="SSH", ciphertext="x", created_at=START)
    recent = await model.create(
        ticket=ticket, masked="FTP", ciphertext="y", created_at=START + 2 * DAY
    )
    await sweep_at(START + 90 * DAY - HOUR)
    assert await model.filter(id=old.id).exists()
    report = await sweep_at(START + 90 * DAY)
    assert report.purged_access_info == 1
    assert not await model.filter(id=old.id).exists()
    assert await model.filter(id=recent.id).exists()
    history = await TicketHistory.filter(ticket_id=ticket.id).values_list("action", flat=True)
    assert history == ["purge_access_info"]


async def test_sweep_mail_carries_times_as_python_formats_them(world):
    """Keys and bodies carry times as `isoformat()` and `%Y-%m-%d %H:%M`, microseconds too, on both backends."""
    author = await world.user(email="buyer@shop.test")
    odd = START + timedelta(seconds=7, microseconds=120)
    late = await make_ticket(author, TicketKind.SUPPORT, START, response_due_at=odd, title="Q")
    sale = await make_ticket(author, TicketKind.SALES, START, title='Say "hi"')
    pre_closed = START + 30 * DAY + timedelta(microseconds=5)
    await sweep_at(pre_closed)
    await sweep_at(pre_closed + 3 * DAY)
    mails = (
        await OutboxMail.all()
        .order_by("dedupe_key")
        .values("recipient", "subject", "body", "dedupe_key")
    )
    closes = pre_closed + TIMERS.close_after_pre_close
    expected = [
        {
            "recipient": TIMERS.department_address("support"),
            "subject": f"Overdue: ticket #{late.number} has no answer yet",
            "body": f'Ticket #{late.number} "Q" passed its response deadline '
            f"({odd:%Y-%m-%d %H:%M} UTC) without an answer from staff.",
            "dedupe_key": f"ticket:{late.id}:overdue:{odd.isoformat()}",
        },
        {
            "recipient": "buyer@shop.test",
            "subject": f'Ticket #{sale.number} was pre-closed: Say "hi"',
            "body": f'Your ticket #{sale.number} "Say "hi"" was pre-closed (sales ticket idle '
            f"for 30 days). It closes by itself on {closes:%Y-%m-%d %H:%M} UTC unless you "
            "write in it.",
            "dedupe_key": f"ticket:{sale.id}:auto_pre_close:{pre_closed.isoformat()}",
        },
        {
            "recipient": "buyer@shop.test",
            "subject": f'Ticket #{sale.number} was closed: Say "hi"',
            "body": f'Your ticket #{sale.number} "Say "hi"" was closed: no message for 3 days '
            "after pre-close. You can rate it, or reopen it if you still need help.",
            "dedupe_key": f"ticket:{sale.id}:auto_close:{pre_closed.isoformat()}",
        },
    ]
    assert mails == sorted(expected, key=lambda mail: mail["dedupe_key"])
