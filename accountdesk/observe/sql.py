"""Counts every SQL statement Tortoise sends into the current request's record (and traces it).

Tortoise has no hook for this, so the statement methods of its SQLite and asyncpg clients are
wrapped once per process (`instrument()`), as OpenTelemetry's own database instrumentations do.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from accountdesk.observe import record, tracing

__all__ = ["instrument"]

_METHODS = (
    "execute_insert",
    "execute_many",
    "execute_query",
    "execute_query_dict",
    "execute_script",
)
_done = False


def _wrap(method: Callable[..., Any], system: str) -> Callable[..., Any]:
    @functools.wraps(method)
    async def counted(self: Any, query: str, *args: Any, **kwargs: Any) -> Any:
        current = record.current()
        if current is not None:
            current.statements += 1
        if not tracing.enabled():
            return await method(self, query, *args, **kwargs)
        # The statement text only: values are never recorded (they may be personal data).
        with tracing.span("sql", **{"db.system": system, "db.statement": query[:2000]}):
            return await method(self, query, *args, **kwargs)

    counted._accountdesk_counted = True  # type: ignore[attr-defined]
    return counted


def _classes() -> list[tuple[type, str]]:
    from tortoise.backends.sqlite import client as sqlite

    found: list[tuple[type, str]] = [
        (sqlite.SqliteClient, "sqlite"),
        (sqlite.SqliteTransactionWrapper, "sqlite"),
    ]
    try:
        from tortoise.backends.asyncpg import client as asyncpg
        from tortoise.backends.base_postgres.client import BasePostgresClient
    except ImportError:  # pragma: no cover - asyncpg is a dependency
        return found
    found += [
        (asyncpg.AsyncpgDBClient, "postgresql"),
        (asyncpg.TransactionWrapper, "postgresql"),
        (BasePostgresClient, "postgresql"),
    ]
    return found


def instrument() -> None:
    global _done
    if _done:
        return
    for cls, system in _classes():
        for name in _METHODS:
            method = cls.__dict__.get(name)
            if method is not None and not getattr(method, "_accountdesk_counted", False):
                setattr(cls, name, _wrap(method, system))
    _done = True
