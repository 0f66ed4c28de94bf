"""Brands and their versions (data, not code), and licenses held by accounts.

The licenses capability extends this module (add-ons, history, transfers); the ticket side
only needs a license to point at and a brand's version list.
"""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

__all__ = ["Brand", "ProductVersion", "License", "LicenseState"]


class LicenseState(StrEnum):
    PENDING = "pending"
    ACTIVE = "active"
    NOT_ACCEPTED = "not_accepted"


class Brand(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=40, unique=True)
    name = fields.CharField(max_length=100)
    # Main licenses can carry add-ons (X-Cart and LiteCommerce); others cannot.
    is_main_product = fields.BooleanField(default=True)

    class Meta:
        table = "brand"


class ProductVersion(Model):
    id = fields.IntField(primary_key=True)
    brand = fields.ForeignKeyField(
        "models.Brand", related_name="versions", on_delete=fields.CASCADE
    )
    version = fields.CharField(max_length=40)
    branch = fields.CharField(max_length=40)
    released_on = fields.DateField()

    class Meta:
        table = "product_version"
        unique_together = (("brand", "version"),)


class License(Model):
    id = fields.IntField(primary_key=True)
    key = fields.CharField(max_length=16, unique=True)
    account = fields.ForeignKeyField(
        "models.Account", related_name="licenses", on_delete=fields.RESTRICT
    )
    brand = fields.ForeignKeyField(
        "models.Brand", related_name="licenses", on_delete=fields.RESTRICT
    )
    url = fields.CharField(max_length=500)
    state = fields.CharEnumField(LicenseState, max_length=20, default=LicenseState.PENDING)
    holder_status = fields.CharField(max_length=40, default="")
    holder_version = fields.CharField(max_length=40, default="")
    created_at = fields.DatetimeField()

    class Meta:
        table = "license"
        indexes = (("account", "state"),)
