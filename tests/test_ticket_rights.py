"""Finer rights: rating comments for heads of department, API tokens read-only."""

from __future__ import annotations

from models import ApiToken
from models.enums import Department, StaffRole
from resolvers import clock
from resolvers.secrets import new_token, token_hash
from tests.tickets_helpers import TICKET, cast, create_ticket, mutate


async def test_rating_comment_reaches_the_department_head_not_the_agent(api, world):
    people = await cast(world)
    head = await world.staff(StaffRole.DEPARTMENT_HEAD, Department.SUPPORT)
    ticket = await create_ticket(api, people.token("owner"))
    await mutate(
        api, people.token("owner"), "closeTicket", "ticketId: $ticketId", {"ticketId": ticket["id"]}
    )
    await mutate(
        api,
        people.token("owner"),
        "rateTicket",
        "ticketId: $ticketId, rating: $rating, comment: $comment",
        {"ticketId": ticket["id"], "rating": 2, "comment": "Slow answers."},
    )
    seen = {}
    for who, token in (
        ("agent", people.token("agent")),
        ("head", await world.token(head)),
        ("owner", people.token("owner")),
    ):
        seen[who] = (await api.data(TICKET, {"id": ticket["id"]}, token))["ticket"]["ratingComment"]
    assert seen == {"agent": None, "head": "Slow answers.", "owner": "Slow answers."}


async def test_api_token_with_tickets_scope_reads_but_cannot_change(api, world):
    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    token = new_token("adt")
    await ApiToken.create(
        account_id=people.owner.account_id,
        created_by=people.owner,
        name="dash",
        token_hash=token_hash(token),
        scopes=["tickets:read"],
        created_at=clock.now(),
    )
    listed = await api.data(
        "query { tickets(first: 5) { edges { node { id messages { attachments { downloadUrl } } } } } }",
        token=token,
    )
    assert [e["node"]["id"] for e in listed["tickets"]["edges"]] == [ticket["id"]]
    refused = await api.gql(
        "mutation($t: ID!) { closeTicket(ticketId: $t) { __typename } }", {"t": ticket["id"]}, token
    )
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_anonymous_callers_get_unauthenticated(api, world):
    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    answer = await api.gql(TICKET, {"id": ticket["id"]})
    assert answer["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
