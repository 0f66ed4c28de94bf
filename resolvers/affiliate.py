"""The affiliate program (SPEC section 5): referral codes, commissions, payouts.

- Every account has one referral code (made on first use). An account that signs up with it is
  referred for AFFILIATE_REFERRAL_MONTHS (12) from its sign-up.
- When a referred account's order is paid within that time, AFFILIATE_COMMISSION_PERCENT (10)
  of its total (rounded down to the minor unit) accrues to the referrer as a ledger entry,
  exactly once per order; a refund writes the reversal.
- The balance is the sum of the entries, per currency. The primary requests a payout of at
  most the balance (the request debits it at once, under a lock on the account, so two requests
  cannot overdraw); billing marks the payout paid.
"""

from __future__ import annotations

import calendar
from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.functions import Sum
from tortoise.transactions import in_transaction

from accountdesk.settings import Settings
from models import (
    Account,
    AffiliateEntry,
    AffiliateEntryKind,
    AffiliatePayout,
    AffiliatePayoutStatus,
)
from resolvers import clock
from resolvers.errors import Conflict, InvalidInput, LimitReached
from resolvers.identity import Principal
from resolvers.pagination import Page, keyset_page
from resolvers.scope import get_scoped, scoped
from resolvers.secrets import random_letters
from resolvers.sql.bulk import insert_rows

__all__ = [
    "referral_code",
    "referred_accounts",
    "balances",
    "commissions",
    "payouts",
    "accrue_commission",
    "reverse_commission",
    "request_payout",
    "mark_payout_paid",
    "referred_until",
    "NotEnoughBalance",
]

CODE_LENGTH = 8
MAX_AMOUNT = 10**12


class NotEnoughBalance(LimitReached):
    code = "NOT_ENOUGH_BALANCE"
    default_message = "The payout is larger than your affiliate balance."


async def referral_code(account_id: int) -> str:
    """The account's code, made on first use (a conditional update: two first uses agree)."""
    for _ in range(5):
        found = await Account.filter(id=account_id).values_list("referral_code", flat=True)
        if found and found[0]:
            return found[0]
        try:
            await Account.filter(id=account_id, referral_code__isnull=True).update(
                referral_code=random_letters(CODE_LENGTH)
            )
        except IntegrityError:
            continue  # another account has these letters: draw again
    raise RuntimeError("could not draw a free referral code")


def referred_until(referred_at: datetime, months: int) -> datetime:
    """The moment a referral ends: the same day `months` later (the month's last day if shorter)."""
    month = referred_at.month - 1 + months
    year, month = referred_at.year + month // 12, month % 12 + 1
    day = min(referred_at.day, calendar.monthrange(year, month)[1])
    return referred_at.replace(year=year, month=month, day=day)


async def referred_accounts(account_id: int) -> list[dict]:
    """Only the name and the sign-up month of each: nothing else of another tenant."""
    return await (
        Account.filter(referred_by_id=account_id)
        .order_by("-referred_at", "-id")
        .values("name", "referred_at")
    )


async def balances(account_id: int) -> dict[str, int]:
    rows = await (
        AffiliateEntry.filter(account_id=account_id)
        .annotate(total=Sum("amount"))
        .group_by("currency")
        .values("currency", "total")
    )
    return {row["currency"]: int(row["total"] or 0) for row in rows}


async def commissions(account_id: int, first: int, after: str | None = None) -> Page:
    """The account's ledger entries, newest first."""
    query = AffiliateEntry.filter(account_id=account_id)
    return await keyset_page(
        query, first, after, order=[("created_at", True)], parse={"created_at": _parse_time}
    )


async def payouts(
    principal: Principal, first: int, after: str | None = None, status: str | None = None
) -> Page:
    """The account's payouts (billing: every account's), newest first."""
    query = scoped(principal, AffiliatePayout.all())
    if status:
        query = query.filter(status=status)
    return await keyset_page(
        query, first, after, order=[("requested_at", True)], parse={"requested_at": _parse_time}
    )


def _parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value)


