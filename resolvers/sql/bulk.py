"""Set-based writes for jobs: many rows in one statement, without building models.

Tortoise's `bulk_create` instantiates and validates a model per row and sends a statement per
row, which costs more than the database work for the thousands of rows a sweep writes. Values
go in as the driver takes them (timezone-aware datetimes, plain strings), so callers pass enum
values, not enums.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.models import Model

from resolvers.sql import execute
from resolvers.tortoise_compat import column_defaults, column_name, table_name

__all__ = ["insert_rows"]

_MAX_PARAMETERS = 30_000


async def insert_rows(
    model: type[Model],
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    using_db: BaseDBAsyncClient,
    skip_conflicts_on: str | None = None,
) -> None:
    """INSERT `rows` (tuples in `columns` order) into `model`'s table, many rows a statement.

    `skip_conflicts_on`: a unique column; a row that would repeat its value is skipped
    (`ON CONFLICT (column) DO NOTHING`, on PostgreSQL and SQLite alike).
    """
    if not rows:
        return
    defaults = column_defaults(model, columns)
    columns = (*columns, *defaults)
    rows = [(*row, *defaults.values()) for row in rows]
    names = ", ".join(f'"{column_name(model, c)}"' for c in columns)
    conflict = f' ON CONFLICT ("{skip_conflicts_on}") DO NOTHING' if skip_conflicts_on else ""
    one_row = "(" + ", ".join("{}" for _ in columns) + ")"
    # One multi-row VALUES statement per chunk: far cheaper than a statement per row, and
    # chunks keep under the drivers' limit of 32,767 parameters per statement.
    per_chunk = max(1, _MAX_PARAMETERS // len(columns))
    for start in range(0, len(rows), per_chunk):
        chunk = rows[start : start + per_chunk]
        marks = ", ".join([one_row] * len(chunk))
        sql = f'INSERT INTO "{table_name(model)}" ({names}) VALUES {marks}{conflict}'
        await execute(sql, *(value for row in chunk for value in row), using_db=using_db)
