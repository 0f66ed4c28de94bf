"""Mutations of the file area: publishing (staff), uploads (My Files, project files), packs."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.file_uploads import Upload
from strawberry.types import Info

from resolvers.files import packs, publishing
from resolvers.storage import storage_for
from schema.errors import (
    ConflictError,
    ForbiddenError,
    InputError,
    NotFoundError,
    as_result,
    result_union,
)
from schema.files.types import (
    ArchiveEnum,
    FileKindEnum,
    FileType,
    SecurityPatchType,
    SeverityEnum,
    UpgradePackType,
)
from schema.permissions import Allow
from schema.tickets.errors import AttachmentError

__all__ = ["FileMutation"]


@strawberry.type
class UploadedFiles:
    files: list[FileType]


_UPLOAD = (AttachmentError, InputError, NotFoundError, ForbiddenError)
UploadFilesResult = result_union("UploadFilesResult", UploadedFiles, *_UPLOAD)
PublishFileResult = result_union("PublishFileResult", FileType, AttachmentError, InputError)
PublishSecurityPatchResult = result_union(
    "PublishSecurityPatchResult", SecurityPatchType, AttachmentError, InputError
)
UpgradePackResult = result_union(
    "UpgradePackResult", UpgradePackType, InputError, NotFoundError, ConflictError
)


@strawberry.input
class UploadCompanyFilesInput:
    files: list[Upload]
    description: str = ""
    account_id: strawberry.ID | None = strawberry.field(
        default=None, description="Staff: the account whose My Files get the upload."
    )


@strawberry.input
class UploadProjectFilesInput:
    project_id: strawberry.ID
    files: list[Upload]
    description: str = ""


@strawberry.input
class PublishFileInput:
    brand: str = strawberry.field(description="The brand's code, e.g. xcart4.")
    versions: list[str]
    kind: FileKindEnum = strawberry.field(description="PACKAGE or ADDON.")
    file: Upload
    description: str = ""
    addon_name: str = ""
    is_free_addon: bool = False


@strawberry.input
class PublishSecurityPatchInput:
    brand: str
    versions: list[str] = strawberry.field(description="The affected versions.")
    severity: SeverityEnum
    file: Upload
    description: str = ""


@strawberry.input
class RequestUpgradePackInput:
    license_id: strawberry.ID
    target_version: str
    archive: ArchiveEnum = ArchiveEnum.TGZ
    addon_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="Add-ons of the license to include."
    )
    free_addon_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="Free add-on packages (File ids) to include."
    )


def _uploaded(files: list[Any]) -> UploadedFiles:
    return UploadedFiles(files=[FileType.from_model(row) for row in files])


async def _pack_result(info: Info, work: Any) -> Any:
    async def queued() -> Any:
        pack, enqueue = await work
        if enqueue:
            await info.context.services.pack_requested(pack.id)
        return pack

    return await as_result(queued(), UpgradePackType.from_model)


@strawberry.type
class FileMutation:
    @strawberry.mutation(
        permission_classes=[Allow("file.upload_company")],
        description="Upload files to My Files (several at once).",
    )
    async def upload_company_files(
        self, info: Info, input: UploadCompanyFilesInput
    ) -> UploadFilesResult:
        context = info.context
        return await as_result(
            publishing.upload_company_files(
                context.settings,
                context.principal,
                storage_for(context.settings),
                input.files,
                input.description,
                input.account_id,
            ),
            _uploaded,
        )

    @strawberry.mutation(
        permission_classes=[Allow("file.upload_project")],
        description="Upload documents to a project (several at once).",
    )
    async def upload_project_files(
        self, info: Info, input: UploadProjectFilesInput
    ) -> UploadFilesResult:
        context = info.context
        return await as_result(
            publishing.upload_project_files(
                context.settings,
                context.principal,
                storage_for(context.settings),
                input.project_id,
                input.files,
                input.description,
            ),
            _uploaded,
        )

    @strawberry.mutation(
        permission_classes=[Allow("file.publish")],
        description="Publish an installation or add-on package. Published files never change.",
    )
    async def publish_file(self, info: Info, input: PublishFileInput) -> PublishFileResult:
        context = info.context
        release = publishing.Release(
            brand=input.brand,
            versions=input.versions,
            kind=input.kind,
            description=input.description,
            addon_name=input.addon_name,
            is_free_addon=input.is_free_addon,
        )
        return await as_result(
            publishing.publish_upload(
                context.settings,
                context.principal,
                storage_for(context.settings),
                release,
                input.file,
            ),
            FileType.from_model,
        )

    @strawberry.mutation(permission_classes=[Allow("file.publish")])
    async def publish_security_patch(
        self, info: Info, input: PublishSecurityPatchInput
    ) -> PublishSecurityPatchResult:
        context = info.context
        release = publishing.Release(
            brand=input.brand,
            versions=input.versions,
            kind=publishing.FileKind.PATCH,
            description=input.description,
            severity=input.severity,
        )
        return await as_result(
            publishing.publish_upload(
                context.settings,
                context.principal,
                storage_for(context.settings),
                release,
                input.file,
            ),
            SecurityPatchType.from_model,
        )

    @strawberry.mutation(
        permission_classes=[Allow("file.upgrade_pack")],
        description="Queue an upgrade pack (X-Cart 4.1.0 and later); the same choice while it "
        "builds, or while ready, gives the same pack.",
    )
    async def request_upgrade_pack(
        self, info: Info, input: RequestUpgradePackInput
    ) -> UpgradePackResult:
        choice = packs.PackChoice(
            license_id=str(input.license_id),
            addon_ids=[str(value) for value in input.addon_ids],
            free_addon_ids=[str(value) for value in input.free_addon_ids],
            target_version=input.target_version,
            archive=input.archive,
        )
        return await _pack_result(info, packs.request_pack(info.context.principal, choice))

    @strawberry.mutation(
        permission_classes=[Allow("file.upgrade_pack")],
        description="Build a failed upgrade pack again.",
    )
    async def retry_upgrade_pack(self, info: Info, id: strawberry.ID) -> UpgradePackResult:
        async def retried() -> Any:
            return await packs.retry_pack(info.context.principal, id), True

        return await _pack_result(info, retried())
