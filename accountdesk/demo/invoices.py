"""Demo invoices of Demo Store: one unpaid (due in 10 days, for the demo project), one overdue,
one paid through the sandbox processor's webhook. Found again by their notes."""

from __future__ import annotations

from datetime import timedelta

from accountdesk.settings import Settings
from models import Account, Invoice, Payment, Project, User
from models.enums import AccountType, StaffRole
from resolvers import clock
from resolvers.buying.processors.base import PaymentEvent
from resolvers.buying.webhooks import apply_event
from resolvers.identity import Principal
from resolvers.invoices.issuing import InvoiceData, LineData, issue_invoice
from resolvers.invoices.paying import pay_invoice

__all__ = ["seed", "UNPAID_NOTE"]

UNPAID_NOTE = "Store redesign: milestone 1"
# (note, lines, issued days ago, due days after issue, paid, for the demo project)
INVOICES = [
    ("Server migration", [("Server migration", 1, 45000)], 40, 14, True, False),
    ("Custom report module", [("Custom report module", 1, 80000)], 30, 14, False, False),
    (
        UNPAID_NOTE,
        [("Design mockups", 1, 150000), ("Theme implementation, first half", 2, 60000)],
        0,
        10,
        False,
        True,
    ),
]


async def seed() -> str:
    account = await Account.get_or_none(name="Demo Store")
    billing = await User.get_or_none(email="billing@vendor.test")
    if account is None or billing is None:
        return "invoices: 0 added"
    owner = await User.get(account=account, account_type=AccountType.PRIMARY)
    project = await Project.filter(account=account).order_by("id").first()
    staff = Principal(user_id=billing.id, staff_role=StaffRole.BILLING)
    added = 0
    for note, lines, days_ago, due_after, paid, on_project in INVOICES:
        if await Invoice.filter(account=account, note=note).exists():
            continue
        issued_at = clock.now() - timedelta(days=days_ago)
        data = InvoiceData(
            account_id=account.id,
            lines=[LineData(*line) for line in lines],
            due_date=issued_at.date() + timedelta(days=due_after),
            project_id=project.id if on_project and project else None,
            note=note,
        )
        with clock.frozen(issued_at):
            invoice = await issue_invoice(staff, data)
            if paid:
                await _pay(owner, invoice)
        added += 1
    return f"invoices: {added} added"


async def _pay(owner: User, invoice: Invoice) -> None:
    settings = Settings()
    payer = Principal(
        user_id=owner.id, account_id=owner.account_id, account_type=AccountType.PRIMARY
    )
    await pay_invoice(settings, payer, invoice.id, f"demo-invoice-{invoice.id}")
    payment = await Payment.get(invoice_id=invoice.id)
    event = PaymentEvent(
        f"demo-invoice-{invoice.id}", "paid", payment.reference, payment.amount, payment.currency
    )
    await apply_event(settings, payment.processor, event)
