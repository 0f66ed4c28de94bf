"""Invoice PDFs (fpdf2), drawn when downloaded from the stored, immutable invoice.

An issued invoice never changes except its state, so drawing it again gives the same
document, stamped PAID once paid (CANCELLED once cancelled). Readable through a signed
short-lived link (`/files/invoice/<id>`), rights and account re-checked at download.
"""

from __future__ import annotations

from fpdf import FPDF

from accountdesk.settings import Settings
from models import Account, Invoice, InvoiceLine, InvoiceStatus, Project
from resolvers.buying.receipts import latin1, money_table
from resolvers.errors import NotFound
from resolvers.identity import Principal
from resolvers.invoices.reads import get_invoice

__all__ = ["readable_invoice", "invoice_pdf"]

_STAMPS = {InvoiceStatus.PAID: "PAID", InvoiceStatus.CANCELLED: "CANCELLED"}


async def readable_invoice(principal: Principal, invoice_id: int | str) -> Invoice:
    """An issued invoice the caller may read (a draft has no document), or NOT_FOUND."""
    found = await get_invoice(principal, invoice_id)
    if found.number is None:
        raise NotFound("No such invoice.")
    return found


def _header(pdf: FPDF, invoice: Invoice, seller: list[str], buyer: str) -> None:
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, latin1(f"Invoice {invoice.number}"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    rows = [
        "Seller: " + ", ".join(seller),
        f"Buyer: {buyer}",
        f"Issued: {invoice.issued_at:%Y-%m-%d}",
        f"Due: {invoice.due_date:%Y-%m-%d}",
    ]
    for row in rows:
        pdf.cell(0, 6, latin1(row), new_x="LMARGIN", new_y="NEXT")


async def invoice_pdf(settings: Settings, invoice: Invoice) -> bytes:
    lines = await InvoiceLine.filter(invoice_id=invoice.id).order_by("position")
    account = await Account.get(id=invoice.account_id)
    pdf = FPDF()
    pdf.set_title(f"Invoice {invoice.number}")
    pdf.add_page()
    seller = [part.strip() for part in settings.invoice_seller.split("|") if part.strip()]
    _header(pdf, invoice, seller, account.name)
    if invoice.project_id is not None:
        project = await Project.get(id=invoice.project_id)
        pdf.cell(0, 6, latin1(f"Project: {project.title}"), new_x="LMARGIN", new_y="NEXT")
    if invoice.note:
        pdf.multi_cell(0, 6, latin1(invoice.note), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    rows = [(line.description, line.quantity, line.unit_price, line.amount) for line in lines]
    money_table(pdf, "Description", rows, invoice.total, invoice.currency)
    stamp = _STAMPS.get(invoice.status)
    if stamp:
        pdf.ln(6)
        pdf.set_font("Helvetica", "B", 28)
        pdf.set_text_color(200, 0, 0)
        when = f" {invoice.paid_at:%Y-%m-%d}" if invoice.paid_at else ""
        pdf.cell(0, 14, stamp + when, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
