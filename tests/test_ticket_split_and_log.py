"""Staff split a message into a new ticket; the log ticket is written by the system only."""

from __future__ import annotations

from tortoise.transactions import in_transaction

from models import Ticket, TicketAttachment, TicketMessage
from resolvers.tickets.log_ticket import append_to_log_ticket
from tests.tickets_helpers import TICKET, cast, create_ticket, mutate, post


async def test_split_moves_the_message_into_a_new_ticket_of_the_same_account(api, world):
    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    second = await post(api, people.token("owner"), ticket["id"], "Also: invoices are wrong.")
    split = """mutation($m: String!) { splitMessage(messageId: $m, title: "Invoices") {
      __typename ... on Ticket { id number title messages { id } } ... on Error { code } } }"""
    made = (await api.data(split, {"m": second["id"]}, people.token("agent")))["splitMessage"]
    assert made["title"] == "Invoices" and [m["id"] for m in made["messages"]] == [second["id"]]
    old = (await api.data(TICKET, {"id": ticket["id"]}, people.token("owner")))["ticket"]
    assert len(old["messages"]) == 1 and old["history"][-1]["action"] == "split"
    new = await Ticket.get(id=int(made["id"]))
    assert new.account_id == people.owner.account_id
    denied = await api.gql(split, {"m": ticket["messages"][0]["id"]}, people.token("owner"))
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert not await TicketAttachment.exists()


async def test_log_ticket_is_visible_but_read_only_for_people(api, world):
    people = await cast(world)
    async with in_transaction() as conn:
        entry = await append_to_log_ticket(people.owner.account_id, "URL a -> b", using_db=conn)
    log_id = str(entry.ticket_id)
    seen = (await api.data(TICKET, {"id": log_id}, people.token("owner")))["ticket"]
    assert [m["body"] for m in seen["messages"]] == ["URL a -> b"]
    for field in ("closeTicket", "preCloseTicket"):
        token = people.token("agent" if field == "preCloseTicket" else "owner")
        refused = await mutate(api, token, field, "ticketId: $ticketId", {"ticketId": log_id})
        assert refused["code"] == "LOG_TICKET_READ_ONLY", field
    refused = await post(api, people.token("owner"), log_id, "hello")
    assert refused["code"] == "LOG_TICKET_READ_ONLY"
    assert await TicketMessage.filter(ticket_id=entry.ticket_id).count() == 1
    queue = await api.data("query { ticketQueue { id } }", token=people.token("agent"))
    assert queue["ticketQueue"] == []
