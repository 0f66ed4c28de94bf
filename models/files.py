"""The file area (SPEC section 4): stored files of every folder but tickets, and upgrade packs.

StoredFile ── versions (ProductVersion, through file_version)
  folder product: installation and add-on packages of a brand, published by staff, immutable
  folder patch:   security patches of a brand (severity, affected versions), immutable
  folder company: My Files of an account
  folder project: documents of a project (specifications, surveys, reports)
UpgradePack    an archive built by a job for one choice of license, add-ons and version

Ticket attachments stay in `ticket_attachment` (they belong to a message).
"""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

__all__ = [
    "FileFolder",
    "FileKind",
    "PatchSeverity",
    "StoredFile",
    "ArchiveFormat",
    "PackStatus",
    "UpgradePack",
]


class FileFolder(StrEnum):
    PRODUCT = "product"
    PATCH = "patch"
    COMPANY = "company"
    PROJECT = "project"


class FileKind(StrEnum):
    PACKAGE = "package"  # an installation package of a brand's version
    ADDON = "addon"  # an add-on's package; `addon_name` says which add-on
    PATCH = "patch"
    DOCUMENT = "document"  # My Files and project files


class PatchSeverity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class StoredFile(Model):
    id = fields.IntField(primary_key=True)
    folder = fields.CharEnumField(FileFolder, max_length=10)
    kind = fields.CharEnumField(FileKind, max_length=10)
    # Company and project files: the account they belong to.
    account = fields.ForeignKeyField(
        "models.Account", related_name="files", null=True, on_delete=fields.RESTRICT
    )
    project = fields.ForeignKeyField(
        "models.Project", related_name="files", null=True, on_delete=fields.RESTRICT
    )
    # Product files and patches: the brand (and versions) they are for.
    brand = fields.ForeignKeyField(
        "models.Brand", related_name="files", null=True, on_delete=fields.RESTRICT
    )
    versions = fields.ManyToManyField(
        "models.ProductVersion", related_name="files", through="file_version"
    )
    addon_name = fields.CharField(max_length=200, default="")
    # A free add-on: offered with every active license of the brand.
    is_free_addon = fields.BooleanField(default=False)
    severity = fields.CharEnumField(PatchSeverity, max_length=10, null=True)
    display_name = fields.CharField(max_length=200)
    description = fields.TextField(default="")
    stored_name = fields.CharField(max_length=80, unique=True)
    content_type = fields.CharField(max_length=100)
    size = fields.BigIntField()
    sha256 = fields.CharField(max_length=64)
    uploaded_by = fields.ForeignKeyField(
        "models.User", related_name="uploaded_files", null=True, on_delete=fields.SET_NULL
    )
    created_at = fields.DatetimeField()

    class Meta:
        table = "stored_file"
        indexes = (("folder", "brand"), ("folder", "account"), ("project",))

    async def save(self, *args, **kwargs) -> None:
        if self._saved_in_db and self.folder in (FileFolder.PRODUCT, FileFolder.PATCH):
            raise PermissionError("a published file is immutable; publish a new one")
        await super().save(*args, **kwargs)


class ArchiveFormat(StrEnum):
    TGZ = "tgz"
    ZIP = "zip"


class PackStatus(StrEnum):
    QUEUED = "queued"
    BUILDING = "building"
    READY = "ready"
    FAILED = "failed"


class UpgradePack(Model):
    id = fields.IntField(primary_key=True)
    account = fields.ForeignKeyField(
        "models.Account", related_name="upgrade_packs", on_delete=fields.CASCADE
    )
    license = fields.ForeignKeyField(
        "models.License", related_name="upgrade_packs", on_delete=fields.CASCADE
    )
    target_version = fields.ForeignKeyField(
        "models.ProductVersion", related_name="upgrade_packs", on_delete=fields.RESTRICT
    )
    addon_ids = fields.JSONField(default=list)
    free_addon_ids = fields.JSONField(default=list)
    archive = fields.CharEnumField(ArchiveFormat, max_length=5)
    # A digest of the choice; `open_choice` holds it while queued or building, NULL after:
    # the database itself keeps two requests for the same choice on one pack.
    choice = fields.CharField(max_length=64)
    open_choice = fields.CharField(max_length=64, null=True, unique=True)
    status = fields.CharEnumField(PackStatus, max_length=10, default=PackStatus.QUEUED)
    progress = fields.IntField(default=0)
    reason = fields.CharField(max_length=500, default="")
    stored_name = fields.CharField(max_length=80, null=True)
    size = fields.BigIntField(default=0)
    requested_by = fields.ForeignKeyField(
        "models.User", related_name="upgrade_packs", null=True, on_delete=fields.SET_NULL
    )
    created_at = fields.DatetimeField()
    ready_at = fields.DatetimeField(null=True)
    expires_at = fields.DatetimeField(null=True)

    class Meta:
        table = "upgrade_pack"
        indexes = (("account", "choice"), ("status", "expires_at"))
