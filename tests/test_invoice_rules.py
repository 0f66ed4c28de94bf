"""The invoice rules at their edges (SPEC section 5): each limit accepted at its maximum and
refused one past it, why an invoice that is not unpaid cannot be paid, and `overdue` to the day
(unpaid with a due date before today, UTC). Straight through the resolvers: the API around
them is covered by the issuing, reading and paying tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from models import DocumentCounter, Invoice, InvoiceStatus
from models.enums import AccountType
from resolvers import clock
from resolvers.errors import InvalidInput, NotFound
from resolvers.identity import Principal
from resolvers.invoices.issuing import InvoiceData, LineData, issue_invoice
from resolvers.invoices.paying import InvoiceNotPayable, pay_invoice
from resolvers.invoices.reads import get_invoice, is_overdue, list_invoices
from tests.invoices import BILLING, due_in, issued

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
# The limits as docs/invoices.md states them, written out: a test that read them from the
# rules module would move with a wrong value.
MAX_LINES = 100
MAX_QUANTITY = 10_000
MAX_UNIT_PRICE = 10**12  # minor units
MAX_DESCRIPTION = 500
MAX_NOTE = 2000
LINE = LineData("Consulting", 1, 100)


def _data(account_id: int, lines: list[LineData] | None = None, note: str = "") -> InvoiceData:
    return InvoiceData(account_id=account_id, lines=lines or [LINE], due_date=due_in(14), note=note)


def _limits() -> list[tuple[str, object, object]]:
    """(field, data at the maximum, data one past it) for each limit of an invoice."""
    words = "x" * MAX_DESCRIPTION
    return [
        ("lines", [LINE] * MAX_LINES, [LINE] * (MAX_LINES + 1)),
        (
            "lines.0.quantity",
            [LineData("Hours", MAX_QUANTITY, 1)],
            [LineData("Hours", MAX_QUANTITY + 1, 1)],
        ),
        (
            "lines.0.unitPrice",
            [LineData("Licence", 1, MAX_UNIT_PRICE)],
            [LineData("Licence", 1, MAX_UNIT_PRICE + 1)],
        ),
        ("lines.0.description", [LineData(words, 1, 1)], [LineData(words + "x", 1, 1)]),
    ]


@pytest.mark.parametrize(("field", "at_most", "past"), _limits(), ids=lambda v: str(v)[:20])
async def test_each_line_limit_takes_its_maximum_and_refuses_one_more(world, field, at_most, past):
    clock.set_now(NOW)
    owner = await world.user()
    accepted = await issue_invoice(BILLING, _data(owner.account_id, at_most))
    assert accepted.status is InvoiceStatus.UNPAID
    with pytest.raises(InvalidInput) as refused:
        await issue_invoice(BILLING, _data(owner.account_id, past))
    assert (refused.value.code, refused.value.field) == ("INVALID_INPUT", field)
    assert await Invoice.all().count() == 1


async def test_the_note_takes_its_maximum_and_refuses_one_more(world):
    clock.set_now(NOW)
    owner = await world.user()
    longest = "n" * MAX_NOTE
    assert (await issue_invoice(BILLING, _data(owner.account_id, note=longest))).note == longest
    with pytest.raises(InvalidInput) as refused:
        await issue_invoice(BILLING, _data(owner.account_id, note=longest + "n"))
    assert refused.value.field == "note"


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (InvoiceStatus.PAID, "INVOICE_PAID"),
        (InvoiceStatus.CANCELLED, "INVOICE_CANCELLED"),
    ],
)
async def test_an_invoice_that_is_not_unpaid_says_why_it_cannot_be_paid(
    settings, world, status, code
):
    clock.set_now(NOW)
    owner = await world.user()
    invoice = await issued(owner.account_id)
    payable = await pay_invoice(settings, _customer(owner), invoice.id, "first-attempt")
    assert payable.invoice.status is InvoiceStatus.UNPAID and payable.checkout_url
    await Invoice.filter(id=invoice.id).update(status=status)
    with pytest.raises(InvoiceNotPayable) as refused:
        await pay_invoice(settings, _customer(owner), invoice.id, "second-attempt")
    assert refused.value.code == code
    assert await Invoice.filter(id=invoice.id, status=status).exists()


async def test_a_draft_is_missing_to_the_customer_who_would_pay_it(settings, world):
    clock.set_now(NOW)
    owner = await world.user()
    invoice = await issued(owner.account_id)
    await Invoice.filter(id=invoice.id).update(status=InvoiceStatus.DRAFT)
    with pytest.raises(NotFound):
        await pay_invoice(settings, _customer(owner), invoice.id, "first-attempt")


def _customer(owner) -> Principal:
    return Principal(
        user_id=owner.id, account_id=owner.account_id, account_type=AccountType.PRIMARY
    )


async def test_overdue_is_unpaid_with_a_due_date_before_today(world):
    clock.set_now(NOW)
    owner = await world.user()
    due_today = await issued(owner.account_id, due=NOW.date())
    paid = await issued(owner.account_id, due=NOW.date())
    cancelled = await issued(owner.account_id, due=NOW.date())
    await Invoice.filter(id=paid.id).update(status=InvoiceStatus.PAID)
    await Invoice.filter(id=cancelled.id).update(status=InvoiceStatus.CANCELLED)
    customer = _customer(owner)

    async def overdue_ids(overdue: bool) -> set[int]:
        page = await list_invoices(customer, 10, None, overdue=overdue)
        return {invoice.id for invoice in page.items}

    clock.set_now(datetime(2026, 6, 1, 23, 59, 59, tzinfo=UTC))  # the due day's last second
    assert not is_overdue(await get_invoice(customer, due_today.id))
    assert await overdue_ids(True) == set()
    assert await overdue_ids(False) == {due_today.id, paid.id, cancelled.id}

    clock.set_now(datetime(2026, 6, 2, 0, 0, tzinfo=UTC))  # the next day, UTC
    assert is_overdue(await get_invoice(customer, due_today.id))
    for settled in (paid, cancelled):
        assert not is_overdue(await get_invoice(customer, settled.id))
    assert await overdue_ids(True) == {due_today.id}
    assert await overdue_ids(False) == {paid.id, cancelled.id}
    clock.set_now(NOW + timedelta(days=30))
    assert await overdue_ids(True) == {due_today.id}
    for status, invoice in ((InvoiceStatus.PAID, paid), (InvoiceStatus.UNPAID, due_today)):
        page = await list_invoices(customer, 10, None, status=status)
        assert [listed.id for listed in page.items] == [invoice.id]


async def test_numbering_goes_on_from_the_counter_the_database_holds(world):
    """The counter rows outlive a deploy: the next number follows the stored count of its
    kind and year, never restarts (which would print a number twice)."""
    clock.set_now(NOW)
    owner = await world.user()
    await DocumentCounter.create(name="invoice:2026", value=41)
    assert (await issued(owner.account_id)).number == "2026-000042"
    assert (await DocumentCounter.get(name="invoice:2026")).value == 42


async def test_an_id_that_is_not_one_finds_no_invoice(world):
    """Billing's account filter with a value that is no id lists nothing (not the first
    account's invoices); an invoice id that is no id is a missing invoice."""
    clock.set_now(NOW)
    first = await world.user()  # on a fresh database, account 1
    await issued(first.account_id)
    for account_id in ("abc", "0", str(2**64)):
        page = await list_invoices(BILLING, 10, None, account_id=account_id)
        assert page.items == [], account_id
    assert len((await list_invoices(BILLING, 10, None, account_id=first.account_id)).items) == 1
    with pytest.raises(NotFound) as missing:
        await get_invoice(BILLING, "abc")
    assert missing.value.message == "No such invoice."
