"""Set-based writes for jobs: many rows in one statement, without building models.

Tortoise's `bulk_create` instantiates and validates a model per row and sends a statement per
row, which costs more than the database work for the thousands of rows a sweep writes. Values
go in as the driver takes them (timezone-aware datetimes, plain strings), so callers pass enum
values, not enums.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import orjson
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.models import Model

from resolvers.sql import Typed, dialect_of, execute
from resolvers.tortoise_compat import column_defaults, column_name, table_name

__all__ = ["insert_rows", "insert_texts"]

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


# PostgreSQL types of the values every row shares (a bare parameter in a SELECT list has none).
_SHARED_TYPES = {bool: "boolean", int: "bigint", str: "text", datetime: "timestamptz"}


async def insert_texts(
    model: type[Model],
    texts: Mapping[str, Sequence[str | None]],
    shared: Mapping[str, Any],
    using_db: BaseDBAsyncClient,
    skip_conflicts_on: str | None = None,
) -> None:
    """INSERT one row per position of the text columns `texts` (name -> one value per row),
    every row with the `shared` values and the model's defaults, in one statement.

    The rows go in as arrays, whatever their number: `unnest` of one text array per column
    on PostgreSQL, `json_each` of one JSON array of rows on SQLite. Four parameters instead of
    a `VALUES` list of thousands, which the runner and the drivers handle one by one (for
    2,000 mails that cost more than the INSERT itself).
    """
    columns = list(texts.values())
    if not columns or not columns[0]:
        return
    shared = {**shared, **column_defaults(model, [*texts, *shared])}
    names = ", ".join(f'"{column_name(model, c)}"' for c in [*texts, *shared])
    conflict = f' ON CONFLICT ("{skip_conflicts_on}") DO NOTHING' if skip_conflicts_on else ""
    values = [Typed(value, _SHARED_TYPES[type(value)]) for value in shared.values()]
    marks = ", ".join("{}" for _ in values)
    head = f'INSERT INTO "{table_name(model)}" ({names}) SELECT '
    if dialect_of(using_db) == "postgres":
        arrays = [Typed(list(column), "text[]") for column in columns]
        picked = ", ".join(f"c{n}" for n in range(len(columns)))
        source = f"unnest({', '.join('{}' for _ in arrays)}) AS rows({picked})"
        sql = f"{head}{picked}, {marks} FROM {source}{conflict}"
        await execute(sql, *values, *arrays, using_db=using_db)
        return
    picked = ", ".join(f"json_extract(value, '$[{n}]')" for n in range(len(columns)))
    rows = orjson.dumps(list(zip(*columns, strict=True))).decode()
    # `WHERE true`: SQLite's parser needs it between `INSERT ... SELECT` and `ON CONFLICT`.
    sql = f"{head}{picked}, {marks} FROM json_each({{}}) WHERE true{conflict}"
    await execute(sql, *values, rows, using_db=using_db)
