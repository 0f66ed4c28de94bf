"""`tickets(first: 50)` with the last messages, attachments and licenses of each: ~1,500 fields.

`prepare()` adds 50 tickets (2 messages, an attachment and a license each) to the demo owner's
account; they are the newest, so they are the page the query reads.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

import aiosqlite
import orjson
from starlette.requests import Request
from starlette.responses import Response

from .me import session_row, unauthenticated

QUERY = """query($first: Int!) { tickets(first: $first) { edges { node {
  id number title status author assignee
  productVersion { version obsolete outOfGuarantee }
  licenses { id brand url }
  messages(last: 3) { id body author replyTo attachments { id name size downloadUrl } }
} } } }"""
VARIABLES = {"first": 50}
LOGIN = "owner@demo.test"
EXPECT = b'"title":"Problem 49"'
REQUESTS = 300  # about 15 s of the app before tuning; 2000 would take minutes
WARMUP = 30
COUNT = 50


async def seed_tickets(account_id: int, author_id: int, count: int) -> None:
    """`count` tickets, each with 2 messages, an attachment and a license (bulk inserts)."""
    from models import Brand, License, ProductVersion, Ticket, TicketAttachment, TicketMessage
    from models.enums import Department
    from models.tickets import TicketKind
    from resolvers import clock

    now = clock.now()
    brand = await Brand.create(code=f"bench{account_id}", name="X-Cart 5")
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
                type=TicketKind.SUPPORT,
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
    ids = await Ticket.filter(account_id=account_id, number__gte=500000).values_list(
        "id", flat=True
    )
    await TicketMessage.bulk_create(
        [
            TicketMessage(
                public_id=f"M-SEED{t:05d}{n}",
                ticket_id=t,
                author_id=author_id,
                body="The checkout fails at step 2 with a blank page.",
                created_at=now,
            )
            for t in ids
            for n in range(2)
        ]
    )
    first = await TicketMessage.filter(ticket_id__in=ids, public_id__endswith="0").values(
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
            for m in first
        ]
    )
    for ticket in await Ticket.filter(id__in=ids):
        await ticket.licenses.add(license)


async def prepare() -> None:
    from models import User

    owner = await User.get(email=LOGIN)
    await seed_tickets(owner.account_id, owner.id, COUNT)


# The statements the app runs for this request (the session lookup is `me`'s).
TICKETS_SQL = """SELECT id, number, title, status, author_id, assignee_id, product_version_id
    FROM ticket WHERE account_id = ? ORDER BY created_at DESC, id DESC LIMIT ?"""
MESSAGES_SQL = """SELECT id, public_id, ticket_id, author_id, reply_to_id, body, is_internal,
    from_staff, created_at FROM ticket_message WHERE ticket_id IN ({tickets})
    AND is_internal = FALSE ORDER BY created_at, id"""
ATTACHMENTS_SQL = """SELECT id, message_id, display_name, content_type, size, created_at
    FROM ticket_attachment WHERE message_id IN ({messages}) ORDER BY id"""
PEOPLE_SQL = "SELECT id, name, email FROM user WHERE id IN ({users})"
LICENSES_SQL = """SELECT l.id, l.url, b.name, tl.ticket_id FROM ticket_license tl
    JOIN license l ON l.id = tl.license_id JOIN brand b ON b.id = l.brand_id
    WHERE tl.ticket_id IN ({tickets}) ORDER BY l.id"""
VERSIONS_SQL = """SELECT v.id, v.brand_id, v.version, v.branch, v.released_on, b.name
    FROM product_version v JOIN brand b ON b.id = v.brand_id WHERE v.id IN ({versions})"""
BRAND_VERSIONS_SQL = """SELECT id, brand_id, version, branch, released_on FROM product_version
    WHERE brand_id IN ({brands})"""


def _keys(values) -> str:
    return ",".join(str(int(v)) for v in values) or "NULL"


async def _all(db: aiosqlite.Connection, sql: str, params: tuple = ()) -> list:
    async with db.execute(sql, params) as cursor:
        return await cursor.fetchall()


async def bare(request: Request, db: aiosqlite.Connection) -> Response:
    """The same statements, rows shaped into the same JSON (version marks and download-link
    signatures left out: they are the app's rules, not the framework's cost)."""
    first = orjson.loads(await request.body())["variables"]["first"]
    session = await session_row(request, db)
    if session is None:
        return unauthenticated()
    tickets = await _all(db, TICKETS_SQL, (session[3], first + 1))
    tickets = tickets[:first]
    ids = _keys(t[0] for t in tickets)
    messages = await _all(db, MESSAGES_SQL.format(tickets=ids))
    files = await _all(db, ATTACHMENTS_SQL.format(messages=_keys(m[0] for m in messages)))
    authors = {m[3] for m in messages} | {t[4] for t in tickets} | {t[5] for t in tickets}
    people = await _all(db, PEOPLE_SQL.format(users=_keys(authors - {None})))
    licenses = await _all(db, LICENSES_SQL.format(tickets=ids))
    versions = await _all(db, VERSIONS_SQL.format(versions=_keys({t[6] for t in tickets})))
    await _all(db, BRAND_VERSIONS_SQL.format(brands=_keys({v[1] for v in versions})))
    names = {p[0]: p[1] or p[2] for p in people}
    by_message, by_ticket, licensed = defaultdict(list), defaultdict(list), defaultdict(list)
    for f in files:
        by_message[f[1]].append(
            {
                "id": str(f[0]),
                "name": f[2],
                "size": f[4],
                "downloadUrl": f"/files/attachment/{f[0]}",
            }
        )
    public_ids = {m[0]: m[1] for m in messages}
    for m in messages:
        by_ticket[m[2]].append(
            {
                "id": m[1],
                "body": m[5],
                "author": names.get(m[3]),
                "replyTo": public_ids.get(m[4]),
                "attachments": by_message[m[0]],
            }
        )
    for lic in licenses:
        licensed[lic[3]].append({"id": str(lic[0]), "brand": lic[2], "url": lic[1]})
    version_of = {
        v[0]: {"version": v[2], "obsolete": False, "outOfGuarantee": False} for v in versions
    }
    edges = [
        {
            "node": {
                "id": str(t[0]),
                "number": t[1],
                "title": t[2],
                "status": t[3].upper(),
                "author": names.get(t[4]),
                "assignee": names.get(t[5]),
                "productVersion": version_of.get(t[6]),
                "licenses": licensed[t[0]],
                "messages": by_ticket[t[0]][-3:],
            }
        }
        for t in tickets
    ]
    body = {"data": {"tickets": {"edges": edges}}}
    return Response(orjson.dumps(body), media_type="application/json")
