"""The upgrade pack's build, step by step, each step a conditional UPDATE (arq delivers at least
once; a second delivery finds nothing to claim or loses the race to finish and cleans up).

Progress goes to the row (for polling) and to a Redis channel per pack (for the
`upgradePackProgress` subscription); an event carries only the pack's id, status and percent.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator

from redis.asyncio import Redis

from models.files import PackStatus, UpgradePack
from resolvers import bus, clock
from resolvers.errors import DomainError
from resolvers.files.archive import build_archive
from resolvers.files.packs import PACK_LIFETIME, pack_members
from resolvers.storage import Storage

__all__ = ["build_pack", "remove_expired_packs", "channel", "listen"]

log = logging.getLogger("accountdesk.files.packs")


def channel(pack_id: int) -> str:
    return f"accountdesk:upgrade-pack:{pack_id}"


async def _announce(redis: Redis | None, pack_id: int, status: str, progress: int) -> None:
    # Clients also poll `upgradePack(id)`: a lost event loses nothing.
    await bus.publish(redis, channel(pack_id), {"status": status, "progress": progress})


async def _fail(redis: Redis | None, pack_id: int, reason: str) -> None:
    await UpgradePack.filter(id=pack_id, status=PackStatus.BUILDING).update(
        status=PackStatus.FAILED, reason=reason[:500], open_choice=None
    )
    await _announce(redis, pack_id, PackStatus.FAILED.value, 0)


async def build_pack(storage: Storage, redis: Redis | None, pack_id: int) -> PackStatus | None:
    """Build one queued pack; the status it ended in, or None when there was nothing to do."""
    claimed = await UpgradePack.filter(
        id=pack_id, status__in=[PackStatus.QUEUED, PackStatus.BUILDING]
    ).update(status=PackStatus.BUILDING, progress=0)
    if not claimed:
        return None
    pack = await UpgradePack.get(id=pack_id)
    await _announce(redis, pack_id, PackStatus.BUILDING.value, 0)
    try:
        members = await pack_members(pack)
    except DomainError as error:
        await _fail(redis, pack_id, error.message)
        return PackStatus.FAILED

    async def report(percent: int) -> None:
        await UpgradePack.filter(id=pack_id, status=PackStatus.BUILDING).update(progress=percent)
        await _announce(redis, pack_id, PackStatus.BUILDING.value, percent)

    try:
        stored = await build_archive(storage, members, pack.archive, report)
    except Exception as error:
        log.warning("upgrade pack %s failed", pack_id, exc_info=True)
        await _fail(redis, pack_id, f"The archive could not be built ({type(error).__name__}).")
        return PackStatus.FAILED
    now = clock.now()
    finished = await UpgradePack.filter(id=pack_id, status=PackStatus.BUILDING).update(
        status=PackStatus.READY,
        progress=100,
        stored_name=stored.name,
        size=stored.size,
        ready_at=now,
        expires_at=now + PACK_LIFETIME,
        open_choice=None,
    )
    if not finished:  # another delivery of the job finished first
        await storage.delete(stored.name)
        return None
    await _announce(redis, pack_id, PackStatus.READY.value, 100)
    return PackStatus.READY


async def remove_expired_packs(storage: Storage) -> int:
    """Ready packs past their 7 days: the archive and the row go. Returns how many."""
    expired = await UpgradePack.filter(
        status=PackStatus.READY, expires_at__lte=clock.now()
    ).values_list("id", "stored_name")
    for pack_id, stored_name in expired:
        if stored_name:
            await storage.delete(stored_name)
        await UpgradePack.filter(id=pack_id).delete()
    return len(expired)


@contextlib.asynccontextmanager
async def listen(redis: Redis, pack_id: int) -> AsyncIterator[AsyncIterator[tuple[str, int]]]:
    """Subscribe first (nothing published after this is missed), then iterate (status, percent)."""
    async with bus.listen(redis, channel(pack_id)) as stream:

        async def events() -> AsyncIterator[tuple[str, int]]:
            async for data in stream:
                yield data["status"], int(data["progress"])

        yield events()
