"""Unconfirmed sign-ups are deleted once their confirmation time is over (hourly, and at start).

Idempotent: it reads what is due from the database, so any number of workers may run it.
"""

from __future__ import annotations

import logging
from typing import Any

from arq.cron import cron

from accountdesk.settings import Settings
from jobs.worker import CRON_JOBS, FUNCTIONS
from resolvers.signup import purge_unconfirmed

__all__ = ["purge_signups"]

log = logging.getLogger("accountdesk.jobs.signups")


async def purge_signups(ctx: dict[str, Any]) -> int:
    settings: Settings = ctx["settings"]
    purged = await purge_unconfirmed(settings)
    if purged:
        log.info("purged %d unconfirmed sign-ups", purged)
    return purged


FUNCTIONS.append(purge_signups)
CRON_JOBS.append(
    cron(purge_signups, name="purge_signups", minute={17}, run_at_startup=True, unique=True)
)
