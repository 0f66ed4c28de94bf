"""`postMessage`: a support agent answers a customer's ticket (the mutation scenario).

Each request writes a message to a ticket of its server (`prepare()` creates one per server,
with known ids, so each conversation grows by the same number of messages), so the steady
state is a staff answer: the ticket's UPDATE, the message INSERT and the customer's
mail in the outbox, in one transaction. (A history row is written only when a message reopens
a pre-closed ticket, so not here.) The answer is the new message, which the app reads back
through the ticket's messages loader, all messages of the ticket: the bare endpoint runs the
same statements, so the ticket growing by one message a request weighs on both.
"""

from __future__ import annotations

import asyncio
import secrets
from datetime import UTC, datetime

import aiosqlite
import orjson
from starlette.requests import Request
from starlette.responses import Response

from .me import session_row, unauthenticated

TICKET_IDS = {"app": 900_001, "bare": 900_002, "nocas": 900_003}  # one conversation each
CUSTOMER = "owner@demo.test"
QUERY = """mutation($input: PostMessageInput!) { postMessage(input: $input) {
  __typename ... on TicketMessage { id body author } ... on Error { code message } } }"""
BODY = "Please try again with 5.4.1."
VARIABLES = {"input": {"ticketId": str(TICKET_IDS["app"]), "body": BODY}}
LOGIN = "agent@vendor.test"
EXPECT = b'"__typename":"TicketMessage"'
REQUESTS = 1000
WARMUP = 50


def variables_for(target: str) -> dict:
    """The variables sent to `target` (app, bare, nocas): each writes to its own ticket."""
    return {"input": {"ticketId": str(TICKET_IDS[target]), "body": BODY}}


async def prepare() -> None:
    from models import Ticket, User
    from models.enums import Department
    from models.tickets import TicketKind, TicketStatus
    from resolvers import clock

    customer = await User.get(email=CUSTOMER)
    now = clock.now()
    for ticket_id in TICKET_IDS.values():
        await Ticket.create(
            id=ticket_id,
            number=ticket_id,
            account_id=customer.account_id,
            author_id=customer.id,
            type=TicketKind.SUPPORT,
            department=Department.SUPPORT,
            status=TicketStatus.IN_PROGRESS,
            title="Checkout fails",
            created_at=now,
            updated_at=now,
            last_message_at=now,
            first_staff_response_at=now,
        )


# The statements the app runs for this request, in order (the session lookup is `me`'s).
TICKET_SQL = """SELECT id, number, title, status, author_id, account_id FROM ticket
    WHERE id = ? AND (department = ? OR assignee_id = ?) LIMIT 1"""
STATUS_SQL = "SELECT status FROM ticket WHERE id = ?"
TOUCH_SQL = "UPDATE ticket SET last_message_at = ?, updated_at = ? WHERE id = ? AND status = ?"
MESSAGE_SQL = """INSERT INTO ticket_message (public_id, body, is_internal, from_staff,
    created_at, author_id, reply_to_id, ticket_id) VALUES (?, ?, 0, 1, ?, ?, NULL, ?)"""
CONTACT_SQL = "SELECT contact_email FROM user WHERE id = ? AND is_active = 1"
DEDUPE_SQL = "SELECT 1 FROM outbox_mail WHERE dedupe_key = ? LIMIT ?"
MAIL_SQL = """INSERT INTO outbox_mail (dedupe_key, recipient, subject, body, created_at,
    attempts, next_attempt_at, sent_at, last_error) VALUES (?, ?, ?, ?, ?, 0, ?, NULL, '')"""
MESSAGES_SQL = """SELECT id, public_id, ticket_id, author_id, reply_to_id, body, is_internal,
    from_staff, created_at FROM ticket_message WHERE ticket_id IN ({ticket})
    ORDER BY created_at, id"""
ATTACHMENTS_SQL = """SELECT id, message_id, display_name, content_type, size, created_at
    FROM ticket_attachment WHERE message_id IN ({messages}) ORDER BY id"""
PEOPLE_SQL = "SELECT id, name, email FROM user WHERE id IN ({users})"

# One connection, transactions one at a time: what Tortoise's SQLite client does too.
_WRITER = asyncio.Lock()


async def _one(db: aiosqlite.Connection, sql: str, params: tuple) -> tuple | None:
    async with db.execute(sql, params) as cursor:
        return await cursor.fetchone()


async def _write(
    db: aiosqlite.Connection, ticket_id: int, user_id: int, department: str, body: str
) -> str:
    """The transaction: lock the ticket, touch it, add the message and the customer's mail."""
    ticket = await _one(db, TICKET_SQL, (ticket_id, department, user_id))
    now = datetime.now(UTC)
    public_id = "M-" + secrets.token_hex(5).upper()
    await db.execute("BEGIN IMMEDIATE")
    try:
        await _one(db, TICKET_SQL, (ticket_id, department, user_id))
        (status,) = await _one(db, STATUS_SQL, (ticket_id,))
        await db.execute(TOUCH_SQL, (now, now, ticket_id, status))
        await db.execute(MESSAGE_SQL, (public_id, body, now, user_id, ticket_id))
        (recipient,) = await _one(db, CONTACT_SQL, (ticket[4],))
        key = f"ticket:{ticket_id}:message:{public_id}"
        if await _one(db, DEDUPE_SQL, (key, 1)) is None:
            subject = f"[Ticket #{ticket[1]}] {ticket[2]} [{public_id}]"
            text = (
                f"Ticket #{ticket[1]}: {ticket[2]}\nMessage ID: {public_id}\n\n{body}\n\n"
                "Answer in the Communication Center; quote the message ID when you write to us.\n"
            )
            await db.execute(MAIL_SQL, (key, recipient, subject, text, now, now))
        await db.commit()
    except BaseException:
        await db.rollback()
        raise
    return public_id


async def bare(request: Request, db: aiosqlite.Connection) -> Response:
    given = orjson.loads(await request.body())["variables"]["input"]
    ticket_id, body = int(given["ticketId"]), given["body"]
    session = await session_row(request, db)
    if session is None:
        return unauthenticated()
    async with _WRITER:
        public_id = await _write(db, ticket_id, session[2], session[7], body)
    async with db.execute(MESSAGES_SQL.format(ticket=ticket_id)) as cursor:
        messages = await cursor.fetchall()
    ids = ",".join(str(m[0]) for m in messages)
    async with db.execute(ATTACHMENTS_SQL.format(messages=ids)) as cursor:
        await cursor.fetchall()
    authors = ",".join(str(a) for a in {m[3] for m in messages} - {None})
    async with db.execute(PEOPLE_SQL.format(users=authors)) as cursor:
        names = {row[0]: row[1] or row[2] for row in await cursor.fetchall()}
    mine = next(m for m in messages if m[1] == public_id)
    answer = {"__typename": "TicketMessage", "id": public_id, "body": mine[5],
              "author": names.get(mine[3])}  # fmt: skip
    return Response(orjson.dumps({"data": {"postMessage": answer}}), media_type="application/json")
