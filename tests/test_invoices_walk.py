"""The README's invoice walk over HTTP on the demo data, end to end through the sandbox page,
the job queue and the signed webhook; and the demo's invoices, seeded once."""

from __future__ import annotations

import io
from datetime import timedelta
from urllib.parse import urlsplit

from pypdf import PdfReader

from models import Account, Invoice, InvoiceStatus, Project
from resolvers import clock
from tests.invoices import INVOICES, ISSUE, PAY, PURCHASES
from tests.test_buying_walk import LOGIN, _run_jobs


async def _seed_demo(services, settings, monkeypatch) -> None:
    from accountdesk.demo import accounts, invoices, projects

    monkeypatch.setenv("SECRET_KEY", settings.secret_key)
    await accounts.seed()
    await projects.seed()
    assert await invoices.seed() == "invoices: 3 added"
    assert await invoices.seed() == "invoices: 0 added"
    await services.authorizer.reload()


async def _login(api, email: str) -> str:
    return (await api.data(LOGIN, {"email": email}))["login"]["token"]


async def test_the_demo_has_an_unpaid_an_overdue_and_a_paid_invoice(
    api, services, settings, monkeypatch
):
    await _seed_demo(services, settings, monkeypatch)
    buyer = await _login(api, "buyer@demo.test")
    nodes = [e["node"] for e in (await api.data(INVOICES, None, buyer))["invoices"]["edges"]]
    project = await Project.get(title="Store redesign")
    shown = {(n["status"], n["overdue"], (n["project"] or {}).get("title")) for n in nodes}
    assert shown == {
        ("UNPAID", False, project.title),
        ("UNPAID", True, None),
        ("PAID", False, None),
    }
    [current] = [n for n in nodes if n["project"]]
    assert current["dueDate"] == (clock.now().date() + timedelta(days=10)).isoformat()
    assert len((await api.data(PURCHASES, None, buyer))["purchases"]["edges"]) == 1


async def test_the_readme_walk_billing_issues_the_buyer_pays_through_the_sandbox(
    api, services, settings, redis_url, monkeypatch
):
    await _seed_demo(services, settings, monkeypatch)
    assert (await Account.get(name="Demo Store")).id == 1  # the README names account "1"
    billing = await _login(api, "billing@vendor.test")
    given = {
        "accountId": "1",
        "dueDate": (clock.now().date() + timedelta(days=14)).isoformat(),
        "note": "Customization, phase 2",
        "lines": [{"description": "Checkout customization", "quantity": 8, "unitPrice": 9500}],
    }
    invoice = (await api.data(ISSUE, {"input": given}, billing))["issueInvoice"]
    assert (invoice["status"], invoice["total"]["formatted"]) == ("UNPAID", "760.00 USD")
    assert invoice["id"] == "4"  # the README pays invoice "4"
    buyer = await _login(api, "buyer@demo.test")
    listed = (await api.data(INVOICES, {"filter": {"status": "UNPAID"}}, buyer))["invoices"]
    assert listed["edges"][0]["node"]["id"] == invoice["id"]  # newest first
    paying = (await api.data(PAY, {"id": invoice["id"], "key": "readme-invoice-1"}, buyer))[
        "payInvoice"
    ]
    path = urlsplit(paying["checkoutUrl"]).path
    page = await api.client.get(path)
    assert "Checkout customization" in page.text and "760.00 USD" in page.text
    assert (await api.client.post(path, data={"choice": "pay"})).status_code == 200
    await _run_jobs(api, settings, redis_url)
    assert (await Invoice.get(id=int(invoice["id"]))).status is InvoiceStatus.PAID
    bought = (await api.data(PURCHASES, None, buyer))["purchases"]["edges"]
    node = bought[0]["node"]
    assert (node["kind"], node["invoice"]["id"], node["invoice"]["status"]) == (
        "INVOICE",
        invoice["id"],
        "PAID",
    )
    pdf = await api.client.get(node["documentUrl"])
    text = PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    assert invoice["number"] in text and "760.00 USD" in text and "PAID" in text
    again = await api.data(PAY, {"id": invoice["id"], "key": "readme-invoice-2"}, buyer)
    assert again["payInvoice"]["code"] == "INVOICE_PAID"
