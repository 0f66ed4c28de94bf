"""Claiming rows for set-based jobs, on Tortoise queries (so each rule stays one `Q`):

- `locked_rows`: `values(*columns)` with `FOR UPDATE OF <table> SKIP LOCKED` where the database
  has it (Tortoise drops `select_for_update()` from `.values()` queries), so racing workers
  take disjoint rows;
- `returning_ids`: a Tortoise UPDATE or DELETE with `RETURNING id` (Tortoise's own API has
  none), so a conditional change says which rows it really changed.
"""

from __future__ import annotations

from typing import Any

from resolvers.sql import fetch
from resolvers.tortoise_compat import query_sql, table_name

__all__ = ["locked_rows", "returning_ids"]


async def locked_rows(queryset: Any, columns: tuple[str, ...], conn: Any) -> list[dict]:
    table = table_name(queryset.model)
    sql, params = query_sql(queryset.values(*columns), lock_skip_of=table, for_write=True)
    return await fetch(sql, *params, using_db=conn)


async def returning_ids(query: Any, conn: Any) -> set[int]:
    sql, params = query_sql(query, returning="id", for_write=True)
    return {row["id"] for row in await fetch(sql, *params, using_db=conn)}
