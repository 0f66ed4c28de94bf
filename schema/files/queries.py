"""Root query fields of the file area. Each folder has its own right (see
`resolvers.files.folders`); `file.browse` only opens the area."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from resolvers.errors import NotFound
from resolvers.files import folders, gate, packs
from schema.files.types import (
    FileNode,
    FileSortEnum,
    FolderEnum,
    ReasonEnum,
    SecurityPatchNode,
    UpgradePackNode,
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
    ) -> Connection[FileNode]:
        context = info.context
        page = await folders.list_files(
            context.principal,
            context.can,
            folder,
            sort,
            first,
            after,
            context.settings.max_page_size,
            _account(account_id),
        )
        return connection(page, FileNode.from_model)

    @strawberry.field(permission_classes=[Allow("file.browse")])
    async def file(self, info: Info, id: strawberry.ID) -> FileNode | None:
        found = await folders.find_file(info.context.principal, info.context.can, id)
        return FileNode.from_model(found) if found is not None else None

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
    ) -> list[SecurityPatchNode]:
        rows = await folders.security_patches(
            info.context.principal, info.context.can, brand, version
        )
        return [SecurityPatchNode.from_model(row) for row in rows]

    @strawberry.field(permission_classes=[Allow("file.upgrade_pack")])
    async def upgrade_pack(self, info: Info, id: strawberry.ID) -> UpgradePackNode | None:
        try:
            return UpgradePackNode.from_model(await packs.get_pack(info.context.principal, id))
        except NotFound:
            return None


def _account(value: strawberry.ID | None) -> int | None:
    if value is None:
        return None
    text = str(value)
    return int(text) if text.isdigit() and len(text) < 11 and int(text) < 2**31 else -1
