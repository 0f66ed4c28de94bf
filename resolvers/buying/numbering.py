"""Numbered documents: receipts now, invoices next. No gaps, no duplicates, on both backends.

The number is taken inside the transaction that issues the document, from a counter row per
(kind, year) that the upsert locks until that transaction commits; a rollback gives the
number back, so the sequence has no holes.

    number = await next_number(conn, "receipt")    # "R-2026-000001"
"""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient

from resolvers import clock
from resolvers.sql.buying import next_counter_value

__all__ = ["DOCUMENT_FORMATS", "next_number"]

# kind -> format of the printed number; {year} and {value} are filled in.
DOCUMENT_FORMATS = {
    "receipt": "R-{year}-{value:06d}",
    "invoice": "{year}-{value:06d}",
}


async def next_number(using_db: BaseDBAsyncClient, kind: str) -> str:
    year = clock.now().year
    value = await next_counter_value(using_db, f"{kind}:{year}")
    return DOCUMENT_FORMATS[kind].format(year=year, value=value)
