"""The sweep under concurrency and crashes: exactly one change, history row and mail per ticket.

PostgreSQL for the races (real row locks); both backends for the crash, which runs the sweep in
a separate process and kills it with SIGKILL inside an open batch.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import textwrap
from datetime import UTC, datetime, timedelta

from tortoise import connections

from accountdesk.settings import TicketTimers
from models import OutboxMail, Ticket, TicketHistory, TicketMessage
from models.tickets import TicketKind, TicketStatus
from resolvers import clock
from resolvers.tickets.sweep import sweep_all, sweep_rule
from resolvers.tickets.timers import RULES
from tests.timer_support import DEPARTMENTS, make_ticket, post_message

TIMERS = TicketTimers()
START = datetime(2026, 2, 1, 12, 0, tzinfo=UTC)
DUE = START + timedelta(days=40)


async def seed_due_tickets(author, count: int, first_id: int = 1) -> None:
    """`count` tickets, all due at DUE, spread over the four kinds of change."""
    kinds = [
        {"type": TicketKind.SALES},
        {"type": TicketKind.SUPPORT, "solved_at": START},
        {
            "type": TicketKind.GENERIC,
            "status": TicketStatus.PRE_CLOSED,
            "pre_closed_at": START + timedelta(days=1),
        },
        {"type": TicketKind.SUPPORT, "response_due_at": START + timedelta(hours=24)},
    ]
    rows = []
    for n in range(count):
        fields = {"status": TicketStatus.IN_PROGRESS, **kinds[n % len(kinds)]}
        rows.append(
            Ticket(
                id=first_id + n,
                number=500_000 + first_id + n,
                account_id=author.account_id,
                author_id=author.id,
                department=DEPARTMENTS[fields["type"]],
                title=f"Ticket {n}",
                created_at=START,
                updated_at=START,
                last_message_at=START,
                **fields,
            )
        )
    await Ticket.bulk_create(rows, batch_size=500)


async def test_two_concurrent_sweeps_change_each_of_1000_tickets_once(world, postgres):
    await seed_due_tickets(await world.user(), 1000)
    clock.set_now(DUE)
    first, second = await asyncio.gather(
        sweep_all(TIMERS, now=DUE, batch_size=50), sweep_all(TIMERS, now=DUE, batch_size=50)
    )
    changed = [c.ticket_id for c in first.changes] + [c.ticket_id for c in second.changes]
    assert first.changes and second.changes  # both sweeps took batches: they did overlap
    assert sorted(changed) == list(range(1, 1001))
    assert await TicketHistory.all().count() == 1000
    assert await OutboxMail.all().count() == 1000
    per_ticket = await TicketHistory.all().group_by("ticket_id").count()
    assert per_ticket == 1000
    assert await Ticket.filter(status=TicketStatus.PRE_CLOSED).count() == 500
    assert await Ticket.filter(status=TicketStatus.CLOSED).count() == 250
    assert await Ticket.filter(overdue=True).count() == 250


async def _after_yields(count: int, work):
    for _ in range(count):
        await asyncio.sleep(0)  # lets the other side run first: varies who reaches the row first
    return await work


async def test_message_racing_the_close_either_lands_or_is_refused_never_both(world, postgres):
    author = await world.user()
    due = START + timedelta(days=3)
    close = next(rule for rule in RULES if rule.action == "close")
    clock.set_now(due)
    outcomes = {"landed": 0, "refused": 0}
    for run in range(60):
        ticket = await make_ticket(
            author, TicketKind.SALES, START, status="pre_closed", pre_closed_at=START
        )
        closed, landed = await asyncio.gather(
            _after_yields(run % 30, sweep_rule(close, TIMERS, due, False, 500)),
            _after_yields(run % 3, post_message(ticket.id, author, due)),
        )
        after = await Ticket.get(id=ticket.id)
        messages = await TicketMessage.filter(ticket_id=ticket.id).count()
        closes = await TicketHistory.filter(ticket_id=ticket.id, action="close").count()
        mails = await OutboxMail.filter(dedupe_key__startswith=f"ticket:{ticket.id}:").count()
        if landed:
            assert (after.status, messages, closes, mails) == (TicketStatus.IN_PROGRESS, 1, 0, 0)
            assert closed == []
        else:
            assert (after.status, messages, closes, mails) == (TicketStatus.CLOSED, 0, 1, 1)
            assert [change.ticket_id for change in closed] == [ticket.id]
        outcomes["landed" if landed else "refused"] += 1
    # Both orders happened, so the race was really run.
    assert outcomes["landed"] and outcomes["refused"]


_SWEEP_PROCESS = textwrap.dedent(
    """
    import asyncio, sys, time
    from datetime import datetime
    from tortoise import Tortoise
    from accountdesk.database import tortoise_config
    from accountdesk.settings import Settings, TicketTimers
    from resolvers import clock
    import resolvers.tickets.sweep as sweep

    url, now, pause_at = sys.argv[1], datetime.fromisoformat(sys.argv[2]), int(sys.argv[3])
    batches = 0
    run_batch = sweep._run_batch

    async def pausing(statements, conn):
        # Stop inside the batch's transaction: tickets, history and mail written, not committed.
        global batches
        result = await run_batch(statements, conn)
        if not result[1]:
            return result  # counts the batches that changed tickets, as the old hook did
        batches += 1
        if batches == pause_at:
            print("paused", flush=True)
            time.sleep(600)
        return result

    sweep._run_batch = pausing

    async def main():
        await Tortoise.init(config=tortoise_config(Settings(secret_key="k" * 40), url))
        clock.set_now(now)
        await sweep.sweep_all(TicketTimers(), now=now, batch_size=50)
        await Tortoise.close_connections()
        print("done", flush=True)

    asyncio.run(main())
    """
)


async def _run_sweep_process(url: str, pause_at: int) -> str:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        _SWEEP_PROCESS,
        url,
        DUE.isoformat(),
        str(pause_at),
        stdout=asyncio.subprocess.PIPE,
        cwd=os.path.dirname(os.path.dirname(__file__)),
    )
    line = (await asyncio.wait_for(process.stdout.readline(), timeout=60)).decode().strip()
    if line == "paused":
        process.send_signal(signal.SIGKILL)
    await asyncio.wait_for(process.wait(), timeout=60)
    if url.startswith("asyncpg://"):
        await _wait_for_server_rollback()
    return line


async def _wait_for_server_rollback() -> None:
    """PostgreSQL ends the dead process's session on its own; wait until its locks are gone."""
    sql = (
        "SELECT count(*) AS open FROM pg_stat_activity WHERE datname = current_database() "
        "AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'"
    )
    for _ in range(500):
        rows = await connections.get("default").execute_query_dict(sql)
        if rows[0]["open"] == 0:
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the killed sweep's transaction is still open")


