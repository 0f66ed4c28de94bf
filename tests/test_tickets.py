"""Tickets through the API: opening, answering, closing, rating, reopening (SPEC section 2)."""

from __future__ import annotations

from tests.tickets_helpers import cast, create_ticket

LIST = """
query($filter: TicketFilterInput, $first: Int!, $after: String) {
  tickets(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id number title status } }
    pageInfo { hasNextPage endCursor }
  }
}"""


async def test_customer_opens_ticket_with_number_message_id_and_submitted_status(api, world):
    people = await cast(world)
    ticket = await create_ticket(api, people.token("webmaster"), hotrush=True)
    assert ticket["__typename"] == "Ticket", ticket
    assert ticket["status"] == "SUBMITTED" and ticket["hotrush"] is True
    assert ticket["number"] >= 100001
    assert ticket["messages"][0]["id"].startswith("M-")
    second = await create_ticket(api, people.token("owner"))
    assert second["number"] == ticket["number"] + 1
