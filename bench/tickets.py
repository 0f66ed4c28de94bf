"""Bench: `tickets(first: 50)` with the last messages, attachments and licenses of each,
against a bare Starlette endpoint running the same SQL with orjson, in one run.

    python -m bench.tickets [--requests 200]

`scenario(...)` is the part a shared bench harness can call with its own app and baseline.
Prints requests per second of both, their ratio and the SQL statement count per request.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from tortoise import Tortoise, connections

from models import (
    Brand,
    License,
    ProductVersion,
    Session,
    Ticket,
    TicketAttachment,
    TicketMessage,
)
from models.enums import Department
from models.tickets import TicketType
from resolvers import clock
from resolvers.secrets import new_token, token_hash

__all__ = ["QUERY", "seed_tickets", "scenario", "bare_app", "main"]

QUERY = """query($first: Int!) { tickets(first: $first) { edges { node {
  id number title status author assignee
  productVersion { version obsolete outOfGuarantee }
  licenses { id brand url }
  messages(last: 3) { id body author replyTo attachments { id name size downloadUrl } }
} } } }"""


async def seed_tickets(account_id: int, author_id: int, count: int) -> None:
    """`count` tickets, each with 2 messages, an attachment and a license (bulk inserts)."""
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


_BARE_SQL = [
    "SELECT s.id, u.id AS user_id, u.account_id FROM session s JOIN user u ON u.id = s.user_id "
    "WHERE s.token_hash = ? AND s.revoked_at IS NULL",
    "SELECT id, number, title, status, author_id, assignee_id, product_version_id FROM ticket "
    "WHERE account_id = ? ORDER BY created_at DESC, id DESC LIMIT 51",
    "SELECT id, public_id, ticket_id, author_id, reply_to_id, body FROM ticket_message "
    "WHERE ticket_id IN ({tickets}) AND is_internal = 0 ORDER BY created_at, id",
    "SELECT id, name, email FROM user WHERE id IN ({users})",
    "SELECT id, message_id, display_name, size FROM ticket_attachment "
    "WHERE message_id IN ({messages}) ORDER BY id",
    "SELECT tl.ticket_id, l.id, l.url, b.name FROM ticket_license tl "
    "JOIN license l ON l.id = tl.license_id JOIN brand b ON b.id = l.brand_id "
    "WHERE tl.ticket_id IN ({tickets})",
    "SELECT id, brand_id, version, branch, released_on FROM product_version WHERE id IN ({versions})",
    "SELECT id, brand_id, version, branch, released_on FROM product_version "
    "WHERE brand_id IN ({brands})",
]


def _marks(values: list[Any]) -> str:
    return ",".join(str(int(v)) for v in values) or "NULL"


def bare_app() -> Starlette:
    """The baseline: the same statements, hand-written, rows straight to orjson (SQLite)."""

    async def tickets(request: Request) -> Response:
        conn = connections.get("default")
        token = request.headers["authorization"].split()[-1]
        session = (await conn.execute_query_dict(_BARE_SQL[0], [token_hash(token)]))[0]
        rows = await conn.execute_query_dict(_BARE_SQL[1], [session["account_id"]])
        ids = _marks([r["id"] for r in rows])
        messages = await conn.execute_query_dict(_BARE_SQL[2].format(tickets=ids))
        users = await conn.execute_query_dict(
            _BARE_SQL[3].format(users=_marks({m["author_id"] for m in messages}))
        )
        files = await conn.execute_query_dict(
            _BARE_SQL[4].format(messages=_marks([m["id"] for m in messages]))
        )
        licenses = await conn.execute_query_dict(_BARE_SQL[5].format(tickets=ids))
        versions = await conn.execute_query_dict(
            _BARE_SQL[6].format(versions=_marks({r["product_version_id"] for r in rows}))
        )
        await conn.execute_query_dict(
            _BARE_SQL[7].format(brands=_marks({v["brand_id"] for v in versions}))
        )
        body = {
            "tickets": rows,
            "messages": messages,
            "users": users,
            "files": files,
            "licenses": licenses,
            "versions": versions,
        }
        return Response(orjson.dumps(body, default=str), media_type="application/json")

    return Starlette(routes=[Route("/tickets", tickets, methods=["POST"])])


class _Counter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.value = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().lstrip().upper().startswith(("SELECT", "INSERT", "UPDATE")):
            self.value += 1


async def _rate(client: Any, path: str, payload: dict, headers: dict, requests: int) -> float:
    for _ in range(5):  # warm the caches of both sides
        await client.post(path, json=payload, headers=headers)
    started = time.perf_counter()
    for _ in range(requests):
        response = await client.post(path, json=payload, headers=headers)
        assert response.status_code == 200, response.text
    return requests / (time.perf_counter() - started)


async def scenario(app: Any, baseline: Any, token: str, requests: int = 200) -> dict:
    """Measure `tickets(first: 50)` against the baseline; returns the numbers it prints."""
    import httpx2 as httpx

    headers = {"authorization": f"Bearer {token}"}
    payload = {"query": QUERY, "variables": {"first": 50}}
    logger = logging.getLogger("tortoise.db_client")
    logger.setLevel(logging.DEBUG)
    counter = _Counter()
    async with (
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://b") as api,
        httpx.AsyncClient(transport=httpx.ASGITransport(app=baseline), base_url="http://b") as bare,
    ):
        logger.addHandler(counter)
        response = await api.post("/graphql", json=payload, headers=headers)
        logger.removeHandler(counter)
        assert "errors" not in response.json(), response.json()
        logger.setLevel(logging.WARNING)
        graphql = await _rate(api, "/graphql", payload, headers, requests)
        raw = await _rate(bare, "/tickets", payload, headers, requests)
    result = {
        "graphql_rps": graphql,
        "bare_rps": raw,
        "ratio": raw / graphql,
        "statements": counter.value,
    }
    print(
        f"tickets(first: 50): GraphQL {graphql:.0f} req/s, bare {raw:.0f} req/s, "
        f"ratio {result['ratio']:.1f}x, {counter.value} SQL statements per request"
    )
    return result


async def main(requests: int) -> dict:
    from accountdesk.app import create_app, start_services, stop_services
    from accountdesk.database import tortoise_config
    from accountdesk.redis import EmbeddedRedis
    from accountdesk.settings import Settings
    from models import Account, User
    from models.enums import AccountType

    var_dir = Path(tempfile.mkdtemp(prefix="accountdesk-bench-"))
    settings = Settings(
        var_dir=var_dir,
        secret_key="bench-" + "x" * 40,
        database_url=f"sqlite://{var_dir / 'bench.sqlite3'}",
        files_dir=var_dir / "files",
    )
    await Tortoise.init(config=tortoise_config(settings), _enable_global_fallback=True)
    await Tortoise.generate_schemas()
    redis = EmbeddedRedis(var_dir)
    services = await start_services(settings, redis.url)
    try:
        account = await Account.create(name="Bench Store")
        user = await User.create(
            account=account,
            email="bench@demo.test",
            contact_email="bench@demo.test",
            account_type=AccountType.PRIMARY,
        )
        await services.roles_changed(user)
        await seed_tickets(account.id, user.id, 50)
        token = new_token("ads")
        now = clock.now()
        await Session.create(
            user=user,
            token_hash=token_hash(token),
            created_at=now,
            last_seen_at=now,
            expires_at=now + timedelta(days=1),
        )
        app = create_app(settings, services=services, manage_database=False)
        return await scenario(app, bare_app(), token, requests)
    finally:
        await stop_services(services)
        redis.stop()
        await Tortoise.close_connections()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    asyncio.run(main(parser.parse_args().requests))
