"""The operator command `accountdesk sweep` and the arq cron job that runs the sweeps."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from datetime import UTC, datetime, timedelta

from arq.connections import ArqRedis
from arq.constants import job_key_prefix as JOB_KEY

from accountdesk.cli_sweep import add_commands, run_sweep
from jobs.sweeps import schedule, sweep_tickets
from jobs.worker import STARTUP_SUFFIX, worker_settings
from models import OutboxMail, Ticket, TicketHistory
from models.tickets import TicketKind, TicketStatus
from resolvers import clock
from tests.timer_support import make_ticket

START = datetime(2026, 4, 1, 8, 0, tzinfo=UTC)


def test_sweep_command_takes_a_moment_and_dry_run():
    parser = argparse.ArgumentParser()
    add_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["sweep", "--now", "2026-05-01T10:00:00Z", "--dry-run"])
    assert (args.now, args.dry_run, args.handler) == (
        datetime(2026, 5, 1, 10, 0, tzinfo=UTC),
        True,
        run_sweep,
    )
    plain = parser.parse_args(["sweep", "--now", "2026-05-01T10:00:00"])
    assert plain.now.tzinfo is UTC and plain.dry_run is False


async def _command(database: str, settings, *arguments: str) -> str:
    env = {
        **os.environ,
        "DATABASE_URL": database,
        "SECRET_KEY": settings.secret_key,
        "VAR_DIR": str(settings.var_dir),
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "accountdesk.cli_sweep",
        *arguments,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=env,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode == 0, err.decode()
    return out.decode()


async def test_sweep_command_prints_what_it_would_change_then_changes_it(world, database, settings):
    ticket = await make_ticket(await world.user(), TicketKind.SALES, START)
    moment = (START + timedelta(days=30)).isoformat()
    dry = await _command(database, settings, "--now", moment, "--dry-run")
    assert f"sales_idle: ticket #{ticket.number} in_progress -> pre_closed" in dry
    assert "would change 1 tickets" in dry
    assert (await Ticket.get(id=ticket.id)).status is TicketStatus.IN_PROGRESS
    done = await _command(database, settings, "--now", moment)
    assert "changed 1 tickets" in done
    assert (await Ticket.get(id=ticket.id)).status is TicketStatus.PRE_CLOSED
    assert await TicketHistory.all().count() == await OutboxMail.all().count() == 1


async def test_worker_runs_the_sweep_every_five_minutes_and_at_start_up(
    settings, redis_url, services
):
    options = worker_settings(settings, redis_url, False)
    jobs = {job.name: job for job in options["cron_jobs"]}
    sweep = jobs["sweep_tickets"]
    assert sweep.minute == set(range(0, 60, 5))
    assert sweep.unique
    await options["on_startup"]({"redis": ArqRedis(connection_pool=services.redis.connection_pool)})
    assert await services.redis.exists(f"{JOB_KEY}sweep_tickets{STARTUP_SUFFIX}")
    assert schedule(15) == {"minute": {0, 15, 30, 45}}
    assert schedule(120) == {"minute": {0}, "hour": set(range(0, 24, 2))}


async def test_sweep_job_sweeps_what_the_database_says_is_due(world, settings):
    ticket = await make_ticket(await world.user(), TicketKind.SALES, START)
    clock.set_now(START + timedelta(days=31))
    counts = await sweep_tickets({"settings": settings})
    assert counts["sales_idle"] == 1
    assert (await Ticket.get(id=ticket.id)).status is TicketStatus.PRE_CLOSED
