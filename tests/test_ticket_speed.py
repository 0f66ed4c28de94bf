"""The statement count of `tickets(first: N)` does not grow with N (one loader per relation)."""

from __future__ import annotations

from datetime import date, timedelta

from models import Brand, License, ProductVersion, Ticket, TicketAttachment, TicketMessage
from models.enums import Department
from models.tickets import TicketType
from resolvers import clock
from tests.tickets_helpers import cast

LIST = """query($first: Int!) { tickets(first: $first) { edges { node {
  id number title status author assignee
  productVersion { version obsolete outOfGuarantee }
  licenses { id brand url }
  messages(last: 3) { id body author replyTo attachments { id name size downloadUrl } }
} } } }"""


async def seed_tickets(account_id: int, author_id: int, count: int) -> None:
    """`count` tickets, each with 2 messages, an attachment and a license (bulk inserts)."""
    now = clock.now()
    brand = await Brand.create(code=f"b{account_id}", name="X-Cart 5")
    version = await ProductVersion.create(
        brand=brand, version="5.4.1", branch="5.4.x", released_on=date(2026, 6, 1)
    )
    license = await License.create(
        key=f"{account_id:0>16}"[-16:],
        account_id=account_id,
        brand=brand,
        url="https://demo.test",
        created_at=now,
    )
    await Ticket.bulk_create(
        [
            Ticket(
                number=500000 + i,
                account_id=account_id,
                author_id=author_id,
                type=TicketType.SUPPORT,
                department=Department.SUPPORT,
                title=f"Problem {i}",
                product_version_id=version.id,
                created_at=now + timedelta(seconds=i),
                updated_at=now,
                last_message_at=now,
            )
            for i in range(count)
        ]
    )
    tickets = await Ticket.filter(account_id=account_id, number__gte=500000).values_list(
        "id", flat=True
    )
    await TicketMessage.bulk_create(
        [
            TicketMessage(
                public_id=f"M-SEED{t:05d}{n}",
                ticket_id=t,
                author_id=author_id,
                body="text",
                created_at=now,
            )
            for t in tickets
            for n in range(2)
        ]
    )
    messages = await TicketMessage.filter(ticket_id__in=tickets, public_id__endswith="0").values(
        "id", "ticket_id"
    )
    await TicketAttachment.bulk_create(
        [
            TicketAttachment(
                ticket_id=m["ticket_id"],
                message_id=m["id"],
                stored_name=f"seed-{m['id']}",
                display_name="log.txt",
                content_type="text/plain",
                size=4,
                created_at=now,
            )
            for m in messages
        ]
    )
    for ticket in await Ticket.filter(id__in=tickets):
        await ticket.licenses.add(license)


async def test_ticket_list_statement_count_does_not_grow_with_rows(api, world, count_sql):
    people = await cast(world)
    await seed_tickets(people.owner.account_id, people.owner.id, 100)
    counts = {}
    for first in (1, 10, 100):
        with count_sql() as counted:
            data = await api.data(LIST, {"first": first}, people.token("owner"))
        edges = data["tickets"]["edges"]
        assert len(edges) == first
        node = edges[0]["node"]
        assert node["licenses"] and node["productVersion"]["version"] == "5.4.1"
        assert any(m["attachments"] for m in node["messages"])
        counts[first] = counted.value
    assert counts[1] == counts[10] == counts[100], counts
    assert counts[100] <= 10, counts
