"""Canaries for `resolvers/tortoise_compat.py`: one per private Tortoise detail we rely on.

A failure here after an upgrade names the detail to re-check; fix it in the compat module only.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from models import OutboxMail, Ticket
from resolvers.sql import fetch
from resolvers.tortoise_compat import (
    column_defaults,
    column_name,
    converter,
    query_db,
    query_sql,
    split_where,
    table_name,
)

UPGRADE = "tortoise-orm / pypika-tortoise upgrade: re-check "


def test_a_field_converts_what_the_database_returns():
    moment = converter(Ticket, "created_at")("2026-01-02 03:04:05+00:00")
    assert moment == datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), (
        UPGRADE + "Model._meta.fields_map[...].to_python_value"
    )


def test_tables_columns_and_python_defaults_are_read_from_the_model():
    assert table_name(Ticket) == "ticket", UPGRADE + "Model._meta.db_table"
    assert column_name(Ticket, "author_id") == "author_id", UPGRADE + "_meta.fields_db_projection"
    defaults = column_defaults(OutboxMail, ("dedupe_key", "recipient", "subject", "body"))
    assert defaults.get("attempts") == 0, UPGRADE + "Field.default in _meta.fields_map"


async def test_a_queryset_renders_in_the_runner_placeholder_style_and_runs():
    query = Ticket.filter(number__gte=5, title="x").limit(3).values("id")
    sql, values = query_sql(query)
    assert sql.count("{}") == len(values) == 3, (
        UPGRADE + "_make_query / QUERY_CLS.SQL_CONTEXT / Parameterizer(placeholder_factory)"
    )
    assert await fetch(sql, *values) == []
    assert query_db(query).capabilities.dialect in ("sqlite", "postgres"), (
        UPGRADE + "_choose_db_if_not_chosen / ._db"
    )


async def test_locking_and_returning_are_added_to_a_built_statement():
    locked, _ = query_sql(Ticket.filter(id=1).values("id"), lock_skip_of="ticket")
    if query_db(Ticket.all()).capabilities.support_for_update:
        assert "FOR UPDATE" in locked and "SKIP LOCKED" in locked, (
            UPGRADE + "QueryBuilder.for_update"
        )
    deleted, values = query_sql(Ticket.filter(id=0).delete(), returning="id", for_write=True)
    assert deleted.rstrip().endswith('RETURNING "id"'), UPGRADE + "QueryBuilder.returning"
    assert await fetch(deleted, *values) == []


def test_an_update_splits_into_head_and_condition():
    sql, _ = query_sql(Ticket.filter(number=1).update(title="y"), for_write=True)
    head, where = split_where(sql)
    assert head.startswith('UPDATE "ticket" SET') and "number" in where, (
        UPGRADE + 'the generated UPDATE text (split on " WHERE ")'
    )


async def _read_then_write_while_another_commits(client_class: type, path: str, wait: float):
    """Process A reads in a transaction, process B writes the same row, then A writes: the
    two clients stand for two processes on one SQLite file (their own connections)."""
    params = {"file_path": path, "journal_mode": "WAL", "busy_timeout": 5000}
    first = client_class(connection_name="a", **params)
    second = client_class(connection_name="b", **params)
    await first.create_connection(with_db=True)
    await second.create_connection(with_db=True)
    await first.execute_script(
        "CREATE TABLE counter (id INTEGER PRIMARY KEY, value INTEGER);"
        "INSERT INTO counter VALUES (1, 0);"
    )

    async def bump() -> None:
        async with second._in_transaction() as other:
            await other.execute_query("UPDATE counter SET value = value + 10 WHERE id = 1")

    try:
        async with first._in_transaction() as transaction:
            await transaction.execute_query("SELECT value FROM counter WHERE id = 1")
            other = asyncio.ensure_future(bump())
            await asyncio.wait({other}, timeout=wait)  # B commits now, or waits for A
            await transaction.execute_query("UPDATE counter SET value = value + 1 WHERE id = 1")
        await other
        return (await first.execute_query_dict("SELECT value FROM counter"))[0]["value"]
    finally:
        await first.close()
        await second.close()


async def test_a_sqlite_transaction_holds_the_write_lock_from_its_begin(tmp_path):
    from tortoise.backends.sqlite.client import SqliteClient
    from tortoise.exceptions import OperationalError

    from resolvers.tortoise_compat import ImmediateSqliteClient

    value = await _read_then_write_while_another_commits(
        ImmediateSqliteClient, str(tmp_path / "immediate.sqlite3"), wait=0.3
    )
    assert value == 11  # both writes, the second writer waited instead of failing
    # Why the class exists: Tortoise's own client begins deferred, and A's write fails.
    try:
        await _read_then_write_while_another_commits(
            SqliteClient, str(tmp_path / "deferred.sqlite3"), wait=3
        )
    except OperationalError as error:
        assert "locked" in str(error)
    else:
        raise AssertionError(
            UPGRADE + "SqliteTransactionWrapper.begin: Tortoise may now begin IMMEDIATE itself; "
            "ImmediateSqliteClient (and accountdesk/sqlite_engine.py) can go"
        )
