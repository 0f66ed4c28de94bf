"""`{ me { ... } }`: the request every client sends first; the session lookup dominates it."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import aiosqlite
import orjson
from starlette.requests import Request
from starlette.responses import Response

QUERY = "{ me { id email name accountType account { id name } } }"
LOGIN = "owner@demo.test"
EXPECT = b'"email":"owner@demo.test"'
SESSION_IDLE = timedelta(hours=12)  # the default of SESSION_IDLE_MINUTES

# The statements the app runs for this request (see the SQL log of `accountdesk serve`).
SESSION_SQL = """SELECT s."id", s."last_seen_at", s."user_id", u."account_id", u."email",
       u."account_type", u."staff_role", u."department"
    FROM "session" s JOIN "user" u ON u."id" = s."user_id"
    WHERE s."token_hash" = ? AND s."revoked_at" IS NULL AND s."expires_at" > ?
      AND s."last_seen_at" > ? AND u."is_active" = ?"""
ME_SQL = """SELECT u."id", u."email", u."name", u."contact_email", u."account_type", u."staff_role",
       u."department", u."is_active", u."newsletter_topics", u."account_id",
       a."name" AS "account__name"
    FROM "user" u LEFT JOIN "account" a ON a."id" = u."account_id"
    WHERE u."id" = ?"""


def unauthenticated() -> Response:
    body = {"errors": [{"message": "Sign in first.", "extensions": {"code": "UNAUTHENTICATED"}}]}
    return Response(orjson.dumps(body), status_code=401, media_type="application/json")


async def session_row(request: Request, db: aiosqlite.Connection) -> tuple | None:
    """The caller's session and user (id, last_seen_at, user_id, account_id, ...), or None."""
    token = request.headers.get("authorization", "").removeprefix("Bearer ")
    now = datetime.now(UTC)
    digest = hashlib.sha256(token.encode()).hexdigest()
    async with db.execute(SESSION_SQL, (digest, now, now - SESSION_IDLE, True)) as cursor:
        return await cursor.fetchone()


async def bare(request: Request, db: aiosqlite.Connection) -> Response:
    await request.body()
    session = await session_row(request, db)
    if session is None:
        return unauthenticated()
    async with db.execute(ME_SQL, (session[2],)) as cursor:
        user = await cursor.fetchone()
    me = {
        "id": str(user[0]),
        "email": user[1],
        "name": user[2],
        "accountType": user[3].upper() if user[3] else None,
        "account": {"id": str(user[9]), "name": user[10]} if user[9] else None,
    }
    return Response(orjson.dumps({"data": {"me": me}}), media_type="application/json")
