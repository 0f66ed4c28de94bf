"""The statements of one sweep batch, generated from a rule (`timers.RULES`) once per rule run.

The claim and the change are Tortoise queries built from the rule's `Q` (so the rule stays
data in one place); history and mail are `INSERT ... SELECT` from the changed rows, with the
mail text assembled in SQL from `MAILS` below. No row passes through Python but the ids,
numbers and statuses of the report.

- PostgreSQL: one statement per batch, data-modifying CTEs:
  `WITH claimed AS MATERIALIZED (SELECT ... LIMIT n FOR UPDATE OF ticket SKIP LOCKED),
  changed AS (UPDATE ticket ... FROM claimed WHERE <rule> AND id = claimed_id RETURNING ...),
  history AS (INSERT ... FROM changed), mail AS (INSERT ... ON CONFLICT DO NOTHING)
  SELECT ... FROM changed`.
- SQLite (no DML in CTEs): the claimed ids go to a temporary table, then the same UPDATE and
  the same history and mail INSERTs (`changed` is a plain CTE over the temporary table).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from pypika_tortoise.terms import Parameterizer
from tortoise.queryset import AwaitableQuery

from accountdesk.settings import TicketTimers
from models import Department, OutboxMail, Ticket, TicketHistory
from resolvers import clock
from resolvers.bulk import model_defaults
from resolvers.tickets.timers import CUSTOMER, Rule

__all__ = ["Column", "MAILS", "TEMPORARY", "BatchStatements"]

TEMPORARY = "sweep_claimed"
# The ticket columns the history and mail statements read from `changed`.
_CHANGED = ("id", "number", "title", "author_id", "department", "pre_closed_at", "response_due_at")


class Column(NamedTuple):
    """A ticket column inside a mail template; `format`: text, iso (`isoformat()`), minute."""

    name: str
    format: str = "text"


class _Mail(NamedTuple):
    event: str
    key: tuple  # parts: literal strings, `Column`s, and "{now}" for the sweep's moment
    subject: tuple
    body: tuple


_NUMBER, _TITLE = Column("number"), Column("title")

# The mail of each kind of change; "{text}" is the rule's sentence (`_texts`).
MAILS = {
    "pre_close": _Mail(
        "auto_pre_close",
        ("ticket:", Column("id"), ":auto_pre_close:", "{now}"),
        ("Ticket #", _NUMBER, " was pre-closed: ", _TITLE),
        ("Your ticket #", _NUMBER, ' "', _TITLE, '" ', "{text}"),
    ),
    # The key names the pre-close this change ends.
    "close": _Mail(
        "auto_close",
        ("ticket:", Column("id"), ":auto_close:", Column("pre_closed_at", "iso")),
        ("Ticket #", _NUMBER, " was closed: ", _TITLE),
        ("Your ticket #", _NUMBER, ' "', _TITLE, '" ', "{text}"),
    ),
    "overdue": _Mail(
        "overdue",
        ("ticket:", Column("id"), ":overdue:", Column("response_due_at", "iso")),
        ("Overdue: ticket #", _NUMBER, " has no answer yet"),
        (
            "Ticket #",
            _NUMBER,
            ' "',
            _TITLE,
            '" passed its response deadline (',
            Column("response_due_at", "minute"),
            " UTC) without an answer from staff.",
        ),
    ),
}


def _texts(rule: Rule, timers: TicketTimers, now: datetime) -> dict[str, str]:
    reason = rule.reason(timers)
    if rule.action == "close":
        text = f"was closed: {reason}. You can rate it, or reopen it if you still need help."
    else:
        closes = now + timers.close_after_pre_close
        text = (
            f"was pre-closed ({reason}). It closes by itself on "
            f"{closes:%Y-%m-%d %H:%M} UTC unless you write in it."
        )
    return {"{now}": now.isoformat(), "{text}": text}


class _Params:
    """Placeholders in text order: `?` on SQLite, `$n::type` on PostgreSQL (one shared list)."""

    def __init__(self, postgres: bool) -> None:
        self.postgres = postgres
        self.values: list[Any] = []

    def add(self, value: Any, pg_type: str = "text") -> str:
        self.values.append(value)
        return f"${len(self.values)}::{pg_type}" if self.postgres else "?"

    def render(self, query: AwaitableQuery) -> str:
        """A Tortoise query's SQL, its parameters appended here (numbering continues)."""
        parameterizer = Parameterizer()
        parameterizer.values = self.values
        ctx = query.query.QUERY_CLS.SQL_CONTEXT.copy(parameterizer=parameterizer)
        return query.query.get_sql(ctx)

    def column(self, column: Column) -> str:
        name = f'c."{column.name}"'
        if column.format == "text":
            return f"CAST({name} AS TEXT)"
        utc = f"({name} AT TIME ZONE 'UTC')"
        if self.postgres and column.format == "minute":
            return f"to_char({utc}, 'YYYY-MM-DD HH24:MI')"
        if self.postgres:  # isoformat(): microseconds only when there are some
            return (
                f"to_char({utc}, 'YYYY-MM-DD\"T\"HH24:MI:SS') || CASE WHEN "
                f"CAST(extract(microseconds FROM {name}) AS bigint) % 1000000 <> 0 "
                f"THEN to_char({utc}, '.US') ELSE '' END || '+00:00'"
            )
        # SQLite holds `isoformat(" ")` text; strftime normalizes any offset to UTC.
        if column.format == "minute":
            return f"strftime('%Y-%m-%d %H:%M', {name})"
        return (
            f"strftime('%Y-%m-%dT%H:%M:%S', {name}) || CASE WHEN substr({name}, 20, 1) = '.' "
            f"THEN substr({name}, 20, 7) ELSE '' END || '+00:00'"
        )

    def text(self, parts: tuple, texts: dict[str, str]) -> str:
        return " || ".join(
            self.column(part) if isinstance(part, Column) else self.add(texts.get(part, part))
            for part in parts
        )


