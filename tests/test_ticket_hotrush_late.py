"""HotRush switched on after staff answered: a new 2-hour deadline from the switch (SPEC
"HotRush"), which the queue, `responseDueAt`, `overdue` and the overdue mail follow; and the
deadline fields each switch, on or off, before or after an answer, sets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest

from accountdesk.settings import TicketTimers
from models import OutboxMail, Ticket, TicketHistory
from resolvers import clock
from resolvers.tickets.sweep import sweep_all
from resolvers.tickets.timers import hotrush_switch, staff_answer
from tests.tickets_helpers import cast, create_ticket, mutate, post

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)
HOTRUSH = "ticketId: $ticketId, enabled: $enabled"
QUEUE = "query { ticketQueue { id hotrush responseDueAt } }"
TICKET = "query($id: ID!) { ticket(id: $id) { hotrush responseDueAt overdue } }"


async def _answered_ticket(api, people) -> str:
    """A plain support ticket opened at START that an agent answered ten minutes later."""
    with clock.frozen(START):
        ticket = await create_ticket(api, people.token("owner"))
    with clock.frozen(START + timedelta(minutes=10)):
        await post(api, people.token("agent"), ticket["id"], "Which PHP version do you run?")
    return ticket["id"]


async def _switch(api, people, ticket_id: str, enabled: bool, at: datetime) -> dict:
    with clock.frozen(at):
        variables = {"ticketId": ticket_id, "enabled": enabled}
        return await mutate(api, people.token("owner"), "setHotRush", HOTRUSH, variables)


async def _ticket(api, people, ticket_id: str) -> dict:
    return (await api.data(TICKET, {"id": ticket_id}, people.token("owner")))["ticket"]


async def _overdue_mails() -> list[str]:
    return await OutboxMail.filter(dedupe_key__contains=":overdue:").values_list(
        "dedupe_key", flat=True
    )


async def test_hotrush_switched_on_after_an_answer_is_due_two_hours_later(api, world, settings):
    people = await cast(world)
    ticket_id = await _answered_ticket(api, people)
    switched = await _switch(api, people, ticket_id, True, START + 3 * HOUR)
    assert switched["responseDueAt"].startswith("2026-03-02T14:00")
    await sweep_all(settings.timers, now=START + 5 * HOUR - timedelta(minutes=1))
    assert (await _ticket(api, people, ticket_id))["overdue"] is False
    await sweep_all(settings.timers, now=START + 5 * HOUR)
    await sweep_all(settings.timers, now=START + 6 * HOUR)
    assert (await _ticket(api, people, ticket_id))["overdue"] is True
    due = (START + 5 * HOUR).isoformat()
    assert await _overdue_mails() == [f"ticket:{ticket_id}:overdue:{due}"]
    reasons = await TicketHistory.filter(ticket_id=int(ticket_id), action="overdue").values_list(
        "reason", flat=True
    )
    assert reasons == ["response_deadline: response deadline passed without a staff answer"]


async def test_the_next_staff_answer_settles_the_late_hotrush_wait(api, world, settings):
    people = await cast(world)
    ticket_id = await _answered_ticket(api, people)
    await _switch(api, people, ticket_id, True, START + 3 * HOUR)
    with clock.frozen(START + 4 * HOUR):
        await post(api, people.token("agent"), ticket_id, "Fixed in the template.")
    await sweep_all(settings.timers, now=START + 6 * HOUR)
    assert (await _ticket(api, people, ticket_id))["overdue"] is False
    assert await _overdue_mails() == []
    # A customer's message does not open a wait; only a new switch would.
    with clock.frozen(START + 7 * HOUR):
        await post(api, people.token("owner"), ticket_id, "Thanks!")
    await sweep_all(settings.timers, now=START + 20 * HOUR)
    assert await _overdue_mails() == []


async def test_switching_hotrush_off_drops_the_wait_it_opened(api, world, settings):
    people = await cast(world)
    ticket_id = await _answered_ticket(api, people)
    await _switch(api, people, ticket_id, True, START + 3 * HOUR)
    off = await _switch(api, people, ticket_id, False, START + 3 * HOUR + timedelta(minutes=30))
    assert off["hotrush"] is False
    await sweep_all(settings.timers, now=START + 8 * HOUR)
    assert (await Ticket.get(id=int(ticket_id))).overdue is False
    assert await _overdue_mails() == []


async def test_queue_orders_a_late_hotrush_by_its_new_deadline(api, world):
    people = await cast(world)
    late = await _answered_ticket(api, people)
    # Switched on at 23:30 after opening: due 25:30, after a HotRush ticket due at 25:00.
    await _switch(api, people, late, True, START + 23.5 * HOUR)
    with clock.frozen(START + 23 * HOUR):
        early = await create_ticket(api, people.token("owner"), hotrush=True)
    with clock.frozen(START + 24 * HOUR):
        queue = (await api.data(QUEUE, token=people.token("agent")))["ticketQueue"]
    assert [t["id"] for t in queue[:2]] == [early["id"], late]
    assert queue[1]["responseDueAt"].startswith("2026-03-03T10:30")


OPENED = START
ANSWERED = START + timedelta(minutes=10)
NORMAL_DUE = OPENED + 24 * HOUR  # SPEC: 24 h for an answer, 2 h with HotRush


def _state(answered: bool = False, due: datetime | None = NORMAL_DUE, wait=None):
    return SimpleNamespace(
        created_at=OPENED,
        first_staff_response_at=ANSWERED if answered else None,
        response_due_at=due,
        hotrush_wait_since=wait,
    )


@pytest.mark.parametrize(
    ("ticket", "enabled", "at", "changes"),
    [
        # On, first answer awaited: due 2 h after the switch, unless the old deadline is sooner.
        (_state(), True, OPENED + HOUR, {"response_due_at": OPENED + 3 * HOUR}),
        (_state(), True, OPENED + 23 * HOUR, {"response_due_at": NORMAL_DUE}),
        (_state(due=None), True, OPENED + HOUR, {"response_due_at": OPENED + 3 * HOUR}),
        # On after staff answered: a new wait, due 2 h after the switch, not overdue yet.
        (
            _state(answered=True),
            True,
            OPENED + 30 * HOUR,
            {
                "response_due_at": OPENED + 32 * HOUR,
                "hotrush_wait_since": OPENED + 30 * HOUR,
                "overdue": False,
            },
        ),
        # Off, first answer awaited: back to 24 h from the opening, whenever switched off.
        (
            _state(due=OPENED + 2 * HOUR),
            False,
            OPENED + HOUR,
            {"response_due_at": NORMAL_DUE},
        ),
        # Off with a wait the switch opened: the wait and its overdue flag go.
        (
            _state(answered=True, due=OPENED + 32 * HOUR, wait=OPENED + 30 * HOUR),
            False,
            OPENED + 31 * HOUR,
            {"response_due_at": NORMAL_DUE, "hotrush_wait_since": None, "overdue": False},
        ),
        # Off after an answer with no wait open: nothing is owed, nothing changes.
        (_state(answered=True), False, OPENED + 31 * HOUR, {}),
    ],
)
def test_the_deadline_fields_hotrush_sets_when_switched(ticket, enabled, at, changes):
    assert hotrush_switch(ticket, enabled, at, TicketTimers()) == changes


@pytest.mark.parametrize(
    ("ticket", "changes"),
    [
        # The first answer, even a late one: answered now, nothing owed, not overdue any more.
        (
            _state(due=OPENED + 24 * HOUR),
            {
                "first_staff_response_at": OPENED + 40 * HOUR,
                "hotrush_wait_since": None,
                "overdue": False,
            },
        ),
        # An answer to a late HotRush: the wait it opened ends, and its overdue flag.
        (
            _state(answered=True, wait=OPENED + 30 * HOUR),
            {"hotrush_wait_since": None, "overdue": False},
        ),
        # Any later answer settles nothing more.
        (_state(answered=True), {}),
    ],
)
def test_what_a_staff_answer_settles(ticket, changes):
    assert staff_answer(ticket, OPENED + 40 * HOUR) == changes
