"""Bench scenarios: one module per request, found by name (`bench/scenarios/<name>.py`).

A scenario module defines:
- `QUERY` (and optionally `VARIABLES`): the GraphQL request sent to the app;
- `LOGIN`: the demo email to sign in as (None for anonymous requests);
- optionally `REQUESTS` and `WARMUP` (defaults 2000 and 300) for slow requests, and
  `async def prepare()`: rows the scenario needs beyond the demo data (Tortoise is ready);
- `EXPECT`: bytes that every good answer contains (both servers);
- `async def bare(request, db) -> Response`: the bare Starlette handler running the same SQL
  on an `aiosqlite` connection `db`, mounted at `/bare/<name>`.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from types import ModuleType

__all__ = ["available", "load", "LOGIN_QUERY"]

LOGIN_QUERY = (
    'mutation($e: String!) { login(email: $e, password: "demo") { ... on Session { token } } }'
)


def available() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)]))


def load(name: str) -> ModuleType:
    return importlib.import_module(f"scenarios.{name}")
