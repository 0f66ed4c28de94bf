"""Set-based writes for jobs: many rows in one prepared statement, without building models.

Tortoise's `bulk_create` instantiates and validates a model per row and sends a statement per
row, which costs more than the database work for the thousands of rows a sweep writes. Values go in as the driver takes
them (timezone-aware datetimes, plain strings), so callers pass enum values, not enums.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.models import Model

__all__ = ["insert_rows", "model_defaults"]

_MAX_PARAMETERS = 30_000


def model_defaults(model: type[Model], columns: Sequence[str]) -> dict[str, Any]:
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
    defaults = model_defaults(model, columns)
    columns = (*columns, *defaults)
    rows = [(*row, *defaults.values()) for row in rows]
    postgres = using_db.capabilities.dialect == "postgres"
    names = ", ".join(f'"{model._meta.fields_db_projection.get(c, c)}"' for c in columns)
    conflict = f' ON CONFLICT ("{skip_conflicts_on}") DO NOTHING' if skip_conflicts_on else ""
    # One multi-row VALUES statement per chunk: far cheaper than a statement per row, and
    # chunks keep under the drivers' limit of 32,767 parameters per statement.
    per_chunk = max(1, _MAX_PARAMETERS // len(columns))
    for start in range(0, len(rows), per_chunk):
        chunk = rows[start : start + per_chunk]
        params = [value for row in chunk for value in row]
        if postgres:
            numbers = iter(range(1, len(params) + 1))
            marks = ", ".join(
                "(" + ", ".join(f"${next(numbers)}" for _ in columns) + ")" for _ in chunk
            )
        else:
            marks = ", ".join(["(" + ", ".join("?" * len(columns)) + ")"] * len(chunk))
        sql = f'INSERT INTO "{model._meta.db_table}" ({names}) VALUES {marks}{conflict}'
        await using_db.execute_query(sql, params)
