"""Issuing invoices (SPEC section 5): billing writes the lines, the service adds them up,
drafts are edited until issued, issued invoices never change, numbers have no gaps."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from models import Invoice, InvoiceLine, OutboxMail, Project
from resolvers import clock
from tests.invoices import (
    CANCEL,
    DRAFT,
    INVOICE,
    ISSUE,
    ISSUE_DRAFT,
    UPDATE_DRAFT,
    due_in,
    invoice_input,
    issued,
)

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


async def _billing(world):
    return await world.token(await world.staff("billing", "billing"))


async def test_billing_issues_an_invoice_whose_totals_the_service_computes(api, world):
    clock.set_now(NOW)
    owner = await world.user()
    project = await Project.create(
        account_id=owner.account_id, title="Redesign", created_at=NOW, updated_at=NOW
    )
    billing = await _billing(world)
    given = invoice_input(owner.account_id, projectId=str(project.id))
    invoice = (await api.data(ISSUE, {"input": given}, billing))["issueInvoice"]
    assert invoice["__typename"] == "Invoice", invoice
    assert (invoice["number"], invoice["status"], invoice["overdue"]) == (
        "2026-000001",
        "UNPAID",
        False,
    )
    assert invoice["total"] == {"amount": 112345, "currency": "USD", "formatted": "1123.45 USD"}
    assert [line["amount"]["amount"] for line in invoice["lines"]] == [100000, 12345]
    assert invoice["project"] == {"id": str(project.id), "title": "Redesign"}
    assert invoice["account"]["id"] == str(owner.account_id)
    assert await OutboxMail.filter(
        dedupe_key=f"invoice:{invoice['id']}:issued", recipient=owner.contact_email
    ).exists()
    customer = await world.token(owner)
    refused = await api.gql(ISSUE, {"input": given}, customer)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_a_draft_is_edited_then_issued_and_then_never_changes(api, world):
    owner = await world.user()
    billing = await _billing(world)
    customer = await world.token(owner)
    draft = (await api.data(DRAFT, {"input": invoice_input(owner.account_id)}, billing))[
        "createInvoiceDraft"
    ]
    assert (draft["status"], draft["number"], draft["pdfUrl"]) == ("DRAFT", None, None)
    assert (await api.data(INVOICE, {"id": draft["id"]}, customer))["invoice"] is None
    changed = invoice_input(
        owner.account_id, lines=[{"description": "Audit", "quantity": 3, "unitPrice": 1000}]
    )
    edited = (await api.data(UPDATE_DRAFT, {"id": draft["id"], "input": changed}, billing))[
        "updateInvoiceDraft"
    ]
    assert edited["total"]["amount"] == 3000 and len(edited["lines"]) == 1
    done = (await api.data(ISSUE_DRAFT, {"id": draft["id"]}, billing))["issueInvoiceDraft"]
    assert done["status"] == "UNPAID" and done["number"].endswith("-000001")
    again = await api.data(UPDATE_DRAFT, {"id": draft["id"], "input": changed}, billing)
    assert again["updateInvoiceDraft"]["code"] == "CONFLICT"
    twice = (await api.data(ISSUE_DRAFT, {"id": draft["id"]}, billing))["issueInvoiceDraft"]
    assert twice["code"] == "CONFLICT"
    stored = await Invoice.get(id=int(draft["id"]))
    assert (stored.total, stored.number) == (3000, done["number"])


async def test_a_correction_is_a_cancellation_plus_a_new_invoice_both_kept(api, world):
    owner = await world.user()
    billing = await _billing(world)
    first = (await api.data(ISSUE, {"input": invoice_input(owner.account_id)}, billing))[
        "issueInvoice"
    ]
    cancelled = (await api.data(CANCEL, {"id": first["id"], "reason": "wrong quantity"}, billing))[
        "cancelInvoice"
    ]
    assert (cancelled["status"], cancelled["cancelReason"]) == ("CANCELLED", "wrong quantity")
    assert cancelled["number"] == first["number"]
    second = (await api.data(ISSUE, {"input": invoice_input(owner.account_id)}, billing))[
        "issueInvoice"
    ]
    assert second["number"].endswith("-000002")
    assert await Invoice.all().count() == 2
    again = await api.data(CANCEL, {"id": first["id"], "reason": "again"}, billing)
    assert again["cancelInvoice"]["code"] == "CONFLICT"
    blank = await api.data(CANCEL, {"id": second["id"], "reason": " "}, billing)
    assert blank["cancelInvoice"]["field"] == "reason"
    customer = await api.gql(CANCEL, {"id": second["id"], "reason": "x"}, await world.token(owner))
    assert customer["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_bad_input_is_refused_with_a_coded_input_error_and_nothing_stored(api, world):
    clock.set_now(NOW)
    owner = await world.user()
    stranger = await world.user()
    foreign = await Project.create(
        account_id=stranger.account_id, title="Theirs", created_at=NOW, updated_at=NOW
    )
    billing = await _billing(world)
    line = {"description": "Work", "quantity": 1, "unitPrice": 100}
    cases = {
        "lines.0.quantity": {"lines": [{**line, "quantity": -1}]},
        "lines": {"lines": []},
        "lines.0.unitPrice": {"lines": [{**line, "unitPrice": 10**12 + 1}]},
        "lines.0.currency": {"lines": [{**line, "currency": "XYZ"}]},
        "dueDate": {"dueDate": (NOW.date() - timedelta(days=1)).isoformat()},
        "projectId": {"projectId": str(foreign.id)},
        "lines.0.description": {"lines": [{**line, "description": "  "}]},
        "note": {"note": "x" * 2001},
    }
    for field, changes in cases.items():
        answer = (
            await api.data(ISSUE, {"input": invoice_input(owner.account_id, **changes)}, billing)
        )["issueInvoice"]
        assert (answer["__typename"], answer["code"], answer["field"]) == (
            "InputError",
            "INVALID_INPUT",
            field,
        ), (field, answer)
    many = invoice_input(owner.account_id, lines=[line] * 10_000)
    answer = (await api.data(ISSUE, {"input": many}, billing))["issueInvoice"]
    assert (answer["code"], answer["field"]) == ("INVALID_INPUT", "lines")
    mixed = invoice_input(owner.account_id, lines=[line, {**line, "currency": "EUR"}])
    assert (await api.data(ISSUE, {"input": mixed}, billing))["issueInvoice"]["field"] == "lines"
    for account_id in ("999999", "abc", str(2**64)):
        answer = await api.data(ISSUE, {"input": invoice_input(account_id)}, billing)
        assert answer["issueInvoice"]["code"] == "NOT_FOUND"
    assert await Invoice.all().count() == 0
    assert await InvoiceLine.all().count() == 0
    assert await OutboxMail.all().count() == 0


async def test_numbers_run_per_year_and_a_refused_issue_leaves_no_gap(world):
    clock.set_now(NOW)
    owner = await world.user()
    first = await issued(owner.account_id)
    clock.set_now(NOW + timedelta(days=200))  # 2026-12-18
    second = await issued(owner.account_id)
    clock.set_now(datetime(2027, 1, 1, 0, 0, 1, tzinfo=UTC))
    third = await issued(owner.account_id)
    fourth = await issued(owner.account_id)
    assert [i.number for i in (first, second, third, fourth)] == [
        "2026-000001",
        "2026-000002",
        "2027-000001",
        "2027-000002",
    ]


async def test_200_invoices_issued_by_8_concurrent_tasks_are_numbered_1_to_200(world):
    clock.set_now(NOW)
    owner = await world.user()

    async def issue_many(count: int) -> None:
        for _ in range(count):
            await issued(owner.account_id, due=due_in(5))

    await asyncio.gather(*(issue_many(25) for _ in range(8)))
    numbers = await Invoice.all().values_list("number", flat=True)
    assert sorted(numbers) == [f"2026-{n:06d}" for n in range(1, 201)]
