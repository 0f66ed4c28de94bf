"""Set-based writes used by the sweeps: chunked multi-row INSERTs and mail dedupe."""

from __future__ import annotations

from datetime import UTC, datetime

from tortoise import connections
from tortoise.transactions import in_transaction

from models import OutboxMail, TicketHistory
from models.tickets import TicketKind
from resolvers.outbox import Mail, enqueue_many
from resolvers.sql import bulk
from tests.timer_support import make_ticket

NOW = datetime(2026, 6, 1, tzinfo=UTC)


async def test_rows_beyond_one_statement_go_in_chunks_with_model_defaults(
    world, monkeypatch, count_sql
):
    ticket = await make_ticket(await world.user(), TicketKind.SALES, NOW)
    monkeypatch.setattr(bulk, "_MAX_PARAMETERS", 9)  # two rows per statement (4 columns + reason)
    rows = [(ticket.id, NOW, f"note {n}", None) for n in range(5)]
    async with in_transaction() as conn:
        await bulk.insert_rows(
            TicketHistory, ("ticket_id", "at", "action", "to_status"), rows, conn
        )
    written = await TicketHistory.all().order_by("id").values_list("action", "reason")
    assert written == [(f"note {n}", "") for n in range(5)]


async def test_a_mail_already_queued_for_the_event_is_not_queued_twice():
    first = [Mail("a@shop.test", "Closed", "Body", "ticket:1:auto_close:x")]
    again = first + [Mail("a@shop.test", "Closed", "Body", "ticket:2:auto_close:x")]
    await enqueue_many(first, using_db=connections.get("default"))
    async with in_transaction() as conn:
        await enqueue_many(again, using_db=conn)
    keys = await OutboxMail.all().order_by("id").values_list("dedupe_key", "attempts")
    assert keys == [("ticket:1:auto_close:x", 0), ("ticket:2:auto_close:x", 0)]
