"""The affiliate program's ledger and payouts (SPEC section 5)."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

__all__ = ["AffiliateEntryKind", "AffiliateEntry", "AffiliatePayoutStatus", "AffiliatePayout"]


class AffiliateEntryKind(StrEnum):
    COMMISSION = "commission"  # a referred account's order was paid
    REVERSAL = "reversal"  # ... and later refunded
    PAYOUT = "payout"  # the primary asked for the money


class AffiliatePayoutStatus(StrEnum):
    REQUESTED = "requested"
    PAID = "paid"


class AffiliateEntry(Model):
    """Append-only: the balance of an account is the sum of its entries, per currency."""

    id = fields.IntField(primary_key=True)
    account = fields.ForeignKeyField(
        "models.Account", related_name="affiliate_entries", on_delete=fields.RESTRICT
    )
    kind = fields.CharEnumField(AffiliateEntryKind, max_length=20)
    amount = fields.BigIntField()  # minor units of `currency`; credit > 0, debit < 0
    currency = fields.CharField(max_length=3)
    referred_account = fields.ForeignKeyField(
        "models.Account", related_name="commissions_paid", null=True, on_delete=fields.SET_NULL
    )
    order_id = fields.IntField(null=True)
    payout = fields.ForeignKeyField(
        "models.AffiliatePayout", related_name="entries", null=True, on_delete=fields.RESTRICT
    )
    # Names the event ("order:12:commission"): a retried webhook cannot credit twice.
    dedupe_key = fields.CharField(max_length=100, unique=True)
    created_at = fields.DatetimeField()

    class Meta:
        table = "affiliate_entry"
        indexes = (("account", "created_at"),)


class AffiliatePayout(Model):
    id = fields.IntField(primary_key=True)
    account = fields.ForeignKeyField(
        "models.Account", related_name="affiliate_payouts", on_delete=fields.RESTRICT
    )
    amount = fields.BigIntField()
    currency = fields.CharField(max_length=3)
    status = fields.CharEnumField(
        AffiliatePayoutStatus, max_length=20, default=AffiliatePayoutStatus.REQUESTED
    )
    requested_by = fields.ForeignKeyField(
        "models.User", related_name="affiliate_payouts", null=True, on_delete=fields.SET_NULL
    )
    requested_at = fields.DatetimeField()
    paid_at = fields.DatetimeField(null=True)
    paid_by = fields.ForeignKeyField(
        "models.User", related_name="affiliate_payouts_paid", null=True, on_delete=fields.SET_NULL
    )

    class Meta:
        table = "affiliate_payout"
        indexes = (("status", "requested_at"),)
