"""The one way to run hand-written SQL, and the one package that holds SQL text.

Why SQL by hand at all: Tortoise builds a query anew on each call, and for the statements
every request runs (the session lookup, `me`, the loaders of a ticket page) building the query
and the model objects cost more than running it (see `bench/`). Everything else stays on the
ORM.

Where: one module per area (`resolvers/sql/accounts.py`, `tickets.py`, `sweep.py`, ...), the
rules that use the rows stay in `resolvers/<area>/`. `tests/test_sql_home.py` fails when SQL
text appears anywhere else (migrations and the bare baselines of `bench/` excepted).

Placeholders, one style: `{}` for each parameter, in order. The runner writes `$1, $2...` on
PostgreSQL and `?` on SQLite. Two parameter wrappers:

- `Keys(ids)`: integers written into the text, for `IN ({})` lists whose length changes on each
  call (a prepared statement per length costs more than it saves; `int()` makes it safe).
- `Typed(value, "timestamptz")`: `$n::timestamptz` on PostgreSQL (where a bare parameter in a
  `SELECT` list has no type), `?` on SQLite.

    FIND = Statement('SELECT "id", "name" FROM "account" WHERE "id" = {}')
    rows = await FIND.fetch(42)
    count, rows = await execute('UPDATE "ticket" SET ... WHERE "id" IN ({})', Keys(ids), using_db=conn)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any, NamedTuple

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient

from resolvers.tortoise_compat import converter

__all__ = ["Statement", "Keys", "Typed", "converter", "render", "fetch", "execute", "dialect_of"]

Converters = dict[str, Callable[[Any], Any]]


class Keys(tuple):
    """Integer keys written into the statement (`IN ({})`); empty gives `NULL` (matches none)."""

    def __new__(cls, keys: Iterable[Any]) -> Keys:
        return super().__new__(cls, (int(key) for key in keys))

    def sql(self) -> str:
        return ",".join(map(str, self)) or "NULL"


class Typed(NamedTuple):
    value: Any
    pg_type: str


@lru_cache(maxsize=512)
def _pieces(sql: str) -> tuple[str, ...]:
    return tuple(sql.split("{}"))


def render(sql: str, params: Iterable[Any], dialect: str) -> tuple[str, list[Any]]:
    """The statement in the dialect's placeholders, and the values the driver gets."""
    pieces = _pieces(sql)
    params = list(params)
    if len(params) != len(pieces) - 1:
        raise ValueError(f"{len(pieces) - 1} placeholders, {len(params)} parameters: {sql[:80]}")
    postgres = dialect == "postgres"
    out = [pieces[0]]
    values: list[Any] = []
    for param, piece in zip(params, pieces[1:], strict=True):
        if isinstance(param, Keys):
            out.append(param.sql())
        else:
            typed = isinstance(param, Typed)
            values.append(param.value if typed else param)
            if postgres:
                out.append(f"${len(values)}::{param.pg_type}" if typed else f"${len(values)}")
            else:
                out.append("?")
        out.append(piece)
    return "".join(out), values


def dialect_of(using_db: BaseDBAsyncClient | None = None) -> str:
    return (using_db or connections.get("default")).capabilities.dialect


async def fetch(
    sql: str, *params: Any, types: Converters | None = None, using_db: Any = None
) -> list[dict[str, Any]]:
    """Rows as dicts, values converted by `types` (the models' own field conversions)."""
    connection = using_db or connections.get("default")
    text, values = render(sql, params, connection.capabilities.dialect)
    rows = await connection.execute_query_dict(text, values)
    return _converted(rows, types) if types else rows


async def execute(sql: str, *params: Any, using_db: Any = None) -> tuple[int, list[Any]]:
    """(rows affected, rows as the driver returns them): for writes and bulk reads of tuples."""
    connection = using_db or connections.get("default")
    text, values = render(sql, params, connection.capabilities.dialect)
    return await connection.execute_query(text, values)


class Statement:
    """A statement written once with the types of its columns: `await STATEMENT.fetch(*params)`."""

    def __init__(self, sql: str, types: Converters | None = None) -> None:
        self.sql = sql
        self.types = types or {}

    async def fetch(self, *params: Any, using_db: Any = None) -> list[dict[str, Any]]:
        return await fetch(self.sql, *params, types=self.types, using_db=using_db)


def _converted(rows: list[dict[str, Any]], types: Converters) -> list[dict[str, Any]]:
    return [
        {key: types[key](value) if key in types else value for key, value in row.items()}
        for row in rows
    ]
