"""Liabilities (SPEC section 5): what the vendor owes an account, as an append-only ledger.

LiabilityEntry   one signed amount per event (credit on purchase, debit on use or transfer,
                 staff adjustment with a reason); never changed or deleted
LiabilityBalance the sum of an account's entries per unit, kept in the entry's transaction;
                 the row a debit updates conditionally (never below zero)

A unit is "points" (tech-support points) or "service:<product code>" (prepaid services).
"""

from tortoise import fields
from tortoise.models import Model

__all__ = ["LiabilityBalance", "LiabilityEntry"]


class LiabilityBalance(Model):
    id = fields.IntField(primary_key=True)
    account = fields.ForeignKeyField(
        "models.Account", related_name="liability_balances", on_delete=fields.RESTRICT
    )
    unit = fields.CharField(max_length=80)
    balance = fields.BigIntField(default=0)

    class Meta:
        table = "liability_balance"
        unique_together = (("account", "unit"),)


class LiabilityEntry(Model):
    id = fields.IntField(primary_key=True)
    account = fields.ForeignKeyField(
        "models.Account", related_name="liability_entries", on_delete=fields.RESTRICT
    )
    unit = fields.CharField(max_length=80)
    amount = fields.BigIntField()  # credit > 0, debit < 0
    kind = fields.CharField(max_length=30)
    note = fields.CharField(max_length=500, default="")
    order = fields.ForeignKeyField(
        "models.Order", related_name="liability_entries", null=True, on_delete=fields.RESTRICT
    )
    license = fields.ForeignKeyField(
        "models.License", related_name="liability_entries", null=True, on_delete=fields.SET_NULL
    )
    actor = fields.ForeignKeyField(
        "models.User", related_name="liability_entries", null=True, on_delete=fields.SET_NULL
    )
    at = fields.DatetimeField()

    class Meta:
        table = "liability_entry"
        indexes = (("account", "at"),)

    async def save(self, *args, **kwargs) -> None:
        if self._saved_in_db:
            raise PermissionError("the liabilities ledger is append-only")
        await super().save(*args, **kwargs)

    async def delete(self, *args, **kwargs) -> None:
        raise PermissionError("the liabilities ledger is append-only")
