"""Upgrade packs: `build_upgrade_pack` (queued by `requestUpgradePack`) and an hourly cron that
removes packs past their 7 days. Both are idempotent (see `resolvers.files.building`)."""

from __future__ import annotations

import logging
from typing import Any

from arq import func
from arq.connections import ArqRedis
from arq.cron import cron
from redis.asyncio import Redis

from jobs.worker import CRON_JOBS, FUNCTIONS, QUEUE
from resolvers.files import building
from resolvers.storage import storage_for

__all__ = ["build_upgrade_pack", "remove_expired_upgrade_packs", "enqueue_build"]

log = logging.getLogger("accountdesk.jobs.packs")


async def build_upgrade_pack(ctx: dict[str, Any], pack_id: int) -> str | None:
    status = await building.build_pack(storage_for(ctx["settings"]), ctx.get("redis"), pack_id)
    return status.value if status else None


async def remove_expired_upgrade_packs(ctx: dict[str, Any]) -> int:
    return await building.remove_expired_packs(storage_for(ctx["settings"]))


async def enqueue_build(redis: Redis, pack_id: int) -> None:
    """Queue the build; the job id is per pack, so a second request queues nothing twice."""
    pool = ArqRedis(connection_pool=redis.connection_pool)
    await pool.enqueue_job(
        "build_upgrade_pack", pack_id, _job_id=f"upgrade-pack-{pack_id}", _queue_name=QUEUE
    )


# A build may take minutes on a large version; a retry after a crash starts it again.
FUNCTIONS.append(
    func(build_upgrade_pack, name="build_upgrade_pack", timeout=3600, max_tries=3, keep_result=0)
)
FUNCTIONS.append(remove_expired_upgrade_packs)
CRON_JOBS.append(
    cron(
        remove_expired_upgrade_packs,
        name="remove_expired_upgrade_packs",
        minute=17,  # hourly, and once at start: a tick missed while no worker ran is made up
        run_at_startup=True,
        unique=True,
        keep_result=0,
    )
)
