"""The statement count of `tickets(first: N)` does not grow with N (one loader per relation)."""

from __future__ import annotations

from bench.scenarios.tickets import QUERY, seed_tickets
from tests.tickets_helpers import cast


async def test_ticket_list_statement_count_does_not_grow_with_rows(api, world, count_sql):
    people = await cast(world)
    await seed_tickets(people.owner.account_id, people.owner.id, 100)
    counts = {}
    for first in (1, 10, 100):
        with count_sql() as counted:
            data = await api.data(QUERY, {"first": first}, people.token("owner"))
        edges = data["tickets"]["edges"]
        assert len(edges) == first
        node = edges[0]["node"]
        assert node["licenses"] and node["productVersion"]["version"] == "5.4.1"
        assert node["author"] and any(m["attachments"] for m in node["messages"])
        counts[first] = counted.value
    assert counts[1] == counts[10] == counts[100], counts
    assert counts[100] <= 10, counts


async def test_ticket_queue_statement_count_does_not_grow_with_rows(api, world, count_sql):
    people = await cast(world)
    await seed_tickets(people.owner.account_id, people.owner.id, 60)
    query = "query($n: Int!) { ticketQueue(first: $n) { id author messages { id attachments { id } } licenses { url } } }"
    counts = {}
    for first in (1, 50):
        with count_sql() as counted:
            data = await api.data(query, {"n": first}, people.token("agent"))
        assert len(data["ticketQueue"]) == first
        counts[first] = counted.value
    assert counts[1] == counts[50], counts
