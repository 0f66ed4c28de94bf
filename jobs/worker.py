"""The arq worker: the same functions and cron jobs run in-process (embedded default) or in
`accountdesk worker` processes on any number of machines (scale-out).

arq delivers at least once, so every job is idempotent and reads what is due from the
database, not from the job's arguments. A capability adds its jobs to `FUNCTIONS`/`CRON_JOBS`.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import importlib
import logging
import signal
from collections.abc import Awaitable, Callable
from typing import Any

from arq import Worker
from arq.connections import ArqRedis, RedisSettings, create_pool
from arq.cron import CronJob
from arq.worker import Function
from redis.exceptions import RedisError
from tortoise import Tortoise

from accountdesk.database import tortoise_config
from accountdesk.observe import record, tracing
from accountdesk.settings import Settings

__all__ = [
    "FUNCTIONS",
    "CRON_JOBS",
    "worker_settings",
    "start_in_process_worker",
    "InProcessWorker",
    "AccountDeskWorker",
    "STARTUP_SUFFIX",
]

log = logging.getLogger("accountdesk.jobs")

FUNCTIONS: list[Any] = []
CRON_JOBS: list[CronJob] = []
QUEUE = "accountdesk:queue"
# The id of a cron job's start-up catch-up: while one is queued or running, a worker that
# starts meanwhile adds none (arq refuses a job id it already holds).
STARTUP_SUFFIX = ":startup"
# A cron job whose worker died mid-run is run again by another, not dropped as "max retries".
CRON_TRIES = 3
RECONNECT_CAP_SECONDS = 30


# Each adds its functions and cron jobs when imported; a capability adds its module here.
JOB_MODULES = (
    "jobs.mail",
    "jobs.sweeps",
    "jobs.licenses",
    "jobs.signups",
    "jobs.payments",
    "jobs.packs",
    "jobs.invoices",
)


def _register() -> None:
    """Import the job modules (a missing one stops the worker: it would drop its jobs)."""
    for module in JOB_MODULES:
        importlib.import_module(module)


def worker_settings(settings: Settings, redis_url: str, manage_database: bool) -> dict[str, Any]:
    _register()
    crons = [_observed_cron(job) for job in CRON_JOBS]
    catch_up = [job.name for job in CRON_JOBS if job.run_at_startup]

    async def startup(ctx: dict[str, Any]) -> None:
        ctx["settings"] = settings
        if manage_database:
            await Tortoise.init(config=tortoise_config(settings), _enable_global_fallback=True)
        for name in catch_up:
            await ctx["redis"].enqueue_job(name, _job_id=name + STARTUP_SUFFIX, _queue_name=QUEUE)

    async def shutdown(ctx: dict[str, Any]) -> None:
        if manage_database:
            await Tortoise.close_connections()

    return {
        "functions": [_observed_function(function) for function in FUNCTIONS],
        "cron_jobs": crons,
        # No retries inside arq: `InProcessWorker` reconnects with its own capped back-off.
        "redis_settings": dataclasses.replace(RedisSettings.from_dsn(redis_url), conn_retries=0),
        "on_startup": startup,
        "on_shutdown": shutdown,
        "queue_name": QUEUE,
        "max_tries": 10,
        "handle_signals": False,
    }


def _observed(name: str, coroutine: Callable[..., Any]) -> Callable[..., Any]:
    """Every job run: a record (SQL count, queued mail), a span, and run/failure counters."""

    @functools.wraps(coroutine)
    async def run(ctx: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        from accountdesk.observe.metrics import count_job

        current, token = record.start("job", name)
        failed = False
        try:
            with tracing.span(f"job {name}", **{"job.try": ctx.get("job_try", 1)}):
                return await coroutine(ctx, *args, **kwargs)
        except Exception:
            failed = True
            raise
        finally:
            record.finish(token)
            await _after_job(ctx, name, failed, current.mail_queued, count_job)

    return run


async def _after_job(ctx: dict[str, Any], name: str, failed: bool, mail: bool, count: Any) -> None:
    redis = ctx.get("redis")
    if redis is None:
        return
    with contextlib.suppress(RedisError, OSError):
        await count(redis, name, failed)
    if mail and name != "drain_outbox":
        from jobs.mail import nudge

        await nudge(redis)


def _observed_function(function: Any) -> Any:
    if isinstance(function, Function):
        return dataclasses.replace(function, coroutine=_observed(function.name, function.coroutine))
    return _observed(function.__qualname__, function)


def _observed_cron(job: CronJob) -> CronJob:
    # arq's own start-up run is replaced by the catch-up queued in `startup` (one per start).
    return dataclasses.replace(
        job,
        coroutine=_observed(job.name, job.coroutine),
        run_at_startup=False,
        max_tries=max(job.max_tries or 1, CRON_TRIES),
        keep_result_s=0,  # a kept result would block the next start-up catch-up's job id
    )


class AccountDeskWorker(Worker):
    """arq's worker, saying why it stops in plain words (arq says "SIGUSR1" when closed)."""

    stop_reason = "the process is stopping"

    def handle_sig(self, signum: int) -> None:
        reason = self.stop_reason
        if signum != signal.SIGUSR1:
            reason = f"signal {signal.Signals(signum).name}"
        running = [task for task in self.tasks.values() if not task.done()]
        log.info(
            "worker stopping (%s): %d jobs done, %d failed, %d retried, %d running cancelled",
            reason, self.jobs_complete, self.jobs_failed, self.jobs_retried, len(running),
        )  # fmt: skip
        for task in running:
            task.cancel()
        if self.main_task:
            self.main_task.cancel()


