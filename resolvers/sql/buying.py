"""The buying area's hand-written statements: the ones an ORM cannot say in one atomic step.

Each runs on the caller's transaction (`using_db`) through the one runner (`resolvers/sql`).
"""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient

from resolvers.sql import Statement

__all__ = ["next_counter_value", "add_to_balance", "take_from_balance"]

_COUNTER = Statement(
    'INSERT INTO "document_counter" ("name", "value") VALUES ({}, 1) '
    'ON CONFLICT ("name") DO UPDATE SET "value" = "document_counter"."value" + 1 '
    'RETURNING "value"'
)
_CREDIT = Statement(
    'INSERT INTO "liability_balance" ("account_id", "unit", "balance") VALUES ({}, {}, {}) '
    'ON CONFLICT ("account_id", "unit") DO UPDATE '
    'SET "balance" = "liability_balance"."balance" + EXCLUDED."balance" RETURNING "balance"'
)
_DEBIT = Statement(
    'UPDATE "liability_balance" SET "balance" = "balance" - {} '
    'WHERE "account_id" = {} AND "unit" = {} AND "balance" >= {} RETURNING "balance"'
)


async def next_counter_value(using_db: BaseDBAsyncClient, name: str) -> int:
    """Bump the counter row (made on first use); it stays locked until `using_db` commits."""
    rows = await _COUNTER.fetch(name, using_db=using_db)
    return int(rows[0]["value"])


async def add_to_balance(
    using_db: BaseDBAsyncClient, account_id: int, unit: str, amount: int
) -> int:
    rows = await _CREDIT.fetch(account_id, unit, amount, using_db=using_db)
    return int(rows[0]["balance"])


async def take_from_balance(
    using_db: BaseDBAsyncClient, account_id: int, unit: str, amount: int
) -> int | None:
    """The new balance, or None when it holds less than `amount` (nothing changed then)."""
    rows = await _DEBIT.fetch(amount, account_id, unit, amount, using_db=using_db)
    return int(rows[0]["balance"]) if rows else None
