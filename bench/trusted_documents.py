"""`me` sent as text vs by `documentId` vs by Apollo's hash, in one process (no sockets).

    python bench/trusted_documents.py [--requests 3000]

Builds a scratch SQLite database in a temporary folder, signs one customer in, registers the
document, then times each form through the ASGI app (httpx's in-process transport) and, apart,
the schema alone (`schema.execute`), alternating the forms in rounds so that the machine's
other load falls on each alike. Prints the median CPU time per request of each form.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ME = "{ me { id email name accountType account { id name } } }"


async def _setup(folder: Path):
    from tortoise import Tortoise

    from accountdesk.app import create_app, start_services
    from accountdesk.database import tortoise_config
    from accountdesk.redis import EmbeddedRedis
    from accountdesk.settings import Settings
    from models import Account, DocumentSource, Session, User
    from models.enums import AccountType
    from resolvers import clock, documents
    from resolvers.auth import SESSION_PREFIX
    from resolvers.secrets import new_token, token_hash

    settings = Settings(var_dir=folder, database_url=f"sqlite://{folder / 'db.sqlite3'}",
                        secret_key="b" * 40)  # fmt: skip
    await Tortoise.init(config=tortoise_config(settings), _enable_global_fallback=True)
    await Tortoise.generate_schemas()
    redis = EmbeddedRedis(folder)
    services = await start_services(settings, redis.url)
    account = await Account.create(name="Bench")
    user = await User.create(account=account, email="bench@example.test", name="Bench",
                             contact_email="bench@example.test", password_hash="-",
                             account_type=AccountType.PRIMARY)  # fmt: skip
    token, now = new_token(SESSION_PREFIX), clock.now()
    await Session.create(user=user, token_hash=token_hash(token), created_at=now,
                         last_seen_at=now, expires_at=now + timedelta(days=1))  # fmt: skip
    registered = await documents.register(ME, DocumentSource.BUILD)
    return create_app(settings, services=services, manage_database=False), token, registered.id


async def _time(call, count: int) -> float:
    """CPU microseconds a request (the machine is shared: wall time would time the neighbours;
    SQLite's thread is counted, it is this process's)."""
    started = time.process_time()
    for _ in range(count):
        await call()
    return (time.process_time() - started) / count * 1e6


async def main(requests: int) -> None:
    import httpx2 as httpx

    from schema.context import RequestContext

    with tempfile.TemporaryDirectory() as scratch:
        app, token, document_id = await _setup(Path(scratch))
        headers = {"authorization": f"Bearer {token}"}
        unique = iter(range(10**9))
        bodies = {
            "text": {"query": ME},
            # A text the caches have not seen (a new comment each time): parsed and validated.
            "text, new": _Fresh(lambda: {"query": f"{ME} # {next(unique)}"}),
            "documentId": {"documentId": document_id},
            "apq hash": {"extensions": {"persistedQuery": {"version": 1,
                                                           "sha256Hash": document_id[7:]}}},
        }  # fmt: skip
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:

            async def over_http(body):
                response = await client.post("/graphql", json=body, headers=headers)
                assert b"bench@example.test" in response.content, response.content

            await _rounds("HTTP (ASGI, in process)", bodies, over_http, requests)

        view = app.routes[0].endpoint
        from resolvers.auth import principal_for_token

        principal = await principal_for_token(view.services.settings, token)

        async def schema_only(body):
            context = RequestContext(services=view.services, principal=principal)
            result = await view.schema.execute(
                body.get("query"), context_value=context,
                operation_extensions={**body.get("extensions", {}),
                                      **({"documentId": body["documentId"]}
                                         if "documentId" in body else {})},
            )  # fmt: skip
            assert result.errors is None, result.errors

        await _rounds("schema.execute only", bodies, schema_only, requests)


class _Fresh:
    """A body made anew for each request."""

    def __init__(self, make) -> None:
        self.make = make


async def _rounds(title, bodies, call, requests):
    def send(body):
        return call(body.make() if isinstance(body, _Fresh) else body)

    samples: dict[str, list[float]] = {name: [] for name in bodies}
    for body in bodies.values():  # warm up
        await _time(lambda b=body: send(b), 50)
    for _ in range(20):
        for name, body in bodies.items():
            samples[name].append(await _time(lambda b=body: send(b), requests // 20))
    print(f"{title}, {requests} requests per form")
    base = statistics.median(samples["text"])
    for name, values in samples.items():
        median = statistics.median(values)
        print(f"  {name:12} {median:8.0f} µs CPU/request   {median / base:5.2f}x of text")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=3000)
    asyncio.run(main(parser.parse_args().requests))
