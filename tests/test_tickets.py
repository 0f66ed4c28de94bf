"""Tickets through the API: opening, answering, closing, rating, reopening (SPEC section 2)."""

from __future__ import annotations

from models import OutboxMail, TicketMessage
from tests.tickets_helpers import TICKET, cast, create_ticket, mutate, post

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


QUEUE = "query { ticketQueue { id number hotrush effectivePriority } }"
BY_MESSAGE = "query($m: String!) { ticketByMessageId(messageId: $m) { id number } }"


async def test_hotrush_ticket_walks_from_queue_to_rating_and_back(api, world):
    people = await cast(world)
    plain = await create_ticket(api, people.token("owner"), title="Question")
    urgent = await create_ticket(api, people.token("webmaster"), hotrush=True, priority="MINOR")
    queue = (await api.data(QUEUE, token=people.token("agent")))["ticketQueue"]
    assert [t["id"] for t in queue] == [urgent["id"], plain["id"]]

    assigned = await mutate(
        api,
        people.token("agent"),
        "assignTicket",
        "ticketId: $ticketId",
        {"ticketId": urgent["id"]},
    )
    assert assigned["status"] == "ASSIGNED"
    answer = await post(api, people.token("agent"), urgent["id"], "Fixed the config.")
    assert answer["fromStaff"] is True
    mails = await OutboxMail.filter(dedupe_key__contains=answer["id"])
    assert len(mails) == 1 and mails[0].recipient == "webmaster@demo.test"
    assert answer["id"] in mails[0].body and "Fixed the config." in mails[0].body
    assert f"#{urgent['number']}" in mails[0].subject

    found = await api.data(BY_MESSAGE, {"m": answer["id"].lower()}, people.token("owner"))
    assert found["ticketByMessageId"]["id"] == urgent["id"]

    closed = await mutate(
        api,
        people.token("webmaster"),
        "closeTicket",
        "ticketId: $ticketId",
        {"ticketId": urgent["id"]},
    )
    assert closed["status"] == "CLOSED"
    count = await TicketMessage.all().count()
    refused = await post(api, people.token("webmaster"), urgent["id"], "One more thing")
    assert refused["code"] == "TICKET_CLOSED"
    assert await TicketMessage.all().count() == count

    rate = "ticketId: $ticketId, rating: $rating, comment: $comment"
    rating = {"ticketId": urgent["id"], "rating": 5, "comment": "Quick!"}
    assert (await mutate(api, people.token("webmaster"), "rateTicket", rate, rating))["rating"] == 5
    again = await mutate(api, people.token("owner"), "rateTicket", rate, rating)
    assert again["code"] == "ALREADY_RATED"

    hidden = await api.data(
        LIST, {"filter": {"hideClosedAndRated": True}, "first": 10}, people.token("owner")
    )
    assert [e["node"]["id"] for e in hidden["tickets"]["edges"]] == [plain["id"]]

    reopened = await mutate(
        api,
        people.token("owner"),
        "reopenTicket",
        "ticketId: $ticketId",
        {"ticketId": urgent["id"]},
    )
    assert reopened["status"] == "REOPENED"
    history = (await api.data(TICKET, {"id": urgent["id"]}, people.token("owner")))["ticket"]
    assert [h["action"] for h in history["history"]] == [
        "create",
        "assign",
        "close",
        "rate",
        "reopen",
    ]


async def test_open_ticket_cannot_be_rated(api, world):
    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    rated = await mutate(
        api,
        people.token("owner"),
        "rateTicket",
        "ticketId: $ticketId, rating: $rating",
        {"ticketId": ticket["id"], "rating": 4},
    )
    assert rated["code"] == "NOT_RATEABLE"


async def test_message_in_pre_closed_ticket_brings_it_back_to_in_progress(api, world):
    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    pre = await mutate(
        api,
        people.token("agent"),
        "preCloseTicket",
        "ticketId: $ticketId",
        {"ticketId": ticket["id"]},
    )
    assert pre["status"] == "PRE_CLOSED"
    await post(api, people.token("owner"), ticket["id"], "Still broken.")
    after = (await api.data(TICKET, {"id": ticket["id"]}, people.token("owner")))["ticket"]
    assert after["status"] == "IN_PROGRESS"
    assert after["history"][-1]["fromStatus"] == "pre_closed"


