"""The ticket sweeps as an arq cron job: every N minutes (`SWEEP_INTERVAL_MINUTES`, default 5).

The job takes no arguments and reads what is due from the database, so a tick missed while no
worker ran is caught up by the next one (and by the run at worker start-up), a duplicate
delivery changes nothing, and any number of workers may run it at once (see
`resolvers.tickets.sweep`).
"""

from __future__ import annotations

import logging
import os
from typing import Any

from arq.cron import CronJob, cron

from accountdesk.settings import Settings, TicketTimers
from jobs.worker import CRON_JOBS, FUNCTIONS
from resolvers.outbox import note_queued
from resolvers.tickets.sweep import sweep_all

__all__ = ["sweep_tickets", "schedule", "timer_cron"]

log = logging.getLogger("accountdesk.jobs.sweeps")


async def sweep_tickets(ctx: dict[str, Any]) -> dict[str, int]:
    from accountdesk.observe.metrics import count_sweep

    settings: Settings = ctx["settings"]
    report = await sweep_all(settings.timers)
    counts = report.counts()
    if report.changes:
        note_queued()  # its mails are written in SQL: ask for a send when the job ends
    if report.purged_access_info:
        counts["purge_access_info"] = report.purged_access_info
    if any(counts.values()):
        log.info("ticket sweep: %s", ", ".join(f"{k} {v}" for k, v in counts.items() if v))
    if ctx.get("redis") is not None:
        await count_sweep(ctx["redis"], counts)
    return counts


def schedule(interval_minutes: int) -> dict[str, Any]:
    """arq cron fields for "every N minutes": minutes of the hour (or hours of the day)."""
    if interval_minutes < 60:
        return {"minute": set(range(0, 60, interval_minutes))}
    hours = max(1, interval_minutes // 60)
    return {"minute": {0}, "hour": set(range(0, 24, hours))}


def timer_cron(job: Any, name: str) -> CronJob:
    """An arq cron entry on the timers' interval (`SWEEP_INTERVAL_MINUTES`), also run when a
    worker starts, enqueued once per tick however many workers run."""
    # arq reads the cron table when the worker starts, before any Settings object exists,
    # so the interval comes from the environment here, like every other setting.
    interval = TicketTimers.from_env(dict(os.environ)).sweep_interval_minutes
    return cron(
        job,
        name=name,
        run_at_startup=True,
        unique=True,
        timeout=max(300, interval * 60),
        **schedule(interval),
    )


FUNCTIONS.append(sweep_tickets)
CRON_JOBS.append(timer_cron(sweep_tickets, "sweep_tickets"))
