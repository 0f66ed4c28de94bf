"""Overdue invoices: shown (a field and a filter), never stored; one reminder mail, once."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from jobs.invoices import remind_overdue_invoices
from models import Invoice, OutboxMail
from resolvers import clock
from resolvers.invoices.reminders import send_overdue_reminders
from tests.invoices import INVOICE, INVOICES, issued

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


async def test_overdue_is_shown_and_filtered_after_the_due_date(api, world):
    clock.set_now(NOW)
    owner = await world.user()
    late = await issued(owner.account_id, due=NOW.date() + timedelta(days=1))
    later = await issued(owner.account_id, due=NOW.date() + timedelta(days=30))
    for days in (0, 1):  # the due day itself is not overdue yet
        clock.set_now(NOW + timedelta(days=days))
        token = await world.token(owner)  # a session lives a day: sign in again
        shown = await api.data(INVOICE, {"id": str(late.id)}, token)
        assert shown["invoice"]["overdue"] is False
    clock.set_now(NOW + timedelta(days=2))
    token = await world.token(owner)
    node = (await api.data(INVOICE, {"id": str(late.id)}, token))["invoice"]
    assert (node["overdue"], node["status"]) == (True, "UNPAID")
    overdue = await api.data(INVOICES, {"filter": {"overdue": True}}, token)
    assert [e["node"]["id"] for e in overdue["invoices"]["edges"]] == [str(late.id)]
    current = await api.data(INVOICES, {"filter": {"overdue": False}}, token)
    assert [e["node"]["id"] for e in current["invoices"]["edges"]] == [str(later.id)]
    unpaid = await api.data(INVOICES, {"filter": {"status": "UNPAID"}}, token)
    assert len(unpaid["invoices"]["edges"]) == 2


async def test_one_reminder_when_an_invoice_becomes_overdue_never_twice(world):
    clock.set_now(NOW)
    owner = await world.user()
    invoice = await issued(owner.account_id, due=NOW.date() + timedelta(days=3))
    assert await remind_overdue_invoices({}) == 0
    clock.set_now(NOW + timedelta(days=4))
    assert await remind_overdue_invoices({}) == 1
    [mail] = await OutboxMail.filter(dedupe_key=f"invoice:{invoice.id}:overdue")
    assert mail.recipient == owner.contact_email and invoice.number in mail.subject
    for days in (5, 40):
        clock.set_now(NOW + timedelta(days=days))
        assert await remind_overdue_invoices({}) == 0
    assert await OutboxMail.filter(dedupe_key__endswith=":overdue").count() == 1
    stored = await Invoice.get(id=invoice.id)
    assert stored.reminded_at == NOW + timedelta(days=4)


async def test_paid_and_cancelled_invoices_get_no_reminder(world):
    clock.set_now(NOW)
    owner = await world.user()
    paid = await issued(owner.account_id, due=NOW.date())
    cancelled = await issued(owner.account_id, due=NOW.date())
    await Invoice.filter(id=paid.id).update(status="paid", paid_at=NOW)
    await Invoice.filter(id=cancelled.id).update(status="cancelled", cancelled_at=NOW)
    clock.set_now(NOW + timedelta(days=10))
    assert await send_overdue_reminders() == 0
    assert not await OutboxMail.filter(dedupe_key__endswith=":overdue").exists()


async def test_racing_workers_send_each_reminder_once(world, backend):
    clock.set_now(NOW)
    owner = await world.user()
    for _ in range(30):
        await issued(owner.account_id, due=NOW.date())
    clock.set_now(NOW + timedelta(days=1))
    for expected in (30, 0, 0):  # batches of 4 make the workers meet on the same rows
        counts = await asyncio.gather(*(send_overdue_reminders(batch=4) for _ in range(4)))
        assert sum(counts) == expected
    assert await OutboxMail.filter(dedupe_key__endswith=":overdue").count() == 30
    assert await Invoice.filter(reminded_at__isnull=True).count() == 0
