"""HotRush, priority, response deadlines and the queue order (SPEC "HotRush", "Priority")."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from models import Account, Ticket, TicketStatus
from resolvers import clock
from resolvers.errors import DomainError
from resolvers.identity import Principal
from resolvers.tickets.properties import set_hotrush
from tests.tickets_helpers import cast, create_ticket, mutate

HOTRUSH = "ticketId: $ticketId, enabled: $enabled"
QUEUE = "query { ticketQueue { id hotrush effectivePriority } }"


async def _hotrush_tickets(api, people, count: int, status: TicketStatus) -> list[str]:
    ids = []
    for _ in range(count):
        ticket = await create_ticket(api, people.token("owner"), hotrush=True)
        ids.append(ticket["id"])
    await Ticket.filter(id__in=[int(i) for i in ids]).update(status=status)
    return ids


async def test_hotrush_only_on_support_tickets(api, world):
    people = await cast(world)
    sales = await create_ticket(api, people.token("owner"), type="SALES", hotrush=True)
    assert sales["code"] == "HOTRUSH_SUPPORT_ONLY"
    generic = await create_ticket(api, people.token("owner"), type="GENERIC")
    refused = await mutate(
        api,
        people.token("owner"),
        "setHotRush",
        HOTRUSH,
        {"ticketId": generic["id"], "enabled": True},
    )
    assert refused["code"] == "HOTRUSH_SUPPORT_ONLY"


async def test_hotrush_has_a_two_hour_deadline_others_one_day(api, world):
    people = await cast(world)
    with clock.frozen(datetime(2026, 3, 2, 9, 0, tzinfo=UTC)):
        urgent = await create_ticket(api, people.token("owner"), hotrush=True)
        plain = await create_ticket(api, people.token("owner"))
    assert urgent["responseDueAt"].startswith("2026-03-02T11:00")
    assert plain["responseDueAt"].startswith("2026-03-03T09:00")


async def test_disabling_while_submitted_is_free_and_never_counted(api, world):
    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"), hotrush=True)
    for enabled in (False, True, False, True, False):
        answer = await mutate(
            api,
            people.token("owner"),
            "setHotRush",
            HOTRUSH,
            {"ticketId": ticket["id"], "enabled": enabled},
        )
        assert answer["hotrush"] is enabled
    assert (await Account.get(id=people.owner.account_id)).hotrush_disables_used == 0


async def test_fourth_disable_outside_submitted_fails(api, world):
    people = await cast(world)
    ids = await _hotrush_tickets(api, people, 4, TicketStatus.IN_PROGRESS)
    answers = [
        await mutate(
            api, people.token("owner"), "setHotRush", HOTRUSH, {"ticketId": i, "enabled": False}
        )
        for i in ids
    ]
    assert [a.get("code") for a in answers] == [None, None, None, "HOTRUSH_DISABLE_LIMIT"]
    assert await Ticket.filter(id=int(ids[3])).values_list("hotrush", flat=True) == [True]
    assert (await Account.get(id=people.owner.account_id)).hotrush_disables_used == 3


async def test_hotrush_cannot_change_once_closed(api, world):
    people = await cast(world)
    [ticket] = await _hotrush_tickets(api, people, 1, TicketStatus.CLOSED)
    answer = await mutate(
        api, people.token("owner"), "setHotRush", HOTRUSH, {"ticketId": ticket, "enabled": False}
    )
    assert answer["code"] == "TICKET_CLOSED"


async def test_four_racing_disables_give_exactly_three(api, world, settings, postgres):
    people = await cast(world)
    ids = await _hotrush_tickets(api, people, 4, TicketStatus.ASSIGNED)
    principal = Principal(user_id=people.owner.id, account_id=people.owner.account_id)

    async def disable(ticket_id: str) -> str:
        try:
            await set_hotrush(settings, principal, ticket_id, False)
        except DomainError as error:
            return error.code
        return "OK"

    outcomes = await asyncio.gather(*(disable(i) for i in ids))
    assert sorted(outcomes) == ["HOTRUSH_DISABLE_LIMIT", "OK", "OK", "OK"]
    assert (await Account.get(id=people.owner.account_id)).hotrush_disables_used == 3
    assert await Ticket.filter(hotrush=False).count() == 3


async def test_racing_disables_of_one_ticket_count_once(api, world, settings, postgres):
    people = await cast(world)
    [ticket] = await _hotrush_tickets(api, people, 1, TicketStatus.IN_PROGRESS)
    principal = Principal(user_id=people.owner.id, account_id=people.owner.account_id)
    await asyncio.gather(*(set_hotrush(settings, principal, ticket, False) for _ in range(4)))
    assert (await Account.get(id=people.owner.account_id)).hotrush_disables_used == 1


async def test_queue_puts_hotrush_first_then_effective_priority_then_age(api, world):
    people = await cast(world)
    habitual = await world.user(None, "primary")
    habitual_token = await world.token(habitual)
    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    with clock.frozen(start):
        shouter = [await create_ticket(api, habitual_token, priority="MAJOR") for _ in range(3)]
    with clock.frozen(start + timedelta(minutes=5)):
        modest_major = await create_ticket(api, people.token("owner"), priority="MAJOR")
        await create_ticket(api, people.token("owner"), priority="MINOR")
        late_rush = await create_ticket(api, people.token("owner"), hotrush=True)
    with clock.frozen(start + timedelta(minutes=1)):
        early_rush = await create_ticket(api, habitual_token, hotrush=True)
    with clock.frozen(start + timedelta(minutes=10)):
        queue = (await api.data(QUEUE, token=people.token("agent")))["ticketQueue"]
    order = [t["id"] for t in queue]
    assert order[:2] == [early_rush["id"], late_rush["id"]]
    # Demo Store: major, minor, normal -> mean 2, major weighs 3. The shouter's majors weigh
    # 3 x 2 / mean(3, 3, 3, 2) = 2.18: below Demo Store's major, above anyone's normal.
    assert order[2] == modest_major["id"]
    assert order[3:6] == [t["id"] for t in shouter]
    weights = {t["id"]: t["effectivePriority"] for t in queue}
    assert weights[modest_major["id"]] == 3.0
    assert round(weights[shouter[0]["id"]], 2) == 2.18
    assert (await api.gql(QUEUE, token=people.token("owner")))["errors"][0]["extensions"][
        "code"
    ] == "FORBIDDEN"


async def test_priority_changes_while_open_only(api, world):
    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    args = "ticketId: $ticketId, priority: $priority"
    changed = await mutate(
        api,
        people.token("owner"),
        "setTicketPriority",
        args,
        {"ticketId": ticket["id"], "priority": "MAJOR"},
    )
    assert changed["priority"] == "MAJOR"
    await Ticket.filter(id=int(ticket["id"])).update(status=TicketStatus.CLOSED)
    refused = await mutate(
        api,
        people.token("owner"),
        "setTicketPriority",
        args,
        {"ticketId": ticket["id"], "priority": "MINOR"},
    )
    assert refused["code"] == "TICKET_CLOSED"


async def test_concurrent_creates_get_distinct_numbers(api, world, postgres):
    people = await cast(world)
    made = await asyncio.gather(*(create_ticket(api, people.token("owner")) for _ in range(8)))
    numbers = [t["number"] for t in made]
    assert len(set(numbers)) == 8
