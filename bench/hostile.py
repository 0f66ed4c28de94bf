"""A stream of generated hostile requests per role, against the app on a fresh demo database.

    python bench/hostile.py                    # 2000 requests per role
    python bench/hostile.py --requests 300     # quicker

For each role (anonymous and every demo login) the stream holds `--documents` documents
drawn from the schema by hypothesis-graphql (valid and invalid, every query and mutation;
one set for all roles) and the rest crafted (`tests/hostile.py`: bodies that are not JSON objects, lone surrogates, strings far
over their maximum, tampered cursors, ids past 64 bits, documents past the size limits,
anonymous uploads...). Prints per role the statuses seen, the answers that broke the rules
(HTTP 5xx, INTERNAL_SERVER_ERROR) and the log records at ERROR or with a traceback; exits 1
when any of those is not 0.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ROLES = [
    None,
    "owner@demo.test",
    "buyer@demo.test",
    "webmaster@demo.test",
    "owner@other.test",
    "agent@vendor.test",
    "billing@vendor.test",
    "manager@vendor.test",
]
LOGIN = 'mutation($e: String!) { login(email: $e, password: "demo") { ... on Session { token } } }'


class _Alarms(logging.Handler):
    """Log records at ERROR or carrying a traceback."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.ERROR or record.exc_info:
            self.records.append(f"{record.name}: {record.getMessage()[:200]}")


async def _role(api, login: str | None, count: int, index: int, drawn: list[str]) -> dict:
    from tests.hostile import crafted, problem

    headers = {}
    if login:
        answer = (
            await api.post("/graphql", json={"query": LOGIN, "variables": {"e": login}})
        ).json()
        headers["authorization"] = f"Bearer {answer['data']['login']['token']}"
    requests = [({"content-type": "application/json"}, _body(d)) for d in drawn[:count]]
    requests += crafted(count - len(requests), index)
    statuses: Counter[int] = Counter()
    broken: list[str] = []
    for request_headers, content in requests:
        response = await api.post(
            "/graphql", content=content, headers={**request_headers, **headers}
        )
        statuses[response.status_code] += 1
        if login and response.status_code == 401:
            # A generated logout or password change ended the session: a new one, as a
            # client would sign in again.
            headers = {"authorization": f"Bearer {await _token(login)}"}
        try:
            body = response.json()
        except ValueError:
            body = None
        if found := problem(response.status_code, body):
            broken.append(f"{found} <- {content[:160]!r}")
    return {"requests": len(requests), "statuses": dict(statuses), "broken": broken}


async def _token(email: str) -> str:
    """A session for the demo login, made directly as the tests make theirs (a generated
    password change may have changed the password)."""
    from models import User
    from tests.helpers import World

    return await World(services=None).token(await User.get(email=email))


def _body(document: str) -> bytes:
    import json

    return json.dumps({"query": document}).encode()


async def main(count: int, draw: int) -> int:
    import httpx2 as httpx
    from tortoise import Tortoise

    from accountdesk.app import create_app, start_services, stop_services
    from accountdesk.database import tortoise_config
    from accountdesk.demo import seed_demo
    from accountdesk.redis import EmbeddedRedis
    from accountdesk.settings import Settings

    var = Path(tempfile.mkdtemp(prefix="accountdesk-hostile-"))
    settings = Settings(
        var_dir=var,
        database_url=f"sqlite://{var / 'db.sqlite3'}",
        secret_key="hostile-bench-" + "x" * 40,
        files_dir=var / "files",
        mail_dir=var / "mail",
        login_attempts_per_address=10**6,
        login_attempts_per_account=10**6,
    )
    await Tortoise.init(config=tortoise_config(settings), _enable_global_fallback=True)
    await Tortoise.generate_schemas()
    await seed_demo()
    redis = EmbeddedRedis(settings.var_dir)
    services = await start_services(settings, redis.url)
    alarms = _Alarms()
    logging.getLogger().addHandler(alarms)
    from tests.hostile import documents

    # Drawing documents is slow (about 0.3 s each on a busy 2-core machine): one set, sent as
    # every role, the rest of each role's stream crafted.
    drawn = documents((ROOT / "schema.graphql").read_text(), min(count, draw), random_seed=0)
    failed = 0
    try:
        app = create_app(settings, services=services, manage_database=False)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as api:
            for index, login in enumerate(ROLES):
                started, before = time.monotonic(), len(alarms.records)
                report = await _role(api, login, count, index, drawn)
                logged = alarms.records[before:]
                print(
                    f"{login or 'anonymous':22s} {report['requests']} requests in "
                    f"{time.monotonic() - started:.0f} s, statuses {report['statuses']}, "
                    f"broken {len(report['broken'])}, error/traceback log lines {len(logged)}",
                    flush=True,
                )
                for line in report["broken"][:5] + logged[:5]:
                    print("   ", line)
                failed += len(report["broken"]) + len(logged)
    finally:
        await stop_services(services)
        redis.stop()
        await Tortoise.close_connections()
    return 1 if failed else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=2000, help="requests per role")
    parser.add_argument("--documents", type=int, default=300, help="drawn documents per role")
    arguments = parser.parse_args()
    sys.exit(asyncio.run(main(arguments.requests, arguments.documents)))