async def test_customer_never_sees_internal_notes(api, world):
    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    note = """mutation($t: ID!) { addInternalNote(ticketId: $t, body: "customer is grumpy") {
      ... on TicketMessage { id internal } ... on Error { code } } }"""
    made = (await api.data(note, {"t": ticket["id"]}, people.token("agent")))["addInternalNote"]
    assert made["internal"] is True
    seen = (await api.data(TICKET, {"id": ticket["id"]}, people.token("owner")))["ticket"]
    assert [m["body"] for m in seen["messages"]] == ["It fails at step 2."]
    staff = (await api.data(TICKET, {"id": ticket["id"]}, people.token("agent")))["ticket"]
    assert len(staff["messages"]) == 2
    by_id = await api.data(BY_MESSAGE, {"m": made["id"]}, people.token("owner"))
    assert by_id["ticketByMessageId"] is None
    assert not await OutboxMail.filter(body__contains="grumpy").exists()
    denied = await api.gql(note, {"t": ticket["id"]}, people.token("owner"))
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_staff_see_their_department_and_admin_sees_all(api, world):
    people = await cast(world)
    support = await create_ticket(api, people.token("owner"))
    sales = await create_ticket(api, people.token("owner"), type="SALES", title="Price?")
    for who, expected in (
        ("agent", {support["id"]}),
        ("sales", {sales["id"]}),
        ("admin", {support["id"], sales["id"]}),
    ):
        page = await api.data(LIST, {"first": 10}, people.token(who))
        assert {e["node"]["id"] for e in page["tickets"]["edges"]} == expected, who
    moved = await mutate(
        api,
        people.token("agent"),
        "forwardTicket",
        "ticketId: $ticketId, department: $department",
        {"ticketId": support["id"], "department": "SALES"},
    )
    assert moved["department"] == "SALES"
    gone = await api.data(TICKET, {"id": support["id"]}, people.token("agent"))
    assert gone["ticket"] is None


async def test_status_changes_by_staff_mail_the_customer_but_own_changes_do_not(api, world):
    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    await mutate(
        api, people.token("owner"), "closeTicket", "ticketId: $ticketId", {"ticketId": ticket["id"]}
    )
    assert await OutboxMail.all().count() == 0
    await mutate(
        api,
        people.token("agent"),
        "reopenTicket",
        "ticketId: $ticketId",
        {"ticketId": ticket["id"]},
    )
    mails = await OutboxMail.all()
    assert (
        len(mails) == 1 and "reopened" in mails[0].body and mails[0].recipient == "owner@demo.test"
    )


async def test_set_ticket_status_follows_the_state_table(api, world):
    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    args = "ticketId: $ticketId, status: $status"
    moved = await mutate(
        api,
        people.token("agent"),
        "setTicketStatus",
        args,
        {"ticketId": ticket["id"], "status": "IN_PROGRESS"},
    )
    assert moved["status"] == "IN_PROGRESS"
    refused = await mutate(
        api,
        people.token("agent"),
        "setTicketStatus",
        args,
        {"ticketId": ticket["id"], "status": "REOPENED"},
    )
    assert refused["code"] == "INVALID_TRANSITION"


async def test_tickets_are_paged_with_keyset_cursors_and_searched(api, world):
    people = await cast(world)
    made = [await create_ticket(api, people.token("owner"), title=f"Problem {i}") for i in range(3)]
    first = await api.data(LIST, {"first": 2}, people.token("owner"))
    assert first["tickets"]["pageInfo"]["hasNextPage"] is True
    rest = await api.data(
        LIST,
        {"first": 2, "after": first["tickets"]["pageInfo"]["endCursor"]},
        people.token("owner"),
    )
    ids = [e["node"]["id"] for e in first["tickets"]["edges"] + rest["tickets"]["edges"]]
    assert ids == [t["id"] for t in reversed(made)]
    by_number = await api.data(
        LIST, {"first": 5, "filter": {"search": str(made[1]["number"])}}, people.token("owner")
    )
    assert [e["node"]["id"] for e in by_number["tickets"]["edges"]] == [made[1]["id"]]
    by_title = await api.data(
        LIST, {"first": 5, "filter": {"search": "problem 2"}}, people.token("owner")
    )
    assert [e["node"]["id"] for e in by_title["tickets"]["edges"]] == [made[2]["id"]]


