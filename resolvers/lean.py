"""Hand-written SQL for the few statements every request runs (the session lookup, `me`).

Tortoise builds a `.values()` query anew on each call, and with a join and a dozen columns
the building cost more than running it (about 1.7 ms of the `me` request, see `bench/`).
A `Statement` is written once, with `{}` for each parameter, and gets the placeholders of
the connection's dialect; values come back converted by the models' own fields.

    FIND = Statement('SELECT "id", "name" FROM "account" WHERE "id" = {}', Account, "a")
    rows = await FIND.fetch(42)

Loaders whose `IN (...)` list changes length on each call write the integer keys into the
statement with `keys_sql` and run it with `fetch_converted`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from tortoise import connections

__all__ = ["Statement", "converter", "keys_sql", "fetch_converted"]


def converter(model: Any, field: str) -> Callable[[Any], Any]:
    """The model field's own database-to-Python conversion (dates, enums, JSON, booleans)."""
    return model._meta.fields_map[field].to_python_value


class Statement:
    def __init__(self, sql: str, converters: dict[str, Callable[[Any], Any]]) -> None:
        self.sql = sql
        self.converters = converters
        self._by_dialect: dict[str, str] = {}

    def _for(self, dialect: str) -> str:
        if dialect not in self._by_dialect:
            count = self.sql.count("{}")
            if dialect == "postgres":
                marks = [f"${i}" for i in range(1, count + 1)]
            else:
                marks = ["?"] * count
            self._by_dialect[dialect] = self.sql.format(*marks)
        return self._by_dialect[dialect]

    async def fetch(self, *params: Any) -> list[dict[str, Any]]:
        connection = connections.get("default")
        sql = self._for(connection.capabilities.dialect)
        rows = await connection.execute_query_dict(sql, list(params))
        return _converted(rows, self.converters)


def keys_sql(keys: Iterable[Any]) -> str:
    """Integer keys as the inside of `IN (...)`; `int()` makes writing them in safe."""
    return ",".join(str(int(key)) for key in keys) or "NULL"


async def fetch_converted(
    sql: str, converters: dict[str, Callable[[Any], Any]]
) -> list[dict[str, Any]]:
    """Run a statement without parameters (keys written in by `keys_sql`), rows converted."""
    rows = await connections.get("default").execute_query_dict(sql)
    return _converted(rows, converters)


def _converted(
    rows: list[dict[str, Any]], converters: dict[str, Callable[[Any], Any]]
) -> list[dict[str, Any]]:
    return [
        {key: converters[key](value) if key in converters else value for key, value in row.items()}
        for row in rows
    ]
