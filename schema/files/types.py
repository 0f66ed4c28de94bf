"""GraphQL types of the file area. Thin: relations come through per-request loaders."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.dataloader import DataLoader
from strawberry.types import Info

from models import TicketAttachment
from models.files import ArchiveFormat, FileKind, PackStatus, PatchSeverity, StoredFile, UpgradePack
from resolvers.files.folders import FileSort, Folder, file_id
from resolvers.files.gate import NoProductFilesReason
from resolvers.storage import sign_link
from schema.files.loaders import file_loader

__all__ = [
    "FolderEnum",
    "FileSortEnum",
    "FileKindEnum",
    "SeverityEnum",
    "ArchiveEnum",
    "PackStatusEnum",
    "ReasonEnum",
    "FileType",
    "SecurityPatchType",
    "UpgradePackType",
]

FolderEnum = strawberry.enum(Folder, name="FileFolder")
FileSortEnum = strawberry.enum(FileSort, name="FileSort")
FileKindEnum = strawberry.enum(FileKind, name="FileKind")
SeverityEnum = strawberry.enum(PatchSeverity, name="PatchSeverity")
ArchiveEnum = strawberry.enum(ArchiveFormat, name="ArchiveType")
PackStatusEnum = strawberry.enum(PackStatus, name="UpgradePackStatus")
ReasonEnum = strawberry.enum(
    NoProductFilesReason,
    name="NoProductFilesReason",
    description="Why the Product files folder is empty for the caller.",
)


def _link(info: Info, kind: str, object_id: int) -> str | None:
    user_id = info.context.principal.user_id
    if user_id is None:
        return None
    return sign_link(info.context.settings, kind, object_id, user_id)


def _versions(info: Info) -> DataLoader:
    return file_loader(info, "versions")


def _brands(info: Info) -> DataLoader:
    return file_loader(info, "brands")


@strawberry.type(name="File")
class FileType:
    id: strawberry.ID
    folder: FolderEnum
    kind: FileKindEnum
    name: str
    size: int
    content_type: str
    description: str
    created_at: datetime
    addon_name: str | None = strawberry.field(description="Add-on packages: the add-on.")
    is_free_addon: bool
    sha256: str | None = strawberry.field(description="Published and uploaded files.")
    ticket_id: strawberry.ID | None = strawberry.field(description="Ticket files: the ticket.")
    project_id: strawberry.ID | None = strawberry.field(description="Project files.")
    stored_id: strawberry.Private[int]
    link_kind: strawberry.Private[str]
    brand_id: strawberry.Private[int | None]

    @strawberry.field(description="Product files: the brand's code.")
    async def brand(self, info: Info) -> str | None:
        return None if self.brand_id is None else await _brands(info).load(self.brand_id)

    @strawberry.field(description="Product files: the versions the file is for.")
    async def versions(self, info: Info) -> list[str]:
        if self.link_kind != "file":
            return []
        return await _versions(info).load(self.stored_id)

    @strawberry.field(description="A short-lived link for the caller; null for API tokens.")
    def download_url(self, info: Info) -> str | None:
        return _link(info, self.link_kind, self.stored_id)

    @classmethod
    def from_model(cls, row: StoredFile | TicketAttachment) -> FileType:
        if isinstance(row, TicketAttachment):
            return cls(
                id=strawberry.ID(file_id("attachment", row.id)),
                folder=Folder.TICKET,
                kind=FileKind.DOCUMENT,
                name=row.display_name,
                size=row.size,
                content_type=row.content_type,
                description="",
                created_at=row.created_at,
                addon_name=None,
                is_free_addon=False,
                sha256=None,
                ticket_id=strawberry.ID(str(row.ticket_id)),
                project_id=None,
                stored_id=row.id,
                link_kind="attachment",
                brand_id=None,
            )
        return cls(
            id=strawberry.ID(file_id("file", row.id)),
            folder=Folder(row.folder.value),
            kind=row.kind,
            name=row.display_name,
            size=row.size,
            content_type=row.content_type,
            description=row.description,
            created_at=row.created_at,
            addon_name=row.addon_name or None,
            is_free_addon=row.is_free_addon,
            sha256=row.sha256,
            ticket_id=None,
            project_id=strawberry.ID(str(row.project_id)) if row.project_id else None,
            stored_id=row.id,
            link_kind="file",
            brand_id=row.brand_id,
        )


@strawberry.type(name="SecurityPatch")
class SecurityPatchType:
    id: strawberry.ID
    name: str
    severity: SeverityEnum
    description: str
    published_at: datetime
    size: int
    sha256: str
    stored_id: strawberry.Private[int]

    @strawberry.field(description="The versions the patch applies to.")
    async def affected_versions(self, info: Info) -> list[str]:
        return await _versions(info).load(self.stored_id)

    @strawberry.field(description="A short-lived link for the caller; null for API tokens.")
    def download_url(self, info: Info) -> str | None:
        return _link(info, "file", self.stored_id)

    @classmethod
    def from_model(cls, row: StoredFile) -> SecurityPatchType:
        return cls(
            id=strawberry.ID(file_id("file", row.id)),
            name=row.display_name,
            severity=row.severity,
            description=row.description,
            published_at=row.created_at,
            size=row.size,
            sha256=row.sha256,
            stored_id=row.id,
        )


@strawberry.type(name="UpgradePack")
class UpgradePackType:
    id: strawberry.ID
    status: PackStatusEnum
    progress: int = strawberry.field(description="Percent built.")
    reason: str | None = strawberry.field(description="Why the build failed.")
    archive: ArchiveEnum
    license_id: strawberry.ID
    size: int
    created_at: datetime
    ready_at: datetime | None
    expires_at: datetime | None = strawberry.field(description="Ready packs: removed then.")
    pack_id: strawberry.Private[int]

    @strawberry.field(description="Ready packs: a short-lived link for the caller.")
    def download_url(self, info: Info) -> str | None:
        if self.status is not PackStatus.READY:
            return None
        return _link(info, "pack", self.pack_id)

    @classmethod
    def from_model(cls, pack: UpgradePack) -> UpgradePackType:
        return cls(
            id=strawberry.ID(str(pack.id)),
            status=pack.status,
            progress=pack.progress,
            reason=pack.reason or None,
            archive=pack.archive,
            license_id=strawberry.ID(str(pack.license_id)),
            size=pack.size,
            created_at=pack.created_at,
            ready_at=pack.ready_at,
            expires_at=pack.expires_at,
            pack_id=pack.id,
        )
