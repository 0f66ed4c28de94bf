"""Bench: the ticket sweep against one bare UPDATE doing the same status change.

Seeds N idle sales tickets (default 100,000), then times
- bare: one `UPDATE ticket SET status = 'pre_closed', ... WHERE <due>` (no history, no mail);
- sweep: `sweep_all` (every rule, batches of `SWEEP_BATCH_SIZE`, with one history row and
  one outbox mail per ticket, as production runs it);
on SQLite (a temporary file) and on PostgreSQL (a throwaway pgserver), and prints the ratios.

    python bench/sweep.py                 # both backends, 100,000 tickets
    python bench/sweep.py --tickets 20000 --backends sqlite
    python bench/run.py sweep --tickets 20000      # the same, from the ratio harness
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tortoise import Tortoise, connections  # noqa: E402
from tortoise.backends.base.executor import EXECUTOR_CACHE  # noqa: E402
from tortoise.transactions import in_transaction  # noqa: E402

from accountdesk.database import tortoise_config  # noqa: E402
from accountdesk.settings import Settings, TicketTimers  # noqa: E402
from models import Account, OutboxMail, Ticket, TicketHistory, User  # noqa: E402
from models.enums import Department  # noqa: E402
from models.tickets import TicketKind, TicketStatus  # noqa: E402
from resolvers import clock  # noqa: E402
from resolvers.tickets.sweep import sweep_all  # noqa: E402
from resolvers.tickets.timers import RULES  # noqa: E402

START = datetime(2026, 1, 1, tzinfo=UTC)
NOW = START + timedelta(days=31)
TIMERS = TicketTimers.from_env(dict(os.environ))  # SWEEP_BATCH_SIZE=2000 to compare


async def seed(count: int) -> None:
    account = await Account.create(name="Bench Shop")
    author = await User.create(account=account, email="bench@shop.test", contact_email="b@s.t")
    batch = []
    for n in range(count):
        batch.append(
            Ticket(
                number=1_000_000 + n,
                account_id=account.id,
                author_id=author.id,
                type=TicketKind.SALES,
                department=Department.SALES,
                status=TicketStatus.IN_PROGRESS,
                title=f"Quote request {n}",
                created_at=START,
                updated_at=START,
                last_message_at=START,
            )
        )
        if len(batch) == 5000:
            await Ticket.bulk_create(batch)
            batch = []
    if batch:
        await Ticket.bulk_create(batch)


async def reset(postgres: bool) -> None:
    await Ticket.all().update(status=TicketStatus.IN_PROGRESS, pre_closed_at=None, updated_at=START)
    await TicketHistory.all().delete()
    await OutboxMail.all().delete()
    if postgres:
        await connections.get("default").execute_script("VACUUM ANALYZE")


async def bare_update() -> float:
    """The same change the sweep makes, as one statement: the floor to compare against."""
    rule = next(rule for rule in RULES if rule.name == "sales_idle")
    started = time.perf_counter()
    changed = await Ticket.filter(rule.due(NOW, TIMERS)).update(**rule.changes(NOW))
    elapsed = time.perf_counter() - started
    assert changed > 0, "nothing was due"
    return elapsed


_DUE = (
    "status IN ('submitted', 'assigned', 'in_progress', 'reopened') AND type = 'sales' "
    "AND is_log = {false} AND last_message_at <= {cutoff}"
)
_WRITES = (
    "INSERT INTO ticket_history (ticket_id, at, action, from_status, to_status, reason) "
    "SELECT id, {now}, 'pre_close', status, 'pre_closed', 'sales_idle' FROM ticket WHERE {due}",
    "INSERT INTO outbox_mail (dedupe_key, recipient, subject, body, created_at, "
    "next_attempt_at, attempts, last_error) SELECT 'ticket:' || t.id || ':auto_pre_close', "
    "u.contact_email, 'Ticket #' || t.number || ' was pre-closed: ' || t.title, "
    "'Your ticket #' || t.number || ' was pre-closed.', {now}, {now}, 0, '' "
    'FROM ticket t JOIN "user" u ON u.id = t.author_id WHERE {due}',
    "UPDATE ticket SET status = 'pre_closed', pre_closed_at = {now}, updated_at = {now} "
    "WHERE {due}",
)


async def bare_writes(postgres: bool) -> float:
    """The same writes as the sweep (change, history row, mail) as three bare statements."""
    marks = {"now": "$1", "cutoff": "$2"} if postgres else {"now": "?", "cutoff": "?"}
    due = _DUE.format(false="false" if postgres else "0", cutoff=marks["cutoff"])
    cutoff = NOW - TIMERS.sales_idle
    started = time.perf_counter()
    async with in_transaction() as conn:
        for template in _WRITES:
            sql = template.format(now=marks["now"], due=due)
            if postgres:
                params = [NOW, cutoff]
            else:  # positional: one value per mark, in order
                params = [NOW] * sql.split(" WHERE ")[0].count("?") + [cutoff]
            await conn.execute_query(sql, params)
    return time.perf_counter() - started


async def sweep() -> tuple[float, int]:
    clock.set_now(NOW)
    started = time.perf_counter()
    report = await sweep_all(TIMERS, now=NOW)
    return time.perf_counter() - started, len(report.changes)


async def run(backend: str, url: str, count: int) -> tuple[float, float, float]:
    EXECUTOR_CACHE.clear()
    settings = Settings(secret_key="bench-" + "x" * 40)
    await Tortoise.init(config=tortoise_config(settings, url), _enable_global_fallback=True)
    try:
        await Tortoise.generate_schemas(safe=True)
        await seed(count)
        postgres = backend == "postgres"
        await reset(postgres)
        first = await bare_update()
        await reset(postgres)
        bare = min(first, await bare_update())
        await reset(postgres)
        writes = await bare_writes(postgres)
        assert await TicketHistory.all().count() == await OutboxMail.all().count() == count
        await reset(postgres)
        swept, changed = await sweep()
        assert changed == count, (changed, count)
        assert await TicketHistory.all().count() == count
        assert await OutboxMail.all().count() == count
        return bare, writes, swept
    finally:
        await Tortoise.close_connections()


def database_url(backend: str, workdir: Path) -> tuple[str, object | None]:
    if backend == "sqlite":
        return f"sqlite://{workdir / 'bench.sqlite3'}", None
    import pgserver

    server = pgserver.get_server(str(workdir / "pg"), cleanup_mode="stop")
    server.psql("CREATE DATABASE bench;")
    return f"asyncpg://postgres:@/bench?host={workdir / 'pg'}", server


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--backends", default="sqlite,postgres")
    args = parser.parse_args(argv)
    print(f"{args.tickets} idle sales tickets, batches of {TIMERS.sweep_batch_size}")
    for backend in args.backends.split(","):
        with tempfile.TemporaryDirectory(prefix="accountdesk-bench-") as workdir:
            url, server = database_url(backend, Path(workdir))
            try:
                bare, writes, swept = asyncio.run(run(backend, url, args.tickets))
            finally:
                if server is not None:
                    server.cleanup()
        print(
            f"{backend}: sweep {swept:.2f} s\n"
            f"  vs bare status-only UPDATE          {bare:6.2f} s -> ratio {swept / bare:5.2f}x\n"
            f"  vs bare UPDATE + history + mail SQL {writes:6.2f} s -> ratio {swept / writes:5.2f}x"
        )


if __name__ == "__main__":
    main()
