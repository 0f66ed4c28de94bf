"""The affiliate program: the primary's code, referred accounts, commissions and payouts."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.types import Info

from models import AffiliateEntry, AffiliateEntryKind, AffiliatePayout, AffiliatePayoutStatus
from resolvers import affiliate
from resolvers.pagination import check_first
from schema.buying.types import MoneyType as Money
from schema.errors import (
    ConflictError,
    InputError,
    NotFoundError,
    as_result,
    error_type,
    result_union,
)
from schema.pagination import Connection, connection
from schema.permissions import Allow

__all__ = ["AffiliateQuery", "AffiliateMutation"]

AffiliateEntryKindEnum = strawberry.enum(AffiliateEntryKind, name="AffiliateEntryKind")
AffiliatePayoutStatusEnum = strawberry.enum(AffiliatePayoutStatus, name="AffiliatePayoutStatus")

NotEnoughBalanceError = error_type(
    "NotEnoughBalanceError",
    ("NOT_ENOUGH_BALANCE",),
    "The payout asked for is larger than the affiliate balance.",
)


@strawberry.type(description="An account that signed up with your code: its name and month only.")
class ReferredAccount:
    name: str
    signed_up_month: str = strawberry.field(description="YYYY-MM")
    referred_until: datetime = strawberry.field(
        description="Its paid orders earn commissions until then."
    )


@strawberry.type(name="AffiliateEntry")
class AffiliateEntryType:
    id: strawberry.ID
    kind: AffiliateEntryKindEnum
    amount: Money
    created_at: datetime

    @classmethod
    def from_model(cls, entry: AffiliateEntry) -> AffiliateEntryType:
        return cls(
            id=strawberry.ID(str(entry.id)),
            kind=entry.kind,
            amount=Money(amount=entry.amount, currency=entry.currency),
            created_at=entry.created_at,
        )


@strawberry.type(name="AffiliatePayout")
class AffiliatePayoutType:
    id: strawberry.ID
    amount: Money
    status: AffiliatePayoutStatusEnum
    requested_at: datetime
    paid_at: datetime | None

    @classmethod
    def from_model(cls, payout: AffiliatePayout) -> AffiliatePayoutType:
        return cls(
            id=strawberry.ID(str(payout.id)),
            amount=Money(amount=payout.amount, currency=payout.currency),
            status=payout.status,
            requested_at=payout.requested_at,
            paid_at=payout.paid_at,
        )


@strawberry.type
class Affiliate:
    account_id: strawberry.Private[int]
    code: str
    link: str = strawberry.field(description="Send it to companies: sign-ups through it are yours.")

    @strawberry.field
    async def referred_accounts(self, info: Info) -> list[ReferredAccount]:
        months = info.context.settings.affiliate_referral_months
        return [
            ReferredAccount(
                name=row["name"],
                signed_up_month=row["referred_at"].strftime("%Y-%m"),
                referred_until=affiliate.referred_until(row["referred_at"], months),
            )
            for row in await affiliate.referred_accounts(self.account_id)
        ]

    @strawberry.field(description="The ledger: commissions, reversals and payouts, newest first.")
    async def commissions(
        self, info: Info, first: int = 20, after: str | None = None
    ) -> Connection[AffiliateEntryType]:
        check_first(first, info.context.settings.max_page_size)
        page = await affiliate.commissions(self.account_id, first, after)
        return connection(page, AffiliateEntryType.from_model)

    @strawberry.field(description="What you may ask to be paid out, per currency.")
    async def balance(self) -> list[Money]:
        found = await affiliate.balances(self.account_id)
        return [
            Money(amount=amount, currency=currency) for currency, amount in sorted(found.items())
        ]

    @strawberry.field
    async def payouts(
        self, info: Info, first: int = 20, after: str | None = None
    ) -> Connection[AffiliatePayoutType]:
        check_first(first, info.context.settings.max_page_size)
        page = await affiliate.payouts(info.context.principal, first, after)
        return connection(page, AffiliatePayoutType.from_model)


PayoutResult = result_union(
    "AffiliatePayoutResult",
    AffiliatePayoutType,
    InputError,
    NotEnoughBalanceError,
    NotFoundError,
    ConflictError,
)


@strawberry.type
class AffiliateQuery:
    @strawberry.field(
        permission_classes=[Allow("affiliate.read")],
        description="Your account's affiliate program: code, referred accounts, commissions.",
    )
    async def affiliate(self, info: Info) -> Affiliate:
        account_id = info.context.principal.account_id
        code = await affiliate.referral_code(account_id)
        link = f"{info.context.settings.public_url}/sign-up?ref={code}"
        return Affiliate(account_id=account_id, code=code, link=link)

    @strawberry.field(
        permission_classes=[Allow("affiliate_payout.read")],
        description="Billing: every account's payout requests, newest first.",
    )
    async def affiliate_payouts(
        self,
        info: Info,
        status: AffiliatePayoutStatusEnum | None = None,
        first: int = 20,
        after: str | None = None,
    ) -> Connection[AffiliatePayoutType]:
        check_first(first, info.context.settings.max_page_size)
        page = await affiliate.payouts(info.context.principal, first, after, status)
        return connection(page, AffiliatePayoutType.from_model)


@strawberry.type
class AffiliateMutation:
    @strawberry.mutation(
        permission_classes=[Allow("affiliate.request_payout")],
        description="Ask for a payout of your affiliate balance (minor units).",
    )
    async def request_affiliate_payout(
        self, info: Info, amount: int, currency: str = "USD"
    ) -> PayoutResult:
        work = affiliate.request_payout(info.context.principal, amount, currency)
        return await as_result(work, AffiliatePayoutType.from_model)

    @strawberry.mutation(permission_classes=[Allow("affiliate_payout.mark_paid")])
    async def mark_affiliate_payout_paid(self, info: Info, id: strawberry.ID) -> PayoutResult:
        work = affiliate.mark_payout_paid(info.context.principal, id)
        return await as_result(work, AffiliatePayoutType.from_model)
