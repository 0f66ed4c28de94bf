"""Nothing of one account's tickets reaches another account: by id, by message ID, by link."""

from __future__ import annotations

from models import AccessInfo, TicketMessage
from tests.tickets_helpers import POST, TICKET, cast, create_ticket, mutate, post, upload

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


async def test_other_account_reaches_nothing_of_demo_store(api, world):
    people = await cast(world)
    ticket = await create_ticket(api, people.token("webmaster"))
    variables = {"input": {"ticketId": ticket["id"], "body": "logo", "attachments": [None]}}
    response = await upload(
        api,
        people.token("webmaster"),
        POST,
        variables,
        {"variables.input.attachments.0": ("a.png", PNG, "image/png")},
    )
    message = response.json()["data"]["postMessage"]
    access = """mutation($t: ID!) { postAccessInfo(ticketId: $t, text: "ssh root@x pw") {
      __typename ... on Error { code } } }"""
    assert (await api.data(access, {"t": ticket["id"]}, people.token("owner")))["postAccessInfo"][
        "__typename"
    ] == "AccessInfo"
    other = people.token("other")

    assert (await api.data(TICKET, {"id": ticket["id"]}, other))["ticket"] is None
    listed = await api.data("query { tickets(first: 50) { edges { node { id } } } }", token=other)
    assert listed["tickets"]["edges"] == []
    by_message = "query($m: String!) { ticketByMessageId(messageId: $m) { id } }"
    assert (await api.data(by_message, {"m": message["id"]}, other))["ticketByMessageId"] is None
    search = await api.data(
        "query($s: String!) { tickets(first: 5, filter: {search: $s}) { edges { node { id } } } }",
        {"s": message["id"]},
        other,
    )
    assert search["tickets"]["edges"] == []

    count = await TicketMessage.all().count()
    refused = await post(api, other, ticket["id"], "hello")
    assert refused["code"] == "NOT_FOUND"
    reply = await post(api, people.token("owner"), ticket["id"], "hi", replyTo=message["id"])
    assert reply["replyTo"] == message["id"]
    own = await create_ticket(api, other)
    cross_reply = await post(api, other, own["id"], "x", replyTo=message["id"])
    assert cross_reply["code"] == "NOT_FOUND"
    assert await TicketMessage.all().count() == count + 2  # the reply, own ticket's first message
    for field in ("closeTicket", "reopenTicket"):
        answer = await mutate(api, other, field, "ticketId: $ticketId", {"ticketId": ticket["id"]})
        assert answer["code"] == "NOT_FOUND", field
    assert (await api.data(access, {"t": ticket["id"]}, other))["postAccessInfo"][
        "code"
    ] == "NOT_FOUND"
    assert await AccessInfo.all().count() == 1

    link = message["attachments"][0]["downloadUrl"]
    assert (await api.client.get(link)).status_code == 200
    theirs = link.replace(f"user={people.webmaster.id}", f"user={people.other.id}")
    assert (await api.client.get(theirs)).status_code == 404


async def test_ticket_license_options_show_only_the_accounts_licenses(api, world):
    from datetime import date

    from models import Brand, License, ProductVersion
    from resolvers import clock

    people = await cast(world)
    brand = await Brand.create(code="xcart5", name="X-Cart 5")
    await ProductVersion.create(
        brand=brand, version="5.4.1", branch="5.4.x", released_on=date(2026, 6, 1)
    )
    mine = await License.create(
        key="A" * 16,
        account_id=people.owner.account_id,
        brand=brand,
        url="https://demo.test",
        created_at=clock.now(),
    )
    await License.create(
        key="B" * 16,
        account_id=people.other.account_id,
        brand=brand,
        url="https://other.test",
        created_at=clock.now(),
    )
    options = "query { ticketLicenseOptions { id brand url } }"
    seen = await api.data(options, token=people.token("webmaster"))
    assert seen["ticketLicenseOptions"] == [
        {"id": str(mine.id), "brand": "X-Cart 5", "url": "https://demo.test"}
    ]
    other_license = await License.get(key="B" * 16)
    refused = await create_ticket(api, people.token("owner"), licenseIds=[str(other_license.id)])
    assert refused["code"] == "NOT_FOUND"
    made = await create_ticket(api, people.token("owner"), licenseIds=[str(mine.id)])
    got = await api.data(
        "query($id: ID!) { ticket(id: $id) { licenses { url } } }",
        {"id": made["id"]},
        people.token("webmaster"),
    )
    assert got["ticket"]["licenses"] == [{"url": "https://demo.test"}]
