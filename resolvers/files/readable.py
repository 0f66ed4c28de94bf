"""What a signed download link may fetch, re-checked at download time for the link's user.

Each kind of link (`/files/<kind>/<id>`) has one reader: the caller's rights as of now, the
same rules as the API's lists, and the stored object's name, size and type. None is "not
found", whatever the reason.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from models.files import PackStatus
from resolvers import clock
from resolvers.files.folders import file_id, find_file
from resolvers.identity import Principal

__all__ = ["Downloadable", "READERS"]


@dataclass(frozen=True)
class Downloadable:
    stored_name: str
    display_name: str
    content_type: str
    size: int


def _rights(authorizer: Any, principal: Principal) -> Callable[[str, str], bool]:
    return lambda resource, action: authorizer.allowed(principal, resource, action)


def _of(found: Any) -> Downloadable:
    return Downloadable(found.stored_name, found.display_name, found.content_type, found.size)


async def _file(principal: Principal, object_id: int, authorizer: Any) -> Downloadable | None:
    found = await find_file(principal, _rights(authorizer, principal), file_id("file", object_id))
    return _of(found) if found is not None else None


async def _attachment(principal: Principal, object_id: int, authorizer: Any) -> Downloadable | None:
    found = await find_file(
        principal, _rights(authorizer, principal), file_id("attachment", object_id)
    )
    return _of(found) if found is not None else None


async def _pack(principal: Principal, object_id: int, authorizer: Any) -> Downloadable | None:
    from resolvers.files.packs import pack_file_name, visible_packs

    if not authorizer.allowed(principal, "file", "upgrade_pack"):
        return None
    pack = (
        await visible_packs(principal)
        .filter(id=object_id, status=PackStatus.READY, expires_at__gt=clock.now())
        .first()
    )
    if pack is None or pack.stored_name is None:
        return None
    content_type = "application/zip" if pack.archive.value == "zip" else "application/gzip"
    return Downloadable(pack.stored_name, await pack_file_name(pack), content_type, pack.size)


READERS: dict[str, Callable[[Principal, int, Any], Awaitable[Downloadable | None]]] = {
    "file": _file,
    "attachment": _attachment,
    "pack": _pack,
}
