"""Every use of a Tortoise ORM (and pypika-tortoise) detail that is not public API, in one place.

Tested with tortoise-orm 1.1 and pypika-tortoise 0.6 (the bounds in `pyproject.toml`).
`tests/test_tortoise_compat.py` has one canary per function here: when an upgrade breaks one,
that test names what to check. Nothing outside this module may touch `_meta.fields_map`,
`_make_query`, `_choose_db_if_not_chosen`, `.query` or `_db` of a queryset.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from pypika_tortoise.terms import Parameterizer
from tortoise.backends.base.client import BaseDBAsyncClient, TransactionContext
from tortoise.backends.sqlite.client import (
    SqliteClient,
    SqliteTransactionContext,
    SqliteTransactionWrapper,
)
from tortoise.models import Model
from tortoise.queryset import AwaitableQuery

__all__ = [
    "converter",
    "column_defaults",
    "column_name",
    "table_name",
    "query_sql",
    "split_where",
    "query_db",
    "ImmediateSqliteClient",
]


def converter(model: type[Model], field: str) -> Callable[[Any], Any]:
    """The model field's own database-to-Python conversion (dates, enums, JSON, booleans)."""
    return model._meta.fields_map[field].to_python_value


def table_name(model: type[Model]) -> str:
    return model._meta.db_table


def column_name(model: type[Model], field: str) -> str:
    return model._meta.fields_db_projection.get(field, field)


def column_defaults(model: type[Model], columns: Sequence[str]) -> dict[str, Any]:
    """Python-side defaults of the columns not given (Tortoise keeps them out of the DDL)."""
    return {
        name: field.default
        for name, field in model._meta.fields_map.items()
        if name in model._meta.fields_db_projection
        and name not in columns
        and not field.pk
        and field.default is not None
        and not callable(field.default)
    }


def query_db(query: AwaitableQuery, for_write: bool = False) -> BaseDBAsyncClient:
    """The connection a queryset runs on (its `using_db`, else the default for its model)."""
    query._choose_db_if_not_chosen(for_write)
    return query._db


def query_sql(
    query: AwaitableQuery,
    lock_skip_of: str | None = None,
    returning: str | None = None,
    for_write: bool = False,
) -> tuple[str, list[Any]]:
    """A Tortoise query's SQL in the `{}` placeholder style of `resolvers.sql`, and its values.

    `lock_skip_of`: add `FOR UPDATE OF <table> SKIP LOCKED` where the database has it (Tortoise
    drops `select_for_update()` from `.values()` queries). `returning`: add `RETURNING <column>`
    (Tortoise's own update and delete have none).
    """
    db = query_db(query, for_write)
    query._make_query()  # builds `query.query` in the dialect of the chosen connection
    built = query.query
    if lock_skip_of and db.capabilities.support_for_update:
        built = built.for_update(skip_locked=True, of=(lock_skip_of,))
    if returning:
        built = built.returning(returning)
    parameterizer = Parameterizer(placeholder_factory=lambda _: "{}")
    sql = built.get_sql(built.QUERY_CLS.SQL_CONTEXT.copy(parameterizer=parameterizer))
    return sql, parameterizer.values


def split_where(sql: str) -> tuple[str, str]:
    """(everything before WHERE, the condition) of a generated single-table UPDATE or DELETE."""
    head, where = sql.split(" WHERE ", 1)
    return head, where


class _ImmediateTransaction(SqliteTransactionWrapper):
    async def begin(self) -> None:
        await self._connection.commit()
        await self._connection.execute("BEGIN IMMEDIATE")


class ImmediateSqliteClient(SqliteClient):
    """Tortoise's SQLite client whose transactions take the write lock at `BEGIN`.

    Tortoise begins with a plain (deferred) `BEGIN`: a transaction that reads, then writes
    after another process committed, fails at once with "database is locked" (SQLite cannot
    upgrade a stale read snapshot, and `busy_timeout` does not wait for that). Several
    `serve` processes, or `accountdesk worker` beside `serve`, write to one SQLite file; with
    `BEGIN IMMEDIATE` the second writer waits in the busy handler instead of failing.
    """

    def _in_transaction(self) -> TransactionContext:
        return SqliteTransactionContext(_ImmediateTransaction(self), self._lock)
