"""Receipts: a paid order's numbered, printable PDF (fpdf2), drawn from the frozen lines.

The PDF is drawn when it is downloaded, not stored: every value on it was frozen when the
order was placed and paid, so the same receipt comes out each time, and no file can be left
behind by a payment transaction that rolled back.
"""

from __future__ import annotations

from fpdf import FPDF

from models import Account, Order, OrderLine, OrderStatus
from resolvers.buying.mails import money
from resolvers.errors import NotFound
from resolvers.identity import Principal
from resolvers.ids import parse_id
from resolvers.scope import scoped

__all__ = ["readable_receipt", "receipt_pdf", "latin1", "money_table"]


async def readable_receipt(principal: Principal, order_id: int | str) -> Order:
    """A paid order the caller may read (re-checked at download), or NOT_FOUND."""
    found = await scoped(
        principal, Order.filter(id=parse_id(order_id, "order"), status=OrderStatus.PAID)
    ).first()
    if found is None or found.receipt_number is None:
        raise NotFound("No such receipt.")
    return found


def latin1(value: str) -> str:
    # The core PDF fonts speak Latin-1; anything else is shown as "?" rather than failing.
    return value.encode("latin-1", "replace").decode("latin-1")


async def receipt_pdf(order: Order) -> bytes:
    lines = await OrderLine.filter(order_id=order.id).order_by("id")
    account = await Account.get(id=order.account_id)
    pdf = FPDF()
    pdf.set_title(f"Receipt {order.receipt_number}")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, latin1(f"Receipt {order.receipt_number}"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    for label in (
        f"Order #{order.id}",
        f"Customer: {account.name}",
        f"Paid: {order.paid_at:%Y-%m-%d %H:%M} UTC",
        f"Terms accepted: version {order.terms_version}",
    ):
        pdf.cell(0, 6, latin1(label), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    rows = [(line.name, line.quantity, line.unit_price, line.amount) for line in lines]
    money_table(pdf, "Item", rows, order.total, order.currency)
    return bytes(pdf.output())


def money_table(
    pdf: FPDF, heading: str, rows: list[tuple[str, int, int, int]], total: int, currency: str
) -> None:
    """The lines of a printed document: (name, quantity, unit price, amount), then the total."""
    with pdf.table(
        col_widths=(90, 20, 40, 40), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT")
    ) as table:
        table.row([heading, "Qty", "Unit price", "Amount"])
        for name, quantity, unit_price, amount in rows:
            table.row(
                [latin1(name), str(quantity), money(unit_price, currency), money(amount, currency)]
            )
        table.row(["Total", "", "", money(total, currency)])
