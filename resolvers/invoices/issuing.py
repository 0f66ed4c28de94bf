"""Issuing invoices: billing writes the lines, the service computes the totals.

A draft (`create_draft`, `update_draft`) is staff-only and editable; issuing
(`issue_invoice` at once, or `issue_draft`) takes the next number `YYYY-NNNNNN` in the
issuing transaction, from the counter row locked until commit, so numbers have no gaps and no
duplicates under concurrent issuing. An issued invoice never changes: a correction is
`cancel_invoice` plus a new invoice, and both are kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from models import Account, Invoice, InvoiceLine, InvoiceStatus, Project
from resolvers import clock
from resolvers.buying.numbering import next_number
from resolvers.errors import Conflict, InvalidInput, NotFound
from resolvers.identity import Principal
from resolvers.ids import parse_id
from resolvers.invoices import notify, rules

__all__ = [
    "LineData",
    "InvoiceData",
    "create_draft",
    "update_draft",
    "issue_invoice",
    "issue_draft",
    "cancel_invoice",
    "get_for_staff",
]


@dataclass(frozen=True)
class LineData:
    description: str
    quantity: int
    unit_price: int
    currency: str = "USD"


@dataclass(frozen=True)
class InvoiceData:
    account_id: int | str
    lines: list[LineData]
    due_date: date
    project_id: int | str | None = None
    note: str = ""


@dataclass
class _Checked:
    account_id: int
    project_id: int | None
    currency: str
    lines: list[InvoiceLine] = field(default_factory=list)
    total: int = 0
    due_date: date | None = None
    note: str = ""


def _check_line(index: int, line: LineData) -> InvoiceLine:
    where = f"lines.{index}"
    description = " ".join(line.description.split())
    if not 1 <= len(description) <= rules.MAX_DESCRIPTION:
        raise InvalidInput(
            f"A line's description has 1 to {rules.MAX_DESCRIPTION} characters.",
            field=f"{where}.description",
        )
    if not 1 <= line.quantity <= rules.MAX_QUANTITY:
        raise InvalidInput(f"A quantity is 1 to {rules.MAX_QUANTITY}.", field=f"{where}.quantity")
    if not 0 <= line.unit_price <= rules.MAX_UNIT_PRICE:
        raise InvalidInput(
            f"A unit price is 0 to {rules.MAX_UNIT_PRICE} minor units.", field=f"{where}.unitPrice"
        )
    if line.currency.strip().upper() not in rules.CURRENCIES:
        raise InvalidInput(
            f"The currency is one of {', '.join(sorted(rules.CURRENCIES))}.",
            field=f"{where}.currency",
        )
    return InvoiceLine(
        position=index + 1,
        description=description,
        quantity=line.quantity,
        unit_price=line.unit_price,
        amount=line.quantity * line.unit_price,
    )


def _check_lines(lines: list[LineData]) -> tuple[str, list[InvoiceLine], int]:
    if not 1 <= len(lines) <= rules.MAX_LINES:
        raise InvalidInput(f"An invoice has 1 to {rules.MAX_LINES} lines.", field="lines")
    checked = [_check_line(i, line) for i, line in enumerate(lines)]
    currencies = {line.currency.strip().upper() for line in lines}
    if len(currencies) > 1:
        raise InvalidInput("All lines of an invoice are in one currency.", field="lines")
    total = sum(line.amount for line in checked)
    if total <= 0:
        raise InvalidInput("An invoice totals more than zero.", field="lines")
    return currencies.pop(), checked, total


def _check_due(due_date: date) -> None:
    if due_date < clock.now().date():
        raise InvalidInput("The due date is today or later.", field="dueDate")


async def _check(data: InvoiceData) -> _Checked:
    currency, lines, total = _check_lines(data.lines)
    _check_due(data.due_date)
    note = data.note.strip()
    if len(note) > rules.MAX_NOTE:
        raise InvalidInput(f"The note has at most {rules.MAX_NOTE} characters.", field="note")
    account_id = parse_id(data.account_id, "account")
    if not await Account.filter(id=account_id).exists():
        raise NotFound("No such account.")
    project_id = None
    if data.project_id is not None:
        project_id = _project_id(data.project_id)
        if not await Project.filter(id=project_id, account_id=account_id).exists():
            raise InvalidInput("No such project in this account.", field="projectId")
    return _Checked(account_id, project_id, currency, lines, total, data.due_date, note)


def _project_id(raw: int | str) -> int:
    try:
        return parse_id(raw, "project")
    except NotFound:
        raise InvalidInput("No such project in this account.", field="projectId") from None


def _columns(checked: _Checked) -> dict:
    return {
        "account_id": checked.account_id,
        "project_id": checked.project_id,
        "currency": checked.currency,
        "total": checked.total,
        "note": checked.note,
        "due_date": checked.due_date,
        "dated_at": clock.now(),
    }


async def _write_lines(invoice_id: int, lines: list[InvoiceLine], conn) -> None:
    for line in lines:
        line.invoice_id = invoice_id
    await InvoiceLine.bulk_create(lines, using_db=conn)


async def _create(principal: Principal, checked: _Checked, conn) -> Invoice:
    invoice = await Invoice.create(
        **_columns(checked),
        status=InvoiceStatus.DRAFT,
        created_by_id=principal.user_id,
        created_at=clock.now(),
        using_db=conn,
    )
    await _write_lines(invoice.id, checked.lines, conn)
    return invoice


async def create_draft(principal: Principal, data: InvoiceData) -> Invoice:
    checked = await _check(data)
    async with in_transaction() as conn:
        invoice = await _create(principal, checked, conn)
    return await Invoice.get(id=invoice.id)


async def get_for_staff(invoice_id: int | str, conn: BaseDBAsyncClient | None = None) -> Invoice:
    found = await Invoice.filter(id=parse_id(invoice_id, "invoice")).using_db(conn).first()
    if found is None:
        raise NotFound("No such invoice.")
    return found


async def update_draft(principal: Principal, invoice_id: int | str, data: InvoiceData) -> Invoice:
    """Replace a draft's content; an issued invoice refuses (CONFLICT)."""
    invoice = await get_for_staff(invoice_id)
    checked = await _check(data)
    async with in_transaction() as conn:
        changed = (
            await Invoice.filter(id=invoice.id, status=InvoiceStatus.DRAFT)
            .using_db(conn)
            .update(**_columns(checked))
        )
        if not changed:
            raise Conflict("An issued invoice cannot change; cancel it and issue a new one.")
        await InvoiceLine.filter(invoice_id=invoice.id).using_db(conn).delete()
        await _write_lines(invoice.id, checked.lines, conn)
    return await Invoice.get(id=invoice.id)


