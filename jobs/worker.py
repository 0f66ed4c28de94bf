"""The arq worker: the same functions and cron jobs run in-process (embedded default) or in
`accountdesk worker` processes on any number of machines (scale-out).

arq delivers at least once, so every job is idempotent and reads what is due from the
database, not from the job's arguments. A capability adds its jobs to `FUNCTIONS`/`CRON_JOBS`.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
from typing import Any

from arq import Worker
from arq.connections import RedisSettings
from arq.cron import CronJob
from tortoise import Tortoise

from accountdesk.database import tortoise_config
from accountdesk.settings import Settings

__all__ = [
    "FUNCTIONS",
    "CRON_JOBS",
    "worker_settings",
    "start_in_process_worker",
    "InProcessWorker",
]

log = logging.getLogger("accountdesk.jobs")

FUNCTIONS: list[Any] = []
CRON_JOBS: list[CronJob] = []
QUEUE = "accountdesk:queue"


# Each adds its functions and cron jobs when imported; a capability adds its module here.
JOB_MODULES = ("jobs.mail", "jobs.sweeps", "jobs.licenses", "jobs.signups", "jobs.payments",
               "jobs.invoices")


def _register() -> None:
    """Import the job modules (a missing one stops the worker: it would drop its jobs)."""
    for module in JOB_MODULES:
        importlib.import_module(module)


def worker_settings(settings: Settings, redis_url: str, manage_database: bool) -> dict[str, Any]:
    _register()

    async def startup(ctx: dict[str, Any]) -> None:
        ctx["settings"] = settings
        if manage_database:
            await Tortoise.init(config=tortoise_config(settings), _enable_global_fallback=True)

    async def shutdown(ctx: dict[str, Any]) -> None:
        if manage_database:
            await Tortoise.close_connections()

    return {
        "functions": list(FUNCTIONS),
        "cron_jobs": list(CRON_JOBS),
        "redis_settings": RedisSettings.from_dsn(redis_url),
        "on_startup": startup,
        "on_shutdown": shutdown,
        "queue_name": QUEUE,
        "max_tries": 10,
        "handle_signals": False,
    }


class InProcessWorker:
    def __init__(self, worker: Worker) -> None:
        self.worker = worker
        self.task = asyncio.create_task(worker.async_run())

    async def close(self) -> None:
        self.task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await self.task
        await self.worker.close()


async def start_in_process_worker(settings: Settings, redis_url: str) -> InProcessWorker:
    options = worker_settings(settings, redis_url, manage_database=False)
    return InProcessWorker(Worker(**options))
