"""The liabilities ledger: tech-support points and prepaid services an account holds.

Append-only entries; the balance row per (account, unit) is their sum, kept in the same
transaction. A debit is one conditional UPDATE (`balance >= amount`), so two concurrent
debits of the last points give one success and one NOT_ENOUGH_POINTS on every backend
(PostgreSQL re-checks the condition after the first commits; SQLite writes one at a time).

    await credit(conn, account_id, POINTS, 10, Kind.PURCHASE, "10 points", order_id=7)
    await debit(conn, account_id, POINTS, 3, Kind.TRANSFER_HOLD, "Transfer #4")
"""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from models import Account, LiabilityBalance, LiabilityEntry
from resolvers import clock
from resolvers.errors import InvalidInput, NotFound
from resolvers.identity import Principal
from resolvers.ids import parse_id
from resolvers.licenses.errors import NotEnoughPoints
from resolvers.pagination import Page, keyset_page
from resolvers.scope import scoped
from resolvers.sql.buying import add_to_balance, take_from_balance

__all__ = [
    "POINTS",
    "Kind",
    "Change",
    "service_unit",
    "credit",
    "debit",
    "balance_of",
    "balances",
    "entries",
    "adjust",
]

POINTS = "points"
MAX_ADJUSTMENT = 1_000_000


def service_unit(product_code: str) -> str:
    return f"service:{product_code}"


class Kind:
    """Why an entry was written."""

    PURCHASE = "purchase"
    USE = "use"
    ADJUSTMENT = "adjustment"
    TRANSFER_HOLD = "transfer_hold"
    TRANSFER_IN = "transfer_in"
    TRANSFER_RETURN = "transfer_return"


@dataclass(frozen=True)
class Change:
    """Where an entry comes from, beside its amount."""

    kind: str
    note: str = ""
    order_id: int | None = None
    license_id: int | None = None
    actor_id: int | None = None


async def _entry(conn, account_id: int, unit: str, amount: int, change: Change) -> None:
    await LiabilityEntry.create(
        account_id=account_id,
        unit=unit,
        amount=amount,
        kind=change.kind,
        note=change.note[:500],
        order_id=change.order_id,
        license_id=change.license_id,
        actor_id=change.actor_id,
        at=clock.now(),
        using_db=conn,
    )


async def credit(
    conn: BaseDBAsyncClient, account_id: int, unit: str, amount: int, change: Change
) -> int:
    """Add to the balance (in the caller's transaction); returns the new balance."""
    if amount <= 0:
        raise ValueError("a credit is positive")
    balance = await add_to_balance(conn, account_id, unit, amount)
    await _entry(conn, account_id, unit, amount, change)
    return balance


async def debit(
    conn: BaseDBAsyncClient, account_id: int, unit: str, amount: int, change: Change
) -> int:
    """Take from the balance, never below zero: NOT_ENOUGH_POINTS changes nothing."""
    if amount <= 0:
        raise ValueError("a debit is positive")
    balance = await take_from_balance(conn, account_id, unit, amount)
    if balance is None:
        raise NotEnoughPoints(
            None if unit == POINTS else "The account does not hold that much of this service."
        )
    await _entry(conn, account_id, unit, -amount, change)
    return balance


async def balance_of(account_id: int, unit: str = POINTS, using_db=None) -> int:
    rows = await (
        LiabilityBalance.filter(account_id=account_id, unit=unit)
        .using_db(using_db)
        .values_list("balance", flat=True)
    )
    return int(rows[0]) if rows else 0


async def balances(principal: Principal, account_id: int | str | None = None) -> list:
    """The caller's account's balances (staff: the named account's), by unit."""
    query = scoped(principal, LiabilityBalance.all())
    if principal.is_staff:
        if account_id is None:
            raise InvalidInput("Name the account.", field="accountId")
        query = query.filter(account_id=parse_id(account_id, "account"))
    return await query.order_by("unit")


async def entries(
    principal: Principal, first: int, after: str | None, account_id: int | str | None = None
) -> Page:
    query = scoped(principal, LiabilityEntry.all())
    if principal.is_staff and account_id is not None:
        query = query.filter(account_id=parse_id(account_id, "account"))
    return await keyset_page(query, first, after, order=[("id", True)])


async def adjust(
    principal: Principal, account_id: int | str, unit: str, amount: int, reason: str
) -> LiabilityBalance:
    """Billing corrects a balance by a signed amount, with a reason; never below zero."""
    reason = " ".join(reason.split())
    if not reason or len(reason) > 500:
        raise InvalidInput("Say why, in 1 to 500 characters.", field="reason")
    if amount == 0 or abs(amount) > MAX_ADJUSTMENT:
        raise InvalidInput(
            f"The amount is a non-zero whole number up to {MAX_ADJUSTMENT}.", field="amount"
        )
    if unit != POINTS and not unit.startswith("service:"):
        raise InvalidInput("The unit is `points` or `service:<product code>`.", field="unit")
    account = parse_id(account_id, "account")
    if not await Account.filter(id=account).exists():
        raise NotFound("No such account.")
    change = Change(Kind.ADJUSTMENT, reason, actor_id=principal.user_id)
    async with in_transaction() as conn:
        if amount > 0:
            await credit(conn, account, unit, amount, change)
        else:
            await debit(conn, account, unit, -amount, change)
        return await LiabilityBalance.get(account_id=account, unit=unit).using_db(conn)
