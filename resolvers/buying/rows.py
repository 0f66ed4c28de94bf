"""The buying area's hand-written statements: the ones an ORM cannot say in one atomic step.

Each runs on the caller's transaction (`using_db`) with the placeholders of its dialect.
"""

from __future__ import annotations

from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

__all__ = ["run", "next_counter_value", "add_to_balance", "take_from_balance"]


def _marks(sql: str, dialect: str) -> str:
    count = sql.count("{}")
    if dialect == "postgres":
        return sql.format(*[f"${i}" for i in range(1, count + 1)])
    return sql.format(*["?"] * count)


async def run(using_db: BaseDBAsyncClient, sql: str, *params: Any) -> list[dict[str, Any]]:
    """Run one statement with `{}` for each parameter; rows as dicts (RETURNING included)."""
    return await using_db.execute_query_dict(
        _marks(sql, using_db.capabilities.dialect), list(params)
    )


_COUNTER = (
    'INSERT INTO "document_counter" ("name", "value") VALUES ({}, 1) '
    'ON CONFLICT ("name") DO UPDATE SET "value" = "document_counter"."value" + 1 '
    'RETURNING "value"'
)
_CREDIT = (
    'INSERT INTO "liability_balance" ("account_id", "unit", "balance") VALUES ({}, {}, {}) '
    'ON CONFLICT ("account_id", "unit") DO UPDATE '
    'SET "balance" = "liability_balance"."balance" + EXCLUDED."balance" RETURNING "balance"'
)
_DEBIT = (
    'UPDATE "liability_balance" SET "balance" = "balance" - {} '
    'WHERE "account_id" = {} AND "unit" = {} AND "balance" >= {} RETURNING "balance"'
)


async def next_counter_value(using_db: BaseDBAsyncClient, name: str) -> int:
    """Bump the counter row (made on first use); it stays locked until `using_db` commits."""
    rows = await run(using_db, _COUNTER, name)
    return int(rows[0]["value"])


async def add_to_balance(
    using_db: BaseDBAsyncClient, account_id: int, unit: str, amount: int
) -> int:
    rows = await run(using_db, _CREDIT, account_id, unit, amount)
    return int(rows[0]["balance"])


async def take_from_balance(
    using_db: BaseDBAsyncClient, account_id: int, unit: str, amount: int
) -> int | None:
    """The new balance, or None when it holds less than `amount` (nothing changed then)."""
    rows = await run(using_db, _DEBIT, amount, account_id, unit, amount)
    return int(rows[0]["balance"]) if rows else None