async def _issue(invoice_id: int, conn) -> None:
    """Number the draft and make it unpaid; the number comes back if anything rolls back."""
    now = clock.now()
    number = await next_number(conn, "invoice")
    changed = (
        await Invoice.filter(id=invoice_id, status=InvoiceStatus.DRAFT)
        .using_db(conn)
        .update(status=InvoiceStatus.UNPAID, number=number, issued_at=now, dated_at=now)
    )
    if not changed:
        raise Conflict("Only a draft can be issued.")
    await notify.issued(await Invoice.get(id=invoice_id).using_db(conn), conn)


async def issue_invoice(principal: Principal, data: InvoiceData) -> Invoice:
    checked = await _check(data)
    async with in_transaction() as conn:
        invoice = await _create(principal, checked, conn)
        await _issue(invoice.id, conn)
    return await Invoice.get(id=invoice.id)


async def issue_draft(principal: Principal, invoice_id: int | str) -> Invoice:
    invoice = await get_for_staff(invoice_id)
    if invoice.status is InvoiceStatus.DRAFT:
        _check_due(invoice.due_date)  # a draft may have waited past its due date
    async with in_transaction() as conn:
        await _issue(invoice.id, conn)
    return await Invoice.get(id=invoice.id)


async def cancel_invoice(principal: Principal, invoice_id: int | str, reason: str) -> Invoice:
    """A draft or an unpaid invoice is cancelled and kept (its number stays used)."""
    invoice = await get_for_staff(invoice_id)
    reason = " ".join(reason.split())
    if not 1 <= len(reason) <= 500:
        raise InvalidInput("Say why, in 1 to 500 characters.", field="reason")
    changed = await Invoice.filter(
        id=invoice.id, status__in=[InvoiceStatus.DRAFT, InvoiceStatus.UNPAID]
    ).update(status=InvoiceStatus.CANCELLED, cancelled_at=clock.now(), cancel_reason=reason)
    if not changed:
        raise Conflict("Only a draft or an unpaid invoice can be cancelled.")
    return await Invoice.get(id=invoice.id)