async def _state() -> tuple[list, list, list]:
    tickets = (
        await Ticket.all()
        .order_by("id")
        .values_list("id", "status", "pre_closed_at", "closed_at", "overdue", "updated_at")
    )
    history = (
        await TicketHistory.all()
        .order_by("ticket_id", "action")
        .values_list("ticket_id", "actor_id", "at", "action", "from_status", "to_status", "reason")
    )
    mails = (
        await OutboxMail.all()
        .order_by("dedupe_key")
        .values_list("dedupe_key", "recipient", "subject", "body")
    )
    return tickets, history, mails


async def test_sweep_killed_mid_batch_then_rerun_ends_as_an_uninterrupted_sweep(world, database):
    author = await world.user()
    await seed_due_tickets(author, 1000)
    assert await _run_sweep_process(database, pause_at=0) == "done"
    uninterrupted = await _state()

    await TicketHistory.all().delete()
    await OutboxMail.all().delete()
    await Ticket.all().delete()
    await seed_due_tickets(author, 1000)
    assert await _run_sweep_process(database, pause_at=8) == "paused"
    # Seven batches committed; the eighth died with the process and left nothing behind.
    assert await TicketHistory.all().count() == 7 * 50
    assert await OutboxMail.all().count() == 7 * 50
    assert await Ticket.filter(status=TicketStatus.IN_PROGRESS, overdue=False).count() > 0
    assert await _run_sweep_process(database, pause_at=0) == "done"
    assert await _state() == uninterrupted
    assert len(uninterrupted[1]) == len(uninterrupted[2]) == 1000
