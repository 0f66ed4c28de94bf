"""The sweep: applies the timer rules (`timers.RULES`) in set-based batches, exactly once.

One batch is one transaction, whatever its size (the SQL is in `sweep_sql`, generated from
the rule once per rule run):

1. claim: `SELECT id, status FROM ticket WHERE <rule> LIMIT n FOR UPDATE OF ticket SKIP
   LOCKED` (PostgreSQL; SQLite has no row locks and keeps the ids in a temporary table);
2. change: `UPDATE ticket SET ... WHERE id IN (<claimed>) AND <rule> RETURNING ...`, the
   rule re-checked in the statement itself;
3. one `ticket_history` row per changed ticket (actor null = the system, reason = the rule),
   `INSERT ... SELECT` from the changed rows;
4. one outbox mail per changed ticket, `INSERT ... SELECT ... ON CONFLICT (dedupe_key) DO
   NOTHING`, the text built in SQL, the key naming the event
   (`ticket:12:auto_pre_close:<pre_closed_at>`).

On PostgreSQL the four are one statement (data-modifying CTEs); on SQLite, five short ones.
Only the ids, numbers and statuses of the report come back to Python.

Why exactly once:
- PostgreSQL: the claim locks the rows until commit and skips rows another sweep (or a message
  being posted) holds, so two sweeps take disjoint batches. A row claimed here cannot change
  before the UPDATE; a row changed by others before the claim is re-read at its newest
  version (READ COMMITTED) and no longer matches. History and mail are written for the rows
  the UPDATE returned, in its statement: all or nothing.
- SQLite: a process has one connection and Tortoise serializes its transactions; another
  process cannot commit between our claim and our UPDATE (the upgrade to a writer fails with
  SQLITE_BUSY and the batch rolls back instead). The claim and the UPDATE see one snapshot;
  history and mail are written for the claimed rows the UPDATE changed.
- A crash (SIGKILL) loses at most the open batch, which rolls back entirely; the next run
  finds the same tickets still due, because the database says what is due, not the tick.
- Messages race the close through `record_message` (activity.py): its UPDATE of the ticket
  row is guarded by the status it read, and the close is guarded by `last_message_at <=
  pre_closed_at`; the row lock orders the two, and the second sees the first's result (the
  ticket no longer matches, or the message is refused as `closed`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from tortoise import Tortoise
from tortoise.queryset import AwaitableQuery, QuerySet
from tortoise.transactions import in_transaction

from accountdesk.settings import TicketTimers
from models import Ticket, TicketHistory
from resolvers import clock
from resolvers.bulk import insert_rows
from resolvers.tickets.sweep_sql import TEMPORARY, BatchStatements
from resolvers.tickets.timers import RULES, Rule

__all__ = [
    "Change",
    "SweepReport",
    "sweep_all",
    "sweep_rule",
    "purge_access_info",
    "claim",
    "returning",
]

_CLAIMED = (
    "id",
    "number",
    "title",
    "status",
    "department",
    "pre_closed_at",
    "response_due_at",
    "author__contact_email",
)


_HISTORY = ("ticket_id", "at", "action", "from_status", "to_status", "reason")


class Change(NamedTuple):
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
    changes: list[Change] = field(default_factory=list)
    # None: there is no access-info model to purge yet.
    purged_access_info: int | None = None

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
) -> list[Change]:
    if dry_run:
        rows = await Ticket.filter(rule.due(now, timers)).order_by("id").values(*_CLAIMED)
        return _changes(rule, [(row["id"], row["number"], row["status"]) for row in rows])
    changes: list[Change] = []
    statements = BatchStatements(rule, timers, now, batch_size)
    while True:
        async with in_transaction() as conn:
            claimed, changed = await _run_batch(statements, conn)
        changes += _changes(rule, changed)
        # A batch that changed nothing (its rows stopped matching between claim and change)
        # ends the sweep rather than risk claiming them again; the next tick looks again.
        if claimed < batch_size or not changed:
            return changes


async def _run_batch(statements: BatchStatements, conn: Any) -> tuple[int, list[tuple]]:
    """One batch in the caller's transaction: (rows claimed, (id, number, from_status) changed)."""
    if statements.postgres:
        ((sql, params),) = statements.batch
        _, rows = await conn.execute_query(sql, params)
        # Claimed rows the UPDATE did not match are not counted: at worst the run ends early.
        return len(rows), [tuple(row) for row in rows]
    create, clear, claim, update, *writes = statements.batch
    await conn.execute_query(*create)
    await conn.execute_query(*clear)
    _, claimed = await conn.execute_query(*claim)
    if not claimed:
        return 0, []
    _, updated = await conn.execute_query(*update)
    if len(updated) < len(claimed):  # cannot happen under SQLite's one writer; kept honest
        ids = [row[0] for row in updated]
        await conn.execute_query(
            f"DELETE FROM {TEMPORARY} WHERE claimed_id NOT IN (SELECT value FROM json_each(?))",
            [json.dumps(ids)],
        )
    for sql, params in writes:
        await conn.execute_query(sql, params)
    status = dict(claimed)
    return len(claimed), [(ticket_id, number, status[ticket_id]) for ticket_id, number in updated]


