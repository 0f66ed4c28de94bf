"""The overdue invoice reminder as an arq cron job, on the ticket sweep's interval.

It takes no arguments and reads what is due from the database (see
`resolvers.invoices.reminders`): a missed tick is caught up by the next, a duplicate delivery
or a second worker finds nothing left to claim.
"""

from __future__ import annotations

import logging
from typing import Any

from jobs.sweeps import timer_cron
from jobs.worker import CRON_JOBS, FUNCTIONS
from resolvers.invoices.reminders import send_overdue_reminders

__all__ = ["remind_overdue_invoices"]

log = logging.getLogger("accountdesk.jobs.invoices")


async def remind_overdue_invoices(ctx: dict[str, Any]) -> int:
    reminded = await send_overdue_reminders()
    if reminded:
        log.info("overdue invoice reminders: %s", reminded)
        from jobs.mail import nudge

        if "redis" in ctx:
            await nudge(ctx["redis"])
    return reminded


FUNCTIONS.append(remind_overdue_invoices)
CRON_JOBS.append(timer_cron(remind_overdue_invoices, "remind_overdue_invoices"))
