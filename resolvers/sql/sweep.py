"""The statements of one sweep batch, generated from a rule (`timers.RULES`) once per rule run.

The claim and the change are Tortoise queries built from the rule's `Q` (so the rule stays
data in one place); the history is `INSERT ... SELECT` from the changed rows. The changed rows
come back with what their mail needs (`CHANGED`), and `resolvers.tickets.notify` writes the
mail in Python.

- PostgreSQL: one statement per batch, data-modifying CTEs:
  `WITH claimed AS MATERIALIZED (SELECT ... LIMIT n FOR UPDATE OF ticket SKIP LOCKED),
  changed AS (UPDATE ticket ... FROM claimed WHERE <rule> AND id = claimed_id RETURNING ...),
  history AS (INSERT ... FROM changed) SELECT ... FROM changed`.
- SQLite (no DML in CTEs): the claimed ids and statuses go to a temporary table (made once per
  rule run), then the same UPDATE, returning `CHANGED` itself (the claimed status and the
  author's address as subqueries), and the same history INSERT (`changed` a plain CTE over
  the temporary table).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from accountdesk.settings import TicketTimers
from models import Ticket, TicketHistory
from resolvers.sql import Keys, Typed, converter, dialect_of, execute
from resolvers.tickets.timers import Rule
from resolvers.tortoise_compat import query_db, query_sql, split_where, table_name

__all__ = ["CHANGED", "BatchStatements", "run_batch"]

TEMPORARY = "sweep_claimed"
# What each changed row brings back, in this order: the report, then the mail.
CHANGED = (
    "id",
    "number",
    "from_status",
    "title",
    "department",
    "pre_closed_at",
    "response_due_at",
    "contact_email",
)
_TICKET_COLUMNS = ("id", "number", "title", "author_id", "department", "pre_closed_at",
                   "response_due_at")  # fmt: skip
_RESULT = (
    "SELECT c.id, c.number, c.from_status, c.title, c.department, c.pre_closed_at, "
    'c.response_due_at, u."contact_email" FROM changed c '
    'LEFT JOIN "user" u ON u."id" = c.author_id ORDER BY c.id'
)
_TIMES = {name: converter(Ticket, name) for name in ("pre_closed_at", "response_due_at")}

Sql = tuple[str, list[Any]]


class BatchStatements:
    """The SQL of one rule run: `batch` lists the (sql, params) to run per batch, in order."""

    def __init__(self, rule: Rule, timers: TicketTimers, now: datetime, batch_size: int) -> None:
        self.rule, self.timers, self.now = rule, timers, now
        claim = Ticket.filter(rule.due(now, timers)).limit(batch_size)
        claim = claim.values(claimed_id="id", claimed_status="status")
        self.postgres = dialect_of(query_db(claim, for_write=True)) == "postgres"
        self.claim = query_sql(claim, lock_skip_of=table_name(Ticket), for_write=True)
        update = Ticket.filter(rule.due(now, timers)).update(**rule.changes(now))
        self.update = query_sql(update, for_write=True)
        self.batch = self._postgres() if self.postgres else self._sqlite()
        self.created = False  # SQLite: the temporary table of the claimed ids, made yet?

    def _changed_update(self, claimed: str, returning: str) -> Sql:
        """The rule's UPDATE of the claimed ids only; the rule re-checked in the statement.

        The ids are looked up by primary key (`= ANY(ARRAY(...))`, `IN (...)`): joined
        plainly, both planners scan every due ticket for each batch, which is quadratic.
        """
        sql, params = self.update
        head, where = split_where(sql)
        if not self.postgres:  # NOT INDEXED: by rowid, not by walking the rule's index
            table = f'UPDATE "{table_name(Ticket)}" '
            head = head.replace(table, f"{table}NOT INDEXED ", 1)
            condition = f'"id" IN (SELECT claimed_id FROM {claimed})'
            return f"{head} WHERE ({where}) AND {condition}{returning}", params
        ids = f"ARRAY(SELECT claimed_id FROM {claimed})"
        return (
            f'{head} FROM {claimed} WHERE ({where}) AND "id" = claimed_id AND "id" = ANY({ids})'
            f"{returning}",
            params,
        )

    def _postgres(self) -> list[Sql]:
        claim, claim_params = self.claim
        columns = ", ".join(f'"{name}"' for name in _TICKET_COLUMNS)
        returning = f" RETURNING {columns}, claimed_status AS from_status"
        update, update_params = self._changed_update("claimed", returning)
        history, history_params = self._history()
        sql = (
            f"WITH claimed AS MATERIALIZED ({claim}), changed AS ({update}), "
            f"history AS ({history}) {_RESULT}"
        )
        return [(sql, [*claim_params, *update_params, *history_params])]

    def _sqlite(self) -> list[Sql]:
        claim, claim_params = self.claim
        # The UPDATE returns what the report and the mail need (`CHANGED`), the claimed status
        # and the author's address as subqueries: no SELECT after it.
        ticket = f'"{table_name(Ticket)}"'
        returning = (
            f' RETURNING "id", "number", (SELECT claimed_status FROM {TEMPORARY} '
            f'WHERE claimed_id = {ticket}."id"), "title", "department", "pre_closed_at", '
            f'"response_due_at", (SELECT u."contact_email" FROM "user" u '
            f'WHERE u."id" = {ticket}."author_id")'
        )
        changed = (
            "WITH changed AS (SELECT claimed_id AS id, claimed_status AS from_status "
            f"FROM {TEMPORARY}) "
        )
        history, history_params = self._history()
        return [
            (
                f"CREATE TEMP TABLE IF NOT EXISTS {TEMPORARY} "
                "(claimed_id INTEGER PRIMARY KEY, claimed_status TEXT)",
                [],
            ),
            (f"DELETE FROM {TEMPORARY}", []),
            (
                f"INSERT INTO {TEMPORARY} (claimed_id, claimed_status) {claim} "
                "RETURNING claimed_id",
                claim_params,
            ),
            self._changed_update(TEMPORARY, returning),
            (changed + history, history_params),
        ]

    def _history(self) -> Sql:
        rule = self.rule
        to_status = rule.to_status.value if rule.to_status else None
        reason = f"{rule.name}: {rule.reason(self.timers)}"[:300]
        from_status = "c.from_status" if to_status else "NULL"
        return (
            f'INSERT INTO "{table_name(TicketHistory)}" '
            '("ticket_id", "at", "action", "from_status", "to_status", "reason") '
            "SELECT c.id, {}, {}, " + from_status + ", {}, {} FROM changed c",
            [
                Typed(self.now, "timestamptz"),
                Typed(rule.action, "text"),
                Typed(to_status, "text"),
                Typed(reason, "text"),
            ],
        )


async def run_batch(statements: BatchStatements, conn: Any) -> tuple[int, list[tuple]]:
    """One batch in the caller's transaction: (rows claimed, the changed rows as `CHANGED`)."""
    if statements.postgres:
        ((sql, params),) = statements.batch
        _, rows = await execute(sql, *params, using_db=conn)
        # Claimed rows the UPDATE did not match are not counted: at worst the run ends early.
        return len(rows), [tuple(row) for row in rows]
    create, clear, claim, update, history = statements.batch
    if not statements.created:  # once per rule run: the table lives as long as the connection
        await execute(create[0], using_db=conn)
        statements.created = True
    await execute(clear[0], using_db=conn)
    _, claimed = await execute(claim[0], *claim[1], using_db=conn)
    if not claimed:
        return 0, []
    _, updated = await execute(update[0], *update[1], using_db=conn)
    if len(updated) < len(claimed):  # cannot happen under SQLite's one writer; kept honest
        await execute(
            f"DELETE FROM {TEMPORARY} WHERE claimed_id NOT IN ({{}})",
            Keys(row[0] for row in updated),
            using_db=conn,
        )
    await execute(history[0], *history[1], using_db=conn)
    return len(claimed), _with_times(sorted(updated, key=_first))


def _first(row: Any) -> Any:
    return row[0]


def _with_times(rows: list[Any]) -> list[tuple]:
    """SQLite gives times as text: converted as the model's fields convert them, each distinct
    text once (a batch's pre-close moments are all the sweep's `now`; converting 2,000 equal
    texts one by one cost more than the batch's UPDATE)."""
    pre_closed_at, response_due_at = _TIMES["pre_closed_at"], _TIMES["response_due_at"]
    seen: dict[Any, Any] = {None: None}

    def convert(text: Any, field: Callable[[Any], Any]) -> Any:
        if text not in seen:
            seen[text] = field(text)
        return seen[text]

    return [
        (*row[:5], convert(row[5], pre_closed_at), convert(row[6], response_due_at), row[7])
        for row in rows
    ]
