"""License reminders as an arq cron job: the old installation's removal deadline (SPEC 3).

Runs on the ticket timers' interval (`SWEEP_INTERVAL_MINUTES`) and at worker start. The job
reads what is due from the database, so missed ticks are caught up by the next one, and any
number of workers may run it at once: `resolvers.licenses.removal` sends each reminder once.
"""

from __future__ import annotations

import logging
from typing import Any

from jobs.sweeps import timer_cron
from jobs.worker import CRON_JOBS, FUNCTIONS
from resolvers import clock
from resolvers.licenses.removal import send_removal_reminders

__all__ = ["remind_old_installation_removal"]

log = logging.getLogger("accountdesk.jobs.licenses")


async def remind_old_installation_removal(ctx: dict[str, Any]) -> int:
    reminded = await send_removal_reminders(clock.now())
    if reminded:
        log.info("old installation removal reminders: %d", reminded)
    return reminded


FUNCTIONS.append(remind_old_installation_removal)
CRON_JOBS.append(timer_cron(remind_old_installation_removal, "remind_old_installation_removal"))
