"""The staff queue and the ticket list: who sees which tickets, and in which order.

Queue order (SPEC "Priority"): HotRush first by response deadline, then effective priority
(nominal weight x 2 / the account's mean weight over the last 90 days), then age.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from models import Ticket, TicketMessage
from models.enums import Department, StaffRole
from models.tickets import TicketKind, TicketStatus
from models.tickets import TicketPriority as P
from resolvers import clock
from resolvers.errors import Forbidden, InvalidInput
from resolvers.identity import Principal
from resolvers.tickets.queue import (
    TicketFilter,
    list_tickets,
    priority_factors_for_ids,
    ticket_queue,
)
from tests.tickets_helpers import cast
from tests.timer_support import make_ticket

NOW = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
QUEUE = "query { ticketQueue { id effectivePriority } }"


def staff(user) -> Principal:
    return Principal(user_id=user.id, staff_role=user.staff_role, department=user.department)


def customer(user) -> Principal:
    return Principal(user_id=user.id, account_id=user.account_id, account_type=user.account_type)


async def ids(settings, principal, first=50) -> list[int]:
    return [e.ticket.id for e in await ticket_queue(settings, principal, first)]


async def _departments(world):
    """One open ticket per department, a closed one, a log ticket, and a sales ticket assigned
    to the support agent."""
    clock.set_now(NOW)
    people = await cast(world)
    at = NOW - timedelta(hours=1)
    support = await make_ticket(people.owner, TicketKind.SUPPORT, at)
    sales = await make_ticket(people.owner, TicketKind.SALES, at)
    project = await make_ticket(people.owner, TicketKind.PROJECT, at)
    closed = await make_ticket(people.owner, TicketKind.SUPPORT, at, TicketStatus.CLOSED)
    log = await make_ticket(people.owner, TicketKind.SUPPORT, at, is_log=True)
    handed = await make_ticket(people.owner, TicketKind.SALES, at, assignee=people.agent)
    tickets = dict(
        support=support, sales=sales, project=project, closed=closed, log=log, handed=handed
    )
    return people, {name: t.id for name, t in tickets.items()}


async def test_an_agent_queue_holds_their_department_and_what_is_assigned_to_them(settings, world):
    people, t = await _departments(world)
    assert set(await ids(settings, staff(people.agent))) == {t["support"], t["handed"]}


async def test_a_department_head_queue_holds_their_department_only(settings, world):
    people, t = await _departments(world)
    head = await world.staff(StaffRole.DEPARTMENT_HEAD, Department.SALES)
    assert set(await ids(settings, staff(head))) == {t["sales"], t["handed"]}


async def test_the_admin_queue_holds_every_open_ticket_but_no_closed_or_log_ticket(settings, world):
    people, t = await _departments(world)
    expected = {t["support"], t["sales"], t["project"], t["handed"]}
    assert set(await ids(settings, staff(people.admin))) == expected


async def test_the_queue_through_the_api_is_the_agents_and_refused_to_customers(api, world):
    people, t = await _departments(world)
    queue = (await api.data(QUEUE, token=people.token("agent")))["ticketQueue"]
    assert {int(entry["id"]) for entry in queue} == {t["support"], t["handed"]}
    refused = await api.gql(QUEUE, token=people.token("owner"))
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_the_queue_is_for_staff_only(settings, world):
    people, _ = await _departments(world)
    with pytest.raises(Forbidden):
        await ticket_queue(settings, customer(people.owner), 10)


async def test_hotrush_first_by_deadline_then_priority_then_age(settings, world):
    clock.set_now(NOW)
    people = await cast(world)
    hour = timedelta(hours=1)

    async def ticket(created, priority=P.NORMAL, **fields):
        return (
            await make_ticket(
                people.owner, TicketKind.SUPPORT, NOW - created, priority=priority, **fields
            )
        ).id

    # Made newest first, so that the id order is the reverse of the age order.
    young_normal = await ticket(1 * hour)
    old_normal = await ticket(5 * hour)
    young_major = await ticket(1 * hour, P.MAJOR)
    minor = await ticket(9 * hour, P.MINOR)
    rush_late = await ticket(2 * hour, P.MINOR, hotrush=True, response_due_at=NOW + 2 * hour)
    rush_soon = await ticket(1 * hour, P.MINOR, hotrush=True, response_due_at=NOW + hour)
    expected = [rush_soon, rush_late, young_major, old_normal, young_normal, minor]
    assert await ids(settings, staff(people.agent)) == expected
    assert await ids(settings, staff(people.agent), first=2) == expected[:2]


async def test_tickets_of_one_age_are_answered_in_id_order(settings, world):
    clock.set_now(NOW)
    people = await cast(world)
    made = [
        (await make_ticket(people.owner, TicketKind.SUPPORT, NOW - timedelta(hours=1))).id
        for _ in range(3)
    ]
    assert await ids(settings, staff(people.agent)) == made


async def _priorities(settings, principal) -> dict[int, float]:
    return {e.ticket.id: e.effective_priority for e in await ticket_queue(settings, principal, 50)}


async def test_effective_priority_divides_by_the_accounts_mean_weight_over_90_days(settings, world):
    clock.set_now(NOW)
    people = await cast(world)
    day = timedelta(days=1)
    # Owner's account: major + normal in the window (mean 2.5); a minor ticket 91 days old and
    # a minor log ticket do not count.
    major = await make_ticket(people.owner, TicketKind.SUPPORT, NOW - day, priority=P.MAJOR)
    normal = await make_ticket(people.owner, TicketKind.SUPPORT, NOW - day, priority=P.NORMAL)
    await make_ticket(
        people.owner, TicketKind.SUPPORT, NOW - 91 * day, TicketStatus.CLOSED, priority=P.MINOR
    )
    await make_ticket(people.owner, TicketKind.SUPPORT, NOW - day, priority=P.MINOR, is_log=True)
    # Other account: one minor ticket exactly 90 days old (counts) and a major one (mean 2.0).
    edge = await make_ticket(people.other, TicketKind.SUPPORT, NOW - 90 * day, priority=P.MINOR)
    theirs = await make_ticket(people.other, TicketKind.SUPPORT, NOW - day, priority=P.MAJOR)
    found = await _priorities(settings, staff(people.admin))
    assert found[major.id] == pytest.approx(3 * 2 / 2.5)
    assert found[normal.id] == pytest.approx(2 * 2 / 2.5)
    assert found[theirs.id] == pytest.approx(3 * 2 / 2.0)
    assert found[edge.id] == pytest.approx(1 * 2 / 2.0)
    # The weight an account's people see is the factor the queue applies; no ticket weighs 1.
    since = NOW - settings.timers.priority_window
    nobody = (await world.user()).account_id
    busy = await world.user()  # two major tickets and a minor one: mean 7/3
    for priority in (P.MAJOR, P.MAJOR, P.MINOR):
        await make_ticket(busy, TicketKind.SUPPORT, NOW - day, priority=priority)
    accounts = [people.owner.account_id, nobody, busy.account_id]
    factors = await priority_factors_for_ids(accounts, since)
    assert factors == pytest.approx([2 / 2.5, 1.0, 2 / (7 / 3)])
    assert found[normal.id] == pytest.approx(2 * factors[0])


async def test_a_ticket_older_than_the_window_weighs_its_nominal_weight(settings, world):
    clock.set_now(NOW)
    people = await cast(world)
    old = await make_ticket(
        people.owner, TicketKind.SUPPORT, NOW - timedelta(days=120), priority=P.MAJOR
    )
    assert (await _priorities(settings, staff(people.admin)))[old.id] == pytest.approx(3.0)


# -- the ticket list


async def _listed(settings, principal, **filters) -> list[int]:
    page = await list_tickets(settings, principal, TicketFilter(**filters), 50, None)
    return [ticket.id for ticket in page.items]


async def test_the_list_filters_by_status_and_type(settings, world):
    clock.set_now(NOW)
    people = await cast(world)
    at = NOW - timedelta(hours=1)
    sales = await make_ticket(people.owner, TicketKind.SALES, at, TicketStatus.SUBMITTED)
    support = await make_ticket(people.owner, TicketKind.SUPPORT, at, TicketStatus.SUBMITTED)
    started = await make_ticket(people.owner, TicketKind.SUPPORT, at, TicketStatus.IN_PROGRESS)
    owner = customer(people.owner)
    assert await _listed(settings, owner, status=TicketStatus.SUBMITTED) == [support.id, sales.id]
    assert await _listed(settings, owner, type=TicketKind.SUPPORT) == [started.id, support.id]
    both = await _listed(settings, owner, status=TicketStatus.SUBMITTED, type=TicketKind.SALES)
    assert both == [sales.id]


async def test_closed_tickets_are_hidden_rated_or_not_and_shown_when_asked(settings, world):
    clock.set_now(NOW)
    people = await cast(world)
    at = NOW - timedelta(hours=1)
    open_ = await make_ticket(people.owner, TicketKind.SUPPORT, at)
    closed = await make_ticket(people.owner, TicketKind.SUPPORT, at, TicketStatus.CLOSED)
    rated = await make_ticket(
        people.owner, TicketKind.SUPPORT, at, TicketStatus.CLOSED, rating=4, rated_at=at
    )
    owner = customer(people.owner)
    assert await _listed(settings, owner) == [open_.id]  # on by default
    assert await _listed(settings, owner, hide_closed_and_rated=True) == [open_.id]
    shown = await _listed(settings, owner, hide_closed_and_rated=False)
    assert shown == [rated.id, closed.id, open_.id]
    asked = await _listed(settings, owner, status=TicketStatus.CLOSED)
    assert asked == [rated.id, closed.id]  # asking for closed tickets shows them
    assert await Ticket.filter(status=TicketStatus.CLOSED).count() == 2


@pytest.mark.parametrize("first", [0, 101])
async def test_the_queue_takes_between_one_and_the_page_maximum(settings, world, first):
    people, _ = await _departments(world)
    with pytest.raises(InvalidInput) as refused:
        await ticket_queue(settings, staff(people.admin), first)
    assert refused.value.field == "first"


async def test_the_list_takes_between_one_and_the_page_maximum(settings, world):
    people, _ = await _departments(world)
    with pytest.raises(InvalidInput):
        await list_tickets(settings, customer(people.owner), TicketFilter(), 0, None)


async def _message(ticket, public_id: str, internal: bool = False) -> None:
    await TicketMessage.create(
        public_id=public_id,
        ticket_id=ticket.id,
        body="Details",
        is_internal=internal,
        from_staff=internal,
        created_at=NOW,
    )


async def test_the_list_is_searched_by_title_number_and_visible_message_id(settings, world):
    clock.set_now(NOW)
    people = await cast(world)
    at = NOW - timedelta(hours=1)
    checkout = await make_ticket(people.owner, TicketKind.SUPPORT, at, title="Checkout fails")
    noted = await make_ticket(people.owner, TicketKind.SUPPORT, at, title="Slow admin")
    theirs = await make_ticket(people.other, TicketKind.SUPPORT, at, title="Checkout too")
    await _message(checkout, "M-7Q2K9XH4TB")
    await _message(noted, "M-NOTE4INTERN", internal=True)
    await _message(theirs, "M-THEIRS00001")
    owner, agent = customer(people.owner), staff(people.agent)
    assert await _listed(settings, owner, search="  checkout ") == [checkout.id]
    assert await _listed(settings, owner, search=f" {noted.number} ") == [noted.id]
    assert await _listed(settings, owner, search="m-7q2k9xh4tb") == [checkout.id]
    assert await _listed(settings, owner, search="M-NOTE4INTERN") == []  # an internal note
    assert await _listed(settings, agent, search="M-NOTE4INTERN") == [noted.id]
    assert await _listed(settings, owner, search="M-THEIRS00001") == []  # another account
    assert await _listed(settings, owner, search=str(theirs.number)) == []


async def test_a_message_id_as_long_as_the_column_is_found_and_a_longer_one_finds_nothing(
    settings, world
):
    clock.set_now(NOW)
    people = await cast(world)
    ticket = await make_ticket(people.owner, TicketKind.SUPPORT, NOW - timedelta(hours=1))
    longest = "M-" + "K" * 18  # the column holds 20 characters
    await _message(ticket, longest)
    owner = customer(people.owner)
    assert await _listed(settings, owner, search=longest.lower()) == [ticket.id]
    assert await _listed(settings, owner, search=longest + "K") == []
