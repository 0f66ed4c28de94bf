"""Root query fields of the file area. Each folder has its own right (see
`resolvers.files.folders`); `file.browse` only opens the area."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from resolvers.errors import NotFound
from resolvers.files import folders, gate, packs
from schema.files.types import (
    FileSortEnum,
    FileType,
    FolderEnum,
    ReasonEnum,
    SecurityPatchType,
    UpgradePackType,
)
from schema.pagination import Connection, connection
from schema.permissions import Allow

__all__ = ["FileQuery"]


@strawberry.type
class FileQuery:
    @strawberry.field(
        permission_classes=[Allow("file.browse")],
        description="One folder of the file area. Staff may narrow COMPANY and PROJECT to an "
        "account.",
    )
    async def files(
        self,
        info: Info,
        folder: FolderEnum,
        sort: FileSortEnum = FileSortEnum.DATE_DESC,
        first: int = 20,
        after: str | None = None,
        account_id: strawberry.ID | None = None,
    ) -> Connection[FileType]:
        context = info.context
        page = await folders.list_files(
            context.principal,
            context.can,
            folder,
            sort,
            first,
            after,
            context.settings.max_page_size,
            account_id,
        )
        return connection(page, FileType.from_model)

    @strawberry.field(permission_classes=[Allow("file.browse")])
    async def file(self, info: Info, id: strawberry.ID) -> FileType | None:
        found = await folders.find_file(info.context.principal, info.context.can, id)
        return FileType.from_model(found) if found is not None else None

    @strawberry.field(
        permission_classes=[Allow("file.browse")],
        description="Null when product files are open to the caller; otherwise why not.",
    )
    async def why_no_product_files(self, info: Info) -> ReasonEnum | None:
        return await gate.why_no_product_files(info.context.principal)

    @strawberry.field(
        permission_classes=[Allow("file.browse")],
        description="Security patches of a brand (of one version when named), newest first.",
    )
    async def security_patches(
        self, info: Info, brand: str, version: str | None = None
    ) -> list[SecurityPatchType]:
        rows = await folders.security_patches(
            info.context.principal, info.context.can, brand, version
        )
        return [SecurityPatchType.from_model(row) for row in rows]

    @strawberry.field(permission_classes=[Allow("file.upgrade_pack")])
    async def upgrade_pack(self, info: Info, id: strawberry.ID) -> UpgradePackType | None:
        try:
            return UpgradePackType.from_model(await packs.get_pack(info.context.principal, id))
        except NotFound:
            return None