async def claim(queryset: QuerySet, columns: tuple[str, ...]) -> list[dict[str, Any]]:
    """`values(*columns)` with `FOR UPDATE OF <table> SKIP LOCKED` where the database has it.

    Tortoise drops `select_for_update()` from `.values()` queries, so the lock is added to the
    built statement here; the rows still go through Tortoise's value conversion.
    """
    values = queryset.values(*columns)
    values._choose_db_if_not_chosen()
    values._make_query()  # builds `values.query` in the dialect of the chosen connection
    if values._db.capabilities.support_for_update:
        table = queryset.model._meta.db_table
        values.query = values.query.for_update(skip_locked=True, of=(table,))
    return await values._execute()


async def returning(query: AwaitableQuery, column: str) -> set[Any]:
    """Run a Tortoise UPDATE/DELETE with `RETURNING column` (Tortoise's own API has none)."""
    query._choose_db_if_not_chosen(True)
    query._make_query()  # builds `query.query` in the dialect of the chosen connection
    sql, params = query.query.returning(column).get_parameterized_sql()
    rows = await query._db.execute_query_dict(sql, params)
    return {row[column] for row in rows}


def _changes(rule: Rule, rows: list[tuple]) -> list[Change]:
    """`Change`s from (id, number, from_status) rows; what is the same for all, looked up once."""
    name, to_status = rule.name, rule.to_status.value if rule.to_status else None
    return [
        Change(name, ticket_id, number, str(status), to_status)
        for ticket_id, number, status in rows
    ]


async def purge_access_info(
    timers: TicketTimers, now: datetime, dry_run: bool, batch_size: int
) -> int | None:
    """Delete access info older than the retention; None when that model does not exist.

    The model belongs to the Communication Center and is looked up by name, so this module
    does not depend on it. Each ticket that lost access info gets one history row per batch.
    """
    apps = Tortoise.apps
    model = apps["models"].get("AccessInfo") if apps and "models" in apps else None
    if model is None or "created_at" not in model._meta.fields_map:
        return None
    cutoff = now - timers.access_info_retention
    if dry_run:
        return await model.filter(created_at__lte=cutoff).count()
    with_ticket = "ticket_id" in model._meta.fields_map
    purged = 0
    while True:
        async with in_transaction() as conn:
            due = model.filter(created_at__lte=cutoff).order_by("id").limit(batch_size)
            columns = ("id", "ticket_id") if with_ticket else ("id",)
            claimed = await claim(due.using_db(conn), columns)
            if not claimed:
                return purged
            ids = [row["id"] for row in claimed]
            gone = await returning(
                model.filter(id__in=ids, created_at__lte=cutoff).using_db(conn).delete(), "id"
            )
            tickets = {row["ticket_id"] for row in claimed if with_ticket and row["id"] in gone}
            reason = f"access info older than {timers.access_info_retention.days} days"
            history = [
                (ticket_id, now, "purge_access_info", None, None, reason)
                for ticket_id in sorted(tickets)
            ]
            await insert_rows(TicketHistory, _HISTORY, history, conn)
        purged += len(gone)
        if len(claimed) < batch_size:
            return purged