async def accrue_commission(
    settings: Settings,
    order_id: int,
    buyer_account_id: int,
    total: int,
    currency: str,
    paid_at: datetime,
    using_db: BaseDBAsyncClient,
) -> bool:
    """Credit the referrer of the account whose order was just paid; False when none is due.

    Call it in the transaction that marks the order paid: the entry commits with the payment,
    and its dedupe key makes a second call for the same order change nothing.
    """
    rows = await (
        Account.filter(id=buyer_account_id, referred_by_id__isnull=False)
        .using_db(using_db)
        .values("referred_by_id", "referred_at")
    )
    if not rows or rows[0]["referred_at"] is None:
        return False
    referrer, since = rows[0]["referred_by_id"], rows[0]["referred_at"]
    if paid_at >= referred_until(since, settings.affiliate_referral_months):
        return False
    amount = total * settings.affiliate_commission_percent // 100
    if amount <= 0:
        return False
    columns = ("account_id", "kind", "amount", "currency", "referred_account_id", "order_id")
    row = (referrer, AffiliateEntryKind.COMMISSION.value, amount, currency, buyer_account_id)
    await insert_rows(
        AffiliateEntry,
        (*columns, "dedupe_key", "created_at"),
        [(*row, order_id, f"order:{order_id}:commission", paid_at)],
        using_db,
        skip_conflicts_on="dedupe_key",
    )
    return True


async def reverse_commission(order_id: int, using_db: BaseDBAsyncClient) -> bool:
    """A refunded order takes its commission back (once); False when it had none."""
    found = await AffiliateEntry.filter(dedupe_key=f"order:{order_id}:commission").using_db(
        using_db
    )
    if not found:
        return False
    entry = found[0]
    columns = ("account_id", "kind", "amount", "currency", "referred_account_id", "order_id")
    await insert_rows(
        AffiliateEntry,
        (*columns, "dedupe_key", "created_at"),
        [
            (
                entry.account_id,
                AffiliateEntryKind.REVERSAL.value,
                -entry.amount,
                entry.currency,
                entry.referred_account_id,
                order_id,
                f"order:{order_id}:reversal",
                clock.now(),
            )
        ],
        using_db,
        skip_conflicts_on="dedupe_key",
    )
    return True


def _money(amount: int, currency: str) -> tuple[int, str]:
    currency = currency.strip().upper()
    if len(currency) != 3 or not currency.isalpha() or not currency.isascii():
        raise InvalidInput("A currency is three letters, e.g. USD.", field="currency")
    if not 0 < amount <= MAX_AMOUNT:
        raise InvalidInput("The amount must be positive (in minor units).", field="amount")
    return amount, currency


async def request_payout(principal: Principal, amount: int, currency: str) -> AffiliatePayout:
    amount, currency = _money(amount, currency)
    account_id = principal.account_id
    now = clock.now()
    async with in_transaction() as conn:
        # The account row is the lock: payout requests of one account queue behind each other
        # (a model query: Tortoise drops FOR UPDATE from `.values()` queries).
        await Account.filter(id=account_id).select_for_update().using_db(conn).first()
        balance = await (
            AffiliateEntry.filter(account_id=account_id, currency=currency)
            .using_db(conn)
            .annotate(total=Sum("amount"))
            .group_by("currency")
            .values_list("total", flat=True)
        )
        available = int(balance[0] or 0) if balance else 0
        if amount > available:
            raise NotEnoughBalance()
        payout = await AffiliatePayout.create(
            account_id=account_id,
            amount=amount,
            currency=currency,
            requested_by_id=principal.user_id,
            requested_at=now,
            using_db=conn,
        )
        await AffiliateEntry.create(
            account_id=account_id,
            kind=AffiliateEntryKind.PAYOUT,
            amount=-amount,
            currency=currency,
            payout=payout,
            dedupe_key=f"payout:{payout.id}",
            created_at=now,
            using_db=conn,
        )
    return payout


async def mark_payout_paid(principal: Principal, payout_id: int | str) -> AffiliatePayout:
    payout = await get_scoped(principal, AffiliatePayout, payout_id, what="payout")
    now = clock.now()
    marked = await AffiliatePayout.filter(
        id=payout.id, status=AffiliatePayoutStatus.REQUESTED
    ).update(status=AffiliatePayoutStatus.PAID, paid_at=now, paid_by_id=principal.user_id)
    if not marked:
        raise Conflict("This payout is already marked paid.")
    return await AffiliatePayout.get(id=payout.id)
