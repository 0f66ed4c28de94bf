"""Brands and their versions (data, not code), licenses held by accounts, and what happens to them.

Brand ── ProductVersion
  └── License ── LicenseAddon, LicenseSubscription   (what the license carries)
        ├── LicenseHistory     append-only story, one row per event and account
        ├── LicenseUrlChange   every URL change, with the old install's removal deadline
        └── LicenseTransfer    a license (or some of its add-ons) on its way to another account
"""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

__all__ = [
    "Brand",
    "ProductVersion",
    "License",
    "LicenseState",
    "HolderStatus",
    "LicenseAddon",
    "LicenseSubscription",
    "LicenseHistory",
    "LicenseUrlChange",
    "LicenseTransfer",
    "TransferKind",
    "TransferStatus",
]


class LicenseState(StrEnum):
    PENDING = "pending"
    ACTIVE = "active"
    # Never stored: what the target of a waiting transfer sees (see docs/licenses.md).
    NOT_ACCEPTED = "not_accepted"


class HolderStatus(StrEnum):
    """The holder's own label for a license; it changes nothing else."""

    LIVE = "live"
    DEVELOPMENT = "development"
    NOT_USED = "not_used"


class TransferKind(StrEnum):
    LICENSE = "license"
    ADDONS = "addons"


class TransferStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    CANCELLED = "cancelled"
    DECLINED = "declined"


class Brand(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=40, unique=True)
    name = fields.CharField(max_length=100)
    # Main licenses can carry add-ons (X-Cart and LiteCommerce); others cannot.
    is_main_product = fields.BooleanField(default=True)
    # X-Cart 4: an evaluation installation is registered to become commercial.
    registers_installations = fields.BooleanField(default=False)
    # LiteCommerce: the store checks a signed certificate offline.
    issues_certificates = fields.BooleanField(default=False)

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
    # The one move to another registrable domain a license is allowed.
    domain_change_used = fields.BooleanField(default=False)
    # X-Cart 4 installations start as evaluation copies until registered.
    registered_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField()
    # The order that bought it; billing's verification of that order activates it.
    order = fields.ForeignKeyField(
        "models.Order", related_name="licenses", null=True, on_delete=fields.RESTRICT
    )

    class Meta:
        table = "license"
        indexes = (("account", "state"),)


class LicenseAddon(Model):
    """A module bought for a main license; add-on transfers move it to another license."""

    id = fields.IntField(primary_key=True)
    license = fields.ForeignKeyField(
        "models.License", related_name="addons", on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=200)
    purchased_at = fields.DatetimeField()
    # Set while the add-on waits in a transfer, so it cannot be offered twice.
    pending_transfer = fields.ForeignKeyField(
        "models.LicenseTransfer",
        related_name="pending_addons",
        null=True,
        on_delete=fields.SET_NULL,
    )

    class Meta:
        table = "license_addon"


class LicenseSubscription(Model):
    """A recurring subscription on a license (updates, hosting...); it moves with the license."""

    id = fields.IntField(primary_key=True)
    license = fields.ForeignKeyField(
        "models.License", related_name="subscriptions", on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=200)
    period_months = fields.IntField(default=12)
    renews_on = fields.DateField(null=True)
    is_active = fields.BooleanField(default=True)

    class Meta:
        table = "license_subscription"


class LicenseHistory(Model):
    """Append-only: a row is written for the account whose story it is (both sides of a transfer)."""

    id = fields.IntField(primary_key=True)
    license = fields.ForeignKeyField(
        "models.License", related_name="history", on_delete=fields.RESTRICT
    )
    account = fields.ForeignKeyField(
        "models.Account", related_name="license_history", on_delete=fields.RESTRICT
    )
    actor = fields.ForeignKeyField(
        "models.User", related_name="license_changes", null=True, on_delete=fields.SET_NULL
    )
    at = fields.DatetimeField()
    action = fields.CharField(max_length=40)
    detail = fields.CharField(max_length=500, default="")

    class Meta:
        table = "license_history"
        indexes = (("license", "at"), ("account", "at"))

    async def save(self, *args, **kwargs) -> None:
        if self._saved_in_db:
            raise PermissionError("license history is append-only")
        await super().save(*args, **kwargs)

    async def delete(self, *args, **kwargs) -> None:
        raise PermissionError("license history is append-only")


class LicenseUrlChange(Model):
    id = fields.IntField(primary_key=True)
    license = fields.ForeignKeyField(
        "models.License", related_name="url_changes", on_delete=fields.CASCADE
    )
    changed_by = fields.ForeignKeyField(
        "models.User", related_name="license_url_changes", null=True, on_delete=fields.SET_NULL
    )
    old_url = fields.CharField(max_length=500)
    new_url = fields.CharField(max_length=500)
    is_domain_change = fields.BooleanField()
    # Domain changes only: the holder acknowledged removing the old installation by then.
    old_removal_due_at = fields.DatetimeField(null=True)
    # Set once the holder was reminded of the removal deadline (24 h before it): the job's
    # conditional UPDATE on it is what makes the reminder go out once across workers.
    removal_reminder_sent_at = fields.DatetimeField(null=True)
    # Staff corrected a typo: no allowance spent, no removal deadline.
    is_correction = fields.BooleanField(default=False)
    changed_at = fields.DatetimeField()

    class Meta:
        table = "license_url_change"
        indexes = (("removal_reminder_sent_at", "old_removal_due_at"),)


class LicenseTransfer(Model):
    id = fields.IntField(primary_key=True)
    kind = fields.CharEnumField(TransferKind, max_length=10)
    status = fields.CharEnumField(TransferStatus, max_length=10, default=TransferStatus.PENDING)
    license = fields.ForeignKeyField(
        "models.License", related_name="transfers", on_delete=fields.RESTRICT
    )
    # Equals license_id while pending, NULL afterwards: the database itself refuses a second
    # waiting transfer of one license, whatever the isolation level or backend.
    open_license_id = fields.IntField(null=True, unique=True)
    source_account = fields.ForeignKeyField(
        "models.Account", related_name="outgoing_transfers", on_delete=fields.RESTRICT
    )
    target_account = fields.ForeignKeyField(
        "models.Account", related_name="incoming_transfers", on_delete=fields.RESTRICT
    )
    # Add-on transfers: the main license the add-ons go to.
    target_license = fields.ForeignKeyField(
        "models.License",
        related_name="incoming_addon_transfers",
        null=True,
        on_delete=fields.RESTRICT,
    )
    target_url = fields.CharField(max_length=500, default="")
    company_name = fields.CharField(max_length=200, default="")
    company_details = fields.TextField(default="")
    contact_name = fields.CharField(max_length=200, default="")
    contact_email = fields.CharField(max_length=254, default="")
    created_new_account = fields.BooleanField(default=False)
    # Held from the source's balance at request, handed over on acceptance, returned otherwise.
    points = fields.IntField(default=0)
    addon_names = fields.JSONField(default=list)
    requested_by = fields.ForeignKeyField(
        "models.User", related_name="requested_transfers", null=True, on_delete=fields.SET_NULL
    )
    requested_at = fields.DatetimeField()
    decided_by = fields.ForeignKeyField(
        "models.User", related_name="decided_transfers", null=True, on_delete=fields.SET_NULL
    )
    decided_at = fields.DatetimeField(null=True)
    signature = fields.CharField(max_length=1000, null=True)
    terms_version = fields.CharField(max_length=40, null=True)

    class Meta:
        table = "license_transfer"
        indexes = (("target_account", "status"), ("source_account", "status"))
