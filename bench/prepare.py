"""Run by `run.py` before the servers start: each scenario's `prepare()` (its extra rows), then
one request of each through the app in this process, counting its SQL statements.

    python bench/prepare.py me tickets      # with VAR_DIR, DATABASE_URL, SECRET_KEY set

Prints one `name statements` line per scenario for `run.py` to read.
"""

from __future__ import annotations

import asyncio
import logging
import sys

import orjson
import scenarios
from tortoise import Tortoise


class _Counter(logging.Handler):
    """Statements as the tests count them (`tests/helpers.py` SqlCounter)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.value = 0

    def emit(self, record: logging.LogRecord) -> None:
        verb = record.getMessage().split(":", 1)[0].strip().upper()
        if verb.startswith(("SELECT", "INSERT", "UPDATE", "DELETE", "WITH")):
            self.value += 1


async def _post(api, body: dict, headers: dict | None = None) -> dict:
    headers = {"content-type": "application/json", **(headers or {})}
    response = await api.post("/graphql", content=orjson.dumps(body), headers=headers)
    return response.json()


async def main(names: list[str]) -> None:
    import httpx2 as httpx

    from accountdesk.app import create_app, start_services, stop_services
    from accountdesk.database import tortoise_config
    from accountdesk.redis import EmbeddedRedis
    from accountdesk.settings import Settings

    settings = Settings.from_env()
    await Tortoise.init(config=tortoise_config(settings), _enable_global_fallback=True)
    redis = EmbeddedRedis(settings.var_dir)
    services = await start_services(settings, redis.url)
    logger = logging.getLogger("tortoise.db_client")
    try:
        app = create_app(settings, services=services, manage_database=False)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as api:
            for name in names:
                scenario = scenarios.load(name)
                if hasattr(scenario, "prepare"):
                    await scenario.prepare()
                headers = {}
                if scenario.LOGIN:
                    variables = {"e": scenario.LOGIN}
                    login = await _post(
                        api, {"query": scenarios.LOGIN_QUERY, "variables": variables}
                    )
                    if not login.get("data"):
                        raise SystemExit(f"{name}: login failed: {login}")
                    headers["Authorization"] = f"Bearer {login['data']['login']['token']}"
                body = {"query": scenario.QUERY, "variables": getattr(scenario, "VARIABLES", {})}
                await _post(api, body, headers)  # first request: caches, policy
                counter = _Counter()
                logger.setLevel(logging.DEBUG)
                logger.addHandler(counter)
                try:
                    answer = await _post(api, body, headers)
                finally:
                    logger.removeHandler(counter)
                    logger.setLevel(logging.WARNING)
                if "errors" in answer:
                    raise SystemExit(f"{name}: {answer['errors']}")
                print(name, counter.value, flush=True)
    finally:
        await stop_services(services)
        redis.stop()
        await Tortoise.close_connections()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