class InProcessWorker:
    """Runs an arq worker as a task; a lost Redis is one warning per back-off step (1 s doubling,
    at most 30 s), and the worker starts again by itself when Redis is back."""

    def __init__(
        self, options: dict[str, Any], sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    ) -> None:
        self.options = options
        self.sleep = sleep  # the back-off's wait; tests count the steps instead of waiting
        self.worker = AccountDeskWorker(**options)
        self.task = asyncio.create_task(self._supervise())

    async def _supervise(self) -> None:
        delay = 1
        while True:
            try:
                await self.worker.async_run()
            except (TimeoutError, RedisError, OSError) as error:
                self._abandon()
                log.warning("worker lost Redis (%s); retrying in %d s", _describe(error), delay)
            else:
                return
            pool = None
            while pool is None:
                await self.sleep(delay)
                delay = min(delay * 2, RECONNECT_CAP_SECONDS)
                pool = await self._connect(delay)
            log.warning("worker reconnected to Redis")
            delay = 1
            self.worker = AccountDeskWorker(**self.options, redis_pool=pool)

    async def _connect(self, delay: int) -> ArqRedis | None:
        try:
            return await create_pool(self.options["redis_settings"], default_queue_name=QUEUE)
        except (TimeoutError, RedisError, OSError) as error:
            log.warning(
                "worker still without Redis (%s); retrying in %d s", _describe(error), delay
            )
            return None

    def _abandon(self) -> None:
        for task in self.worker.tasks.values():
            task.cancel()

    async def close(self, reason: str | None = None) -> None:
        if reason:
            self.worker.stop_reason = reason
        self.task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await self.task
        # arq's close gathers the job tasks it has just cancelled: their CancelledError is
        # the expected end of a stop, not a failure of the process.
        with contextlib.suppress(asyncio.CancelledError, RedisError, OSError):
            await self.worker.close()
        if self.worker._pool is not None:  # left open when arq's close stopped short
            with contextlib.suppress(RedisError, OSError):
                await self.worker.pool.close(close_connection_pool=True)


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}".strip().rstrip(":")


async def start_in_process_worker(settings: Settings, redis_url: str) -> InProcessWorker:
    return InProcessWorker(worker_settings(settings, redis_url, manage_database=False))
