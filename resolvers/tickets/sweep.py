"""The sweep: applies the timer rules (`timers.RULES`) in set-based batches, exactly once.

One batch is one transaction, whatever its size (the SQL is in `resolvers/sql/sweep.py`,
generated from the rule once per rule run):

1. claim: `SELECT id, status FROM ticket WHERE <rule> LIMIT n FOR UPDATE OF ticket SKIP
   LOCKED` (PostgreSQL; SQLite has no row locks and keeps the ids in a temporary table);
2. change: `UPDATE ticket SET ... WHERE id IN (<claimed>) AND <rule> RETURNING ...`, the
   rule re-checked in the statement itself;
3. one `ticket_history` row per changed ticket (actor null = the system, reason = the rule),
   `INSERT ... SELECT` from the changed rows;
4. one outbox mail per changed ticket, written in Python by `notify.sweep_mails` from the
   changed rows and inserted many rows a statement, `ON CONFLICT (dedupe_key) DO NOTHING`,
   the key naming the event (`ticket:12:auto_pre_close:<pre_closed_at>`).

On PostgreSQL 1-3 are one statement (data-modifying CTEs) and the mail a second; on SQLite,
four short ones (empty the temporary table, claim into it, UPDATE ... RETURNING, history) and
the mail.

Why exactly once:
- PostgreSQL: the claim locks the rows until commit and skips rows another sweep (or a message
  being posted) holds, so two sweeps take disjoint batches. A row claimed here cannot change
  before the UPDATE; a row changed by others before the claim is re-read at its newest
  version (READ COMMITTED) and no longer matches. History and mail are written for the rows
  the UPDATE returned, in its transaction: all or nothing.
- SQLite: a batch begins `IMMEDIATE` (it holds the one write lock from its first statement),
  so no other connection or process commits between our claim and our UPDATE; the claim and
  the UPDATE see one snapshot; history and mail are written for the claimed rows the UPDATE
  changed. (A batch holds the process's one SQLite connection: with the worker in the API's
  process, requests wait for it; see bench/README.md, "sweep-p99".)
- A crash (SIGKILL) loses at most the open batch, which rolls back entirely; the next run
  finds the same tickets still due, because the database says what is due, not the tick.
- Messages race the close through `record_message` (activity.py): its UPDATE of the ticket
  row is guarded by the status it read, and the close is guarded by `last_message_at <=
  pre_closed_at`; the row lock orders the two, and the second sees the first's result (the
  ticket no longer matches, or the message is refused as `closed`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from tortoise.transactions import in_transaction

from accountdesk.settings import TicketTimers
from models import Ticket, TicketHistory
from models.tickets import AccessInfo
from resolvers import clock
from resolvers.outbox import enqueue_many
from resolvers.sql.bulk import insert_rows
from resolvers.sql.claims import locked_rows, returning_ids
from resolvers.sql.sweep import BatchStatements, run_batch
from resolvers.tickets.notify import sweep_mails
from resolvers.tickets.timers import RULES, Rule

__all__ = [
    "SweepChange",
    "SweepReport",
    "sweep_all",
    "sweep_rule",
    "purge_access_info",
]

_CLAIMED = ("id", "number", "status")


_HISTORY = ("ticket_id", "at", "action", "from_status", "to_status", "reason")


class SweepChange(NamedTuple):
    """One ticket a rule changed (a tuple: a sweep builds one per changed ticket)."""

    rule: str
    ticket_id: int
    number: int
    from_status: str
    to_status: str | None


@dataclass
class SweepReport:
    now: datetime
    dry_run: bool = False
    changes: list[SweepChange] = field(default_factory=list)
    purged_access_info: int = 0

    def counts(self) -> dict[str, int]:
        counted = {rule.name: 0 for rule in RULES}
        for change in self.changes:
            counted[change.rule] += 1
        return counted


async def sweep_all(
    timers: TicketTimers,
    now: datetime | None = None,
    dry_run: bool = False,
    batch_size: int | None = None,
) -> SweepReport:
    """Run every rule once, then the access-info purge. Safe to run anywhere, any number of times."""
    report = SweepReport(now=now or clock.now(), dry_run=dry_run)
    size = batch_size or timers.sweep_batch_size
    for rule in RULES:
        report.changes += await sweep_rule(rule, timers, report.now, dry_run, size)
    report.purged_access_info = await purge_access_info(timers, report.now, dry_run, size)
    return report


async def sweep_rule(
    rule: Rule, timers: TicketTimers, now: datetime, dry_run: bool, batch_size: int
) -> list[SweepChange]:
    if dry_run:
        rows = await Ticket.filter(rule.due(now, timers)).order_by("id").values(*_CLAIMED)
        return _changes(rule, [(row["id"], row["number"], row["status"]) for row in rows])
    changes: list[SweepChange] = []
    statements = BatchStatements(rule, timers, now, batch_size)
    while True:
        async with in_transaction() as conn:
            claimed, changed = await _run_batch(statements, conn)
        changes += _changes(rule, [row[:3] for row in changed])
        # A batch that changed nothing (its rows stopped matching between claim and change)
        # ends the sweep rather than risk claiming them again; the next tick looks again.
        if claimed < batch_size or not changed:
            return changes


async def _run_batch(statements: BatchStatements, conn: Any) -> tuple[int, list[tuple]]:
    """One batch in the caller's transaction, its mail included: (claimed, changed rows)."""
    claimed, changed = await run_batch(statements, conn)
    rule, timers, now = statements.rule, statements.timers, statements.now
    await enqueue_many(sweep_mails(rule, timers, now, changed), conn)
    return claimed, changed


def _changes(rule: Rule, rows: list[tuple]) -> list[SweepChange]:
    """`SweepChange`s from (id, number, from_status) rows; what is the same for all, looked up once."""
    name, to_status = rule.name, rule.to_status.value if rule.to_status else None
    return [
        SweepChange(name, ticket_id, number, str(status), to_status)
        for ticket_id, number, status in rows
    ]


async def purge_access_info(
    timers: TicketTimers, now: datetime, dry_run: bool, batch_size: int
) -> int:
    """Delete access info older than the retention; each ticket that lost some gets one
    history row per batch."""
    cutoff = now - timers.access_info_retention
    if dry_run:
        return await AccessInfo.filter(created_at__lte=cutoff).count()
    purged = 0
    while True:
        async with in_transaction() as conn:
            due = AccessInfo.filter(created_at__lte=cutoff).order_by("id").limit(batch_size)
            claimed = await locked_rows(due.using_db(conn), ("id", "ticket_id"), conn)
            if not claimed:
                return purged
            ids = [row["id"] for row in claimed]
            gone = await returning_ids(
                AccessInfo.filter(id__in=ids, created_at__lte=cutoff).using_db(conn).delete(), conn
            )
            tickets = {row["ticket_id"] for row in claimed if row["id"] in gone}
            reason = f"access info older than {timers.access_info_retention.days} days"
            history = [
                (ticket_id, now, "purge_access_info", None, None, reason)
                for ticket_id in sorted(tickets)
            ]
            await insert_rows(TicketHistory, _HISTORY, history, conn)
        purged += len(gone)
        if len(claimed) < batch_size:
            return purged
