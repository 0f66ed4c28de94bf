"""`upgradePackProgress(id)`: the pack's status and percent as the job builds it.

The current state comes first (a client that subscribes late still learns where the pack
is), then every change the job publishes through Redis, until the pack is ready or failed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncGenerator

import strawberry
from graphql import GraphQLError
from strawberry.types import Info

from models.files import PackStatus
from resolvers.errors import NotFound
from resolvers.files import building, packs
from schema.files.types import UpgradePackType
from schema.permissions import Allow

__all__ = ["FileSubscription"]

_FINAL = (PackStatus.READY, PackStatus.FAILED)


@strawberry.type
class FileSubscription:
    @strawberry.subscription(permission_classes=[Allow("file.upgrade_pack")])
    async def upgrade_pack_progress(
        self, info: Info, id: strawberry.ID
    ) -> AsyncGenerator[UpgradePackType, None]:
        principal = info.context.principal
        try:
            pack = await packs.get_pack(principal, id)
        except NotFound:
            raise GraphQLError("No such upgrade pack.", extensions={"code": "NOT_FOUND"}) from None
        async with building.listen(info.context.services.redis, pack.id) as stream:
            pack = await packs.get_pack(principal, pack.id)  # what happened before we listened
            yield UpgradePackType.from_model(pack)
            if pack.status in _FINAL:
                return
            async for status, progress in stream:
                try:
                    pack = await packs.get_pack(principal, pack.id)
                except NotFound:
                    return  # removed, or no longer the caller's
                # The event's own status and percent: the row may already be further along.
                node = UpgradePackType.from_model(pack)
                yield dataclasses.replace(node, status=PackStatus(status), progress=progress)
                if PackStatus(status) in _FINAL:
                    return
