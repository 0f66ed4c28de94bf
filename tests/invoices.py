"""Shared pieces of the invoice tests: GraphQL documents and quick issuing."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from models.enums import StaffRole
from resolvers import clock
from resolvers.identity import Principal
from resolvers.invoices.issuing import InvoiceData, LineData, issue_invoice

RESULT = "__typename ... on Error { code message } ... on InputError { field }"
MONEY = "amount currency formatted"
INVOICE_FIELDS = f"""id number status overdue dueDate note issuedAt paidAt cancelledAt
  cancelReason pdfUrl total {{ {MONEY} }} account {{ id name }} project {{ id title }}
  lines {{ position description quantity unitPrice {{ {MONEY} }} amount {{ {MONEY} }} }}"""
ISSUE = f"""mutation($input: InvoiceInput!) {{ issueInvoice(input: $input) {{ {RESULT}
  ... on Invoice {{ {INVOICE_FIELDS} }} }} }}"""
DRAFT = f"""mutation($input: InvoiceInput!) {{ createInvoiceDraft(input: $input) {{ {RESULT}
  ... on Invoice {{ {INVOICE_FIELDS} }} }} }}"""
UPDATE_DRAFT = f"""mutation($id: ID!, $input: InvoiceInput!) {{
  updateInvoiceDraft(id: $id, input: $input) {{ {RESULT} ... on Invoice {{ {INVOICE_FIELDS} }} }} }}"""
ISSUE_DRAFT = f"""mutation($id: ID!) {{ issueInvoiceDraft(id: $id) {{ {RESULT}
  ... on Invoice {{ {INVOICE_FIELDS} }} }} }}"""
CANCEL = f"""mutation($id: ID!, $reason: String!) {{ cancelInvoice(id: $id, reason: $reason) {{
  {RESULT} ... on Invoice {{ {INVOICE_FIELDS} }} }} }}"""
PAY = f"""mutation($id: ID!, $key: String!) {{ payInvoice(id: $id, idempotencyKey: $key) {{
  {RESULT} ... on InvoicePayment {{ checkoutUrl invoice {{ id status }} }} }} }}"""
INVOICES = f"""query($filter: InvoiceFilter, $first: Int, $after: String) {{
  invoices(filter: $filter, first: $first, after: $after) {{
  edges {{ cursor node {{ {INVOICE_FIELDS} }} }} pageInfo {{ hasNextPage endCursor }} }} }}"""
INVOICE = f"query($id: ID!) {{ invoice(id: $id) {{ {INVOICE_FIELDS} }} }}"
PURCHASES = f"""query($first: Int, $after: String) {{ purchases(first: $first, after: $after) {{
  edges {{ cursor node {{ kind number paidAt documentUrl total {{ {MONEY} }}
  order {{ id status }} invoice {{ id status }} }} }} pageInfo {{ hasNextPage endCursor }} }} }}"""

BILLING = Principal(user_id=None, staff_role=StaffRole.BILLING)


def due_in(days: int) -> date:
    return clock.now().date() + timedelta(days=days)


def invoice_input(account_id: int | str, **changes: Any) -> dict[str, Any]:
    return {
        "accountId": str(account_id),
        "lines": changes.pop(
            "lines",
            [
                {"description": "Custom shipping module", "quantity": 2, "unitPrice": 50000},
                {"description": "Installation", "quantity": 1, "unitPrice": 12345},
            ],
        ),
        "dueDate": changes.pop("dueDate", due_in(14).isoformat()),
        "note": changes.pop("note", "Milestone 1"),
        **changes,
    }


async def issued(account_id: int, total: int = 10000, due: date | None = None, **options):
    """An issued invoice, straight through the resolver."""
    data = InvoiceData(
        account_id=account_id,
        lines=[LineData("Consulting", 1, total)],
        due_date=due or due_in(14),
        **options,
    )
    return await issue_invoice(BILLING, data)
