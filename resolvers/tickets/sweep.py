"""The sweep: applies the timer rules (`timers.RULES`) in set-based batches, exactly once.

One batch is one transaction of four statements, whatever its size:

1. claim: `SELECT id, status, ... FROM ticket WHERE <rule> LIMIT n
   FOR UPDATE OF ticket SKIP LOCKED` (PostgreSQL; SQLite has no row locks and ignores it);
2. change: `UPDATE ticket SET ... WHERE id IN (<claimed>) AND <rule> RETURNING id`, the rule
   re-checked in the statement itself;
3. one `ticket_history` row per returned id (actor null = the system, reason = the rule);
4. one outbox mail per returned id, `INSERT ... ON CONFLICT (dedupe_key) DO NOTHING`, the key
   naming the event (`ticket:12:auto_pre_close:<pre_closed_at>`).

Why exactly once:
- PostgreSQL: the claim locks the rows until commit and skips rows another sweep (or a message
  being posted) holds, so two sweeps take disjoint batches. A row claimed here cannot change
  before the UPDATE; a row changed by others before the claim is re-read at its newest
  version (READ COMMITTED) and no longer matches. History and mail are written for the ids
  the UPDATE returned, in its transaction: all or nothing.
- SQLite: a process has one connection and Tortoise serializes its transactions; another
  process cannot commit between our claim and our UPDATE (the upgrade to a writer fails with
  SQLITE_BUSY and the batch rolls back instead). The claim and the UPDATE see one snapshot.
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
from types import FunctionType
from typing import Any

from tortoise import Tortoise
from tortoise.queryset import AwaitableQuery, QuerySet
from tortoise.transactions import in_transaction

from accountdesk.settings import TicketTimers
from models import Ticket, TicketHistory
from resolvers import clock
from resolvers.bulk import insert_rows
from resolvers.outbox import Mail, enqueue_many
from resolvers.tickets.timers import CUSTOMER, RULES, Rule

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


@dataclass(frozen=True)
class Change:
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
        return [_change(rule, row) for row in rows]
    changes: list[Change] = []
    statements = _RuleStatements(rule, timers, now, batch_size)
    while True:
        async with in_transaction() as conn:
            claimed = await statements.claim(conn)
            if not claimed:
                return changes
            changed = await statements.update(conn, [row["id"] for row in claimed])
            rows = [row for row in claimed if row["id"] in changed]
            await _write_history(rule, timers, now, rows, conn)
            await enqueue_many(_mails(rule, timers, now, rows), using_db=conn)
        changes += [_change(rule, row) for row in rows]
        # A batch that changed nothing (its rows stopped matching between the two statements)
        # ends the sweep rather than risk claiming them again; the next tick looks again.
        if len(claimed) < batch_size or not rows:
            return changes


class _RuleStatements:
    """The claim and the UPDATE of one rule run: built by Tortoise once, re-run per batch.

    Rendering the rule and a 500-id `IN` list took about half of each batch. The claim is the
    same every time; the UPDATE differs only by the claimed ids, which fill fixed
    placeholders (padded with an id that cannot exist), so the database also reuses its plan.
    The claim has no ORDER BY: rows come in the order of the index that finds them, without
    a sort of everything due; a changed row no longer matches, so the next claim moves on.
    """

    def __init__(self, rule: Rule, timers: TicketTimers, now: datetime, batch_size: int) -> None:
        values = Ticket.filter(rule.due(now, timers)).limit(batch_size).values(*_CLAIMED)
        values._choose_db_if_not_chosen()
        values._make_query()
        if values._db.capabilities.support_for_update:
            table = Ticket._meta.db_table
            values.query = values.query.for_update(skip_locked=True, of=(table,))
        self.claim_sql, self.claim_params = values.query.get_parameterized_sql()
        # As Tortoise's ValuesQuery converts (enums, datetimes on SQLite); plain functions
        # are identity conversions there too.
        self.conversions = [
            (alias, convert)
            for alias, field in values._fields_for_select.items()
            if not isinstance(
                convert := values.resolve_to_python_value(Ticket, field), FunctionType
            )
        ]
        placeholders = [-(n + 1) for n in range(batch_size)]
        update = Ticket.filter(rule.due(now, timers), id__in=placeholders).update(
            **rule.changes(now)
        )
        update._choose_db_if_not_chosen(True)
        update._make_query()
        self.update_sql, self.update_params = update.query.returning("id").get_parameterized_sql()
        self.id_positions = [self.update_params.index(value) for value in placeholders]

    async def claim(self, conn: Any) -> list[dict[str, Any]]:
        rows = await conn.execute_query_dict(self.claim_sql, self.claim_params)
        for row in rows:
            for column, convert in self.conversions:
                row[column] = convert(row[column])
        return rows

    async def update(self, conn: Any, ids: list[int]) -> set[int]:
        params = list(self.update_params)
        padded = ids + [-1] * (len(self.id_positions) - len(ids))
        for position, ticket_id in zip(self.id_positions, padded, strict=True):
            params[position] = ticket_id
        return {row["id"] for row in await conn.execute_query_dict(self.update_sql, params)}


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


async def _write_history(
    rule: Rule, timers: TicketTimers, now: datetime, rows: list[dict], conn: Any
) -> None:
    reason = f"{rule.name}: {rule.reason(timers)}"[:300]
    to_status = rule.to_status.value if rule.to_status else None
    await insert_rows(
        TicketHistory,
        _HISTORY,
        [
            (
                row["id"],
                now,
                rule.action,
                str(row["status"]) if to_status else None,
                to_status,
                reason,
            )
            for row in rows
        ],
        conn,
    )


def _change(rule: Rule, row: dict) -> Change:
    to_status = rule.to_status.value if rule.to_status else None
    return Change(rule.name, row["id"], row["number"], str(row["status"]), to_status)


def _mails(rule: Rule, timers: TicketTimers, now: datetime, rows: list[dict]) -> list[Mail]:
    """One mail per changed ticket; what is the same for the whole batch is formatted once."""
    reason = rule.reason(timers)
    if rule.notify != CUSTOMER:
        return [
            Mail(
                recipient=timers.department_address(str(row["department"])),
                subject=f"Overdue: ticket #{row['number']} has no answer yet",
                body=(
                    f'Ticket #{row["number"]} "{row["title"]}" passed its first-response '
                    f"deadline ({row['response_due_at']:%Y-%m-%d %H:%M} UTC) without an "
                    "answer from staff."
                ),
                dedupe_key=f"ticket:{row['id']}:overdue:{row['response_due_at'].isoformat()}",
            )
            for row in rows
        ]
    if rule.action == "close":
        subject, event = "was closed", "auto_close"
        text = f"was closed: {reason}. You can rate it, or reopen it if you still need help."
    else:
        subject, event = "was pre-closed", "auto_pre_close"
        closes = now + timers.close_after_pre_close
        text = (
            f"was pre-closed ({reason}). It closes by itself on "
            f"{closes:%Y-%m-%d %H:%M} UTC unless you write in it."
        )
    now_key = now.isoformat()
    return [
        Mail(
            recipient=row["author__contact_email"],
            subject=f"Ticket #{row['number']} {subject}: {row['title']}",
            body=f'Your ticket #{row["number"]} "{row["title"]}" {text}',
            # The event: the pre-close this change starts, or the one it ends.
            dedupe_key=f"ticket:{row['id']}:{event}:"
            + (row["pre_closed_at"].isoformat() if event == "auto_close" else now_key),
        )
        for row in rows
        # A ticket whose author was removed has nobody to tell.
        if row["author__contact_email"]
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