async def test_staff_mark_solved_and_customer_message_withdraws_the_mark(api, world):
    from models import Ticket

    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    solved = await mutate(
        api,
        people.token("agent"),
        "markTicketSolved",
        "ticketId: $ticketId",
        {"ticketId": ticket["id"]},
    )
    assert solved["__typename"] == "Ticket"
    assert (await Ticket.get(id=int(ticket["id"]))).solved_at is not None
    await post(api, people.token("owner"), ticket["id"], "Not solved, sorry.")
    assert (await Ticket.get(id=int(ticket["id"]))).solved_at is None
    refused = await api.gql(
        "mutation($t: ID!) { markTicketSolved(ticketId: $t) { __typename } }",
        {"t": ticket["id"]},
        people.token("owner"),
    )
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_customer_resumes_a_pre_closed_ticket_by_hand(api, world):
    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    await mutate(
        api,
        people.token("agent"),
        "preCloseTicket",
        "ticketId: $ticketId",
        {"ticketId": ticket["id"]},
    )
    resumed = await mutate(
        api,
        people.token("owner"),
        "resumeTicket",
        "ticketId: $ticketId",
        {"ticketId": ticket["id"]},
    )
    assert resumed["status"] == "IN_PROGRESS"
    again = await mutate(
        api,
        people.token("owner"),
        "resumeTicket",
        "ticketId: $ticketId",
        {"ticketId": ticket["id"]},
    )
    assert again["code"] == "INVALID_TRANSITION"


async def test_message_racing_a_close_lands_before_it_or_is_refused(api, world, settings, postgres):
    import asyncio

    from models import Ticket
    from resolvers.errors import DomainError
    from resolvers.identity import Principal
    from resolvers.storage import storage_for
    from resolvers.tickets.conversation import post_message
    from resolvers.tickets.lifecycle import Change, change_status
    from resolvers.tickets.states import Action

    people = await cast(world)
    customer = Principal(user_id=people.owner.id, account_id=people.owner.account_id)
    for _ in range(5):
        ticket = await create_ticket(api, people.token("owner"))

        async def attempt(work):
            try:
                return await work
            except DomainError as error:
                return error.code

        message, _ = await asyncio.gather(
            attempt(post_message(settings, storage_for(settings), customer, ticket["id"], "late")),
            attempt(change_status(settings, customer, ticket["id"], Change(Action.CLOSE))),
        )
        closed = await Ticket.get(id=int(ticket["id"]))
        assert closed.status.value == "closed"
        stored = await TicketMessage.filter(ticket_id=closed.id, body="late").all()
        if message == "TICKET_CLOSED":
            assert stored == []
        else:
            assert len(stored) == 1 and stored[0].created_at <= closed.closed_at


async def test_closed_tickets_are_hidden_by_default_rated_or_not(api, world):
    people = await cast(world)
    closed = await create_ticket(api, people.token("owner"), title="Closed, not rated")
    waiting = await create_ticket(api, people.token("owner"), title="Still open")
    await mutate(
        api, people.token("owner"), "closeTicket", "ticketId: $ticketId", {"ticketId": closed["id"]}
    )

    async def listed(variables):
        page = await api.data(LIST, {"first": 10, **variables}, people.token("owner"))
        return [e["node"]["id"] for e in page["tickets"]["edges"]]

    assert await listed({}) == [waiting["id"]]
    assert await listed({"filter": {"hideClosedAndRated": True}}) == [waiting["id"]]
    assert await listed({"filter": {"hideClosedAndRated": False}}) == [waiting["id"], closed["id"]]