class BatchStatements:
    """The SQL of one rule run; `statements()` lists (sql, params) to run per batch, in order."""

    def __init__(self, rule: Rule, timers: TicketTimers, now: datetime, batch_size: int) -> None:
        self.rule, self.timers, self.now = rule, timers, now
        claim = Ticket.filter(rule.due(now, timers)).limit(batch_size)
        self.claim = claim.values(claimed_id="id", claimed_status="status")
        self.claim._choose_db_if_not_chosen(True)
        self.claim._make_query()
        self.postgres = self.claim._db.capabilities.dialect == "postgres"
        if self.postgres:
            table = Ticket._meta.db_table
            self.claim.query = self.claim.query.for_update(skip_locked=True, of=(table,))
        self.update = Ticket.filter(rule.due(now, timers)).update(**rule.changes(now))
        self.update._choose_db_if_not_chosen(True)
        self.update._make_query()
        self.batch = self._postgres() if self.postgres else self._sqlite()

    def _changed_update(self, params: _Params, claimed: str, returning: str) -> str:
        """The rule's UPDATE of the claimed ids only; the rule re-checked in the statement.

        The ids are looked up by primary key (`= ANY(ARRAY(...))`, `IN (...)`): joined
        plainly, both planners scan every due ticket for each batch, which is quadratic.
        """
        sql = params.render(self.update)
        head, where = sql.split(" WHERE ", 1)
        if not self.postgres:  # NOT INDEXED: by rowid, not by walking the rule's index
            table = f'UPDATE "{Ticket._meta.db_table}" '
            head = head.replace(table, f"{table}NOT INDEXED ", 1)
            return (
                f'{head} WHERE ({where}) AND "id" IN (SELECT claimed_id FROM {claimed}){returning}'
            )
        ids = f"ARRAY(SELECT claimed_id FROM {claimed})"
        return (
            f'{head} FROM {claimed} WHERE ({where}) AND "id" = claimed_id AND "id" = ANY({ids})'
            f"{returning}"
        )

    def _postgres(self) -> list[tuple[str, list]]:
        params = _Params(postgres=True)
        claim = params.render(self.claim)
        columns = ", ".join(f'"{name}"' for name in _CHANGED)
        returning = f" RETURNING {columns}, claimed_status AS from_status"
        update = self._changed_update(params, "claimed", returning)
        sql = (
            f"WITH claimed AS MATERIALIZED ({claim}), changed AS ({update}), "
            f"history AS ({self._history(params)}), mail AS ({self._mail(params)}) "
            "SELECT id, number, from_status FROM changed"
        )
        return [(sql, params.values)]

    def _sqlite(self) -> list[tuple[str, list]]:
        claim, update, history, mail = (_Params(postgres=False) for _ in range(4))
        columns = ", ".join(f't."{name}" AS "{name}"' for name in _CHANGED)
        changed = (
            f"WITH changed AS (SELECT {columns}, claimed_status AS from_status "
            f'FROM {TEMPORARY} CROSS JOIN "ticket" t ON t."id" = claimed_id) '
        )
        return [
            (
                f"CREATE TEMP TABLE IF NOT EXISTS {TEMPORARY} "
                "(claimed_id INTEGER PRIMARY KEY, claimed_status TEXT)",
                [],
            ),
            (f"DELETE FROM {TEMPORARY}", []),
            (
                f"INSERT INTO {TEMPORARY} (claimed_id, claimed_status) "
                f"{claim.render(self.claim)} RETURNING claimed_id, claimed_status",
                claim.values,
            ),
            (self._changed_update(update, TEMPORARY, ' RETURNING "id", "number"'), update.values),
            (changed + self._history(history), history.values),
            (changed + self._mail(mail), mail.values),
        ]

    def _history(self, params: _Params) -> str:
        rule = self.rule
        to_status = rule.to_status.value if rule.to_status else None
        reason = f"{rule.name}: {rule.reason(self.timers)}"[:300]
        return (
            f'INSERT INTO "{TicketHistory._meta.db_table}" '
            '("ticket_id", "at", "action", "from_status", "to_status", "reason") '
            f"SELECT c.id, {params.add(self.now, 'timestamptz')}, {params.add(rule.action)}, "
            f"{'c.from_status' if to_status else 'NULL'}, {params.add(to_status)}, "
            f"{params.add(reason)} FROM changed c"
        )

    def _mail(self, params: _Params) -> str:
        """Placeholders are added in text order (SQLite's are positional)."""
        mail = MAILS[self.rule.action]
        texts = _texts(self.rule, self.timers, self.now)
        key = params.text(mail.key, texts)
        if self.rule.notify == CUSTOMER:
            # A ticket whose author was removed (or has no address) has nobody to tell.
            recipient = 'u."contact_email"'
            source = 'c JOIN "user" u ON u."id" = c.author_id'
            condition = f"{recipient} IS NOT NULL AND {recipient} <> ''"
        else:
            recipient, source, condition = self._department_address(params), "c", "true"
        subject = f"substr({params.text(mail.subject, texts)}, 1, 300)"
        body = params.text(mail.body, texts)
        names = ("dedupe_key", "recipient", "subject", "body", "created_at", "next_attempt_at")
        defaults = model_defaults(OutboxMail, names)
        queued = clock.now()
        values = [key, recipient, subject, body]
        values += [params.add(queued, "timestamptz") for _ in range(2)]
        values += [
            params.add(value, "integer" if isinstance(value, int) else "text")
            for value in defaults.values()
        ]
        columns = ", ".join(f'"{name}"' for name in (*names, *defaults))
        # The WHERE also keeps SQLite from reading ON CONFLICT as part of a join.
        return (
            f'INSERT INTO "{OutboxMail._meta.db_table}" ({columns}) SELECT {", ".join(values)} '
            f'FROM changed {source} WHERE {condition} ON CONFLICT ("dedupe_key") DO NOTHING'
        )

    def _department_address(self, params: _Params) -> str:
        cases = " ".join(
            f"WHEN {params.add(department.value)} "
            f"THEN {params.add(self.timers.department_address(department.value))}"
            for department in Department
        )
        return f"CASE CAST(c.department AS TEXT) {cases} ELSE NULL END"
