"""Reading invoices and purchases: the account's own, newest first; staff see all; a PDF
through a signed link; tokens with invoices:read; constant statements per page; rights."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from pypdf import PdfReader

from bench.scenarios.invoices import seed_invoices
from models import Invoice, Project
from resolvers import clock
from tests.buying import post_event
from tests.invoices import INVOICE, INVOICES, PAY, PURCHASES, issued
from tests.test_buying_orders import CREATE_TOKEN, _paid_order

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def _ids(body, field="invoices"):
    return [edge["node"]["id"] for edge in body[field]["edges"]]


async def test_the_accounts_invoices_newest_first_and_others_missing(api, world):
    clock.set_now(NOW)
    owner = await world.user()
    first = await issued(owner.account_id)
    clock.set_now(NOW + timedelta(minutes=1))
    second = await issued(owner.account_id)
    token = await world.token(owner)
    assert _ids(await api.data(INVOICES, None, token)) == [str(second.id), str(first.id)]
    page = await api.data(INVOICES, {"first": 1}, token)
    assert page["invoices"]["pageInfo"]["hasNextPage"] is True
    after = page["invoices"]["pageInfo"]["endCursor"]
    assert _ids(await api.data(INVOICES, {"first": 1, "after": after}, token)) == [str(first.id)]
    buyer = await world.token(await world.user(owner.account, "advanced_secondary"))
    assert len(_ids(await api.data(INVOICES, None, buyer))) == 2
    stranger_user = await world.user()
    theirs = await issued(stranger_user.account_id)
    stranger = await world.token(stranger_user)
    assert _ids(await api.data(INVOICES, None, stranger)) == [str(theirs.id)]
    for invoice_id in (str(first.id), "abc", str(2**64), "-1"):
        assert (await api.data(INVOICE, {"id": invoice_id}, stranger))["invoice"] is None
    webmaster = await world.token(await world.user(owner.account, "secondary"))
    for query in (INVOICES, PURCHASES):
        body = await api.gql(query, None, webmaster)
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_staff_see_every_account_filtered_by_account_and_project(api, world):
    clock.set_now(NOW)
    owner = await world.user()
    other = await world.user()
    project = await Project.create(
        account_id=owner.account_id, title="Shop", created_at=NOW, updated_at=NOW
    )
    mine = await issued(owner.account_id, project_id=project.id)
    plain = await issued(owner.account_id)
    theirs = await issued(other.account_id)
    billing = await world.token(await world.staff("billing", "billing"))
    assert set(_ids(await api.data(INVOICES, None, billing))) == {
        str(mine.id),
        str(plain.id),
        str(theirs.id),
    }
    by_account = await api.data(INVOICES, {"filter": {"accountId": str(other.account_id)}}, billing)
    assert _ids(by_account) == [str(theirs.id)]
    by_project = await api.data(INVOICES, {"filter": {"projectId": str(project.id)}}, billing)
    assert _ids(by_project) == [str(mine.id)]
    token = await world.token(owner)
    assert _ids(await api.data(INVOICES, {"filter": {"projectId": "abc"}}, token)) == []
    # a customer's accountId filter cannot widen the view
    widened = await api.data(INVOICES, {"filter": {"accountId": str(other.account_id)}}, token)
    assert set(_ids(widened)) == {str(mine.id), str(plain.id)}
    agent = await world.token(await world.staff("agent", "support"))
    body = await api.gql(INVOICES, None, agent)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_the_pdf_reads_back_with_number_total_parties_and_paid_stamp(api, world, settings):
    clock.set_now(NOW)
    owner = await world.user()
    invoice = await issued(owner.account_id, total=112345)
    token = await world.token(owner)
    shown = (await api.data(INVOICE, {"id": str(invoice.id)}, token))["invoice"]
    response = await api.client.get(shown["pdfUrl"])
    assert response.status_code == 200 and response.headers["content-type"] == "application/pdf"
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert invoice.number in text and "1123.45 USD" in text and "Consulting" in text
    assert "AccountDesk Software" in text and owner.account.name in text
    assert "PAID" not in text
    await api.data(PAY, {"id": str(invoice.id), "key": "pdf-pay-1"}, token)
    await post_event(api, settings, await invoice.payments.all().first(), "paid")
    shown = (await api.data(INVOICE, {"id": str(invoice.id)}, token))["invoice"]
    paid = PdfReader(io.BytesIO((await api.client.get(shown["pdfUrl"])).content))
    assert "PAID 2026-06-01" in paid.pages[0].extract_text()
    # The link is this user's and short-lived: another id, another account, or later is 404.
    link = urlsplit(shown["pdfUrl"])
    forged = link.path.replace(f"/{invoice.id}", f"/{invoice.id + 1}") + "?" + link.query
    assert (await api.client.get(forged)).status_code == 404
    clock.set_now(NOW + settings.signed_link_ttl + timedelta(seconds=1))
    assert (await api.client.get(shown["pdfUrl"])).status_code == 404


async def test_an_invoices_read_token_reads_invoices_only(api, world):
    owner = await world.user()
    invoice = await issued(owner.account_id)
    token = await world.token(owner)
    secret = (await api.data(CREATE_TOKEN, {"scopes": ["INVOICES_READ"]}, token))["createApiToken"][
        "secret"
    ]
    listed = await api.data(INVOICES, None, secret)
    assert _ids(listed) == [str(invoice.id)]
    assert listed["invoices"]["edges"][0]["node"]["pdfUrl"] is None  # data, not documents
    for query, variables in (
        (PAY, {"id": str(invoice.id), "key": "token-pay-1"}),
        (PURCHASES, None),
    ):
        body = await api.gql(query, variables, secret)
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_purchases_list_paid_orders_and_paid_invoices_newest_first(api, world, settings):
    clock.set_now(NOW)
    owner, token, order_id, _ = await _paid_order(api, world, settings, codes=("points-10",))
    clock.set_now(NOW + timedelta(hours=1))
    paid = await issued(owner.account_id, total=5000)
    unpaid = await issued(owner.account_id, total=7000)
    await api.data(PAY, {"id": str(paid.id), "key": "purchase-1"}, token)
    await post_event(api, settings, await paid.payments.all().first(), "paid")
    listed = (await api.data(PURCHASES, None, token))["purchases"]["edges"]
    nodes = [edge["node"] for edge in listed]
    assert [(n["kind"], (n["invoice"] or n["order"])["id"]) for n in nodes] == [
        ("INVOICE", str(paid.id)),
        ("ORDER", order_id),
    ]
    assert nodes[0]["number"] == paid.number and nodes[0]["total"]["amount"] == 5000
    assert nodes[1]["number"].startswith("R-")
    for node in nodes:
        response = await api.client.get(node["documentUrl"])
        assert response.status_code == 200
        assert node["number"] in PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    first = await api.data(PURCHASES, {"first": 1}, token)
    after = first["purchases"]["pageInfo"]["endCursor"]
    rest = (await api.data(PURCHASES, {"first": 1, "after": after}, token))["purchases"]
    assert [e["node"]["kind"] for e in rest["edges"]] == ["ORDER"]
    assert rest["pageInfo"]["hasNextPage"] is False
    assert str(unpaid.id) not in {str((n["invoice"] or {}).get("id")) for n in nodes}
    stranger = await world.token(await world.user())
    assert (await api.data(PURCHASES, None, stranger))["purchases"]["edges"] == []


async def test_purchases_paid_in_the_same_instant_page_exactly(api, world):
    clock.set_now(NOW)
    owner = await world.user()
    made = [await issued(owner.account_id) for _ in range(5)]
    await Invoice.filter(id__in=[i.id for i in made]).update(status="paid", paid_at=NOW)
    token = await world.token(owner)
    seen, after = [], None
    while True:
        page = (await api.data(PURCHASES, {"first": 2, "after": after}, token))["purchases"]
        seen += [e["node"]["invoice"]["id"] for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == [str(i.id) for i in reversed(made)]


async def test_statements_for_a_page_of_invoices_do_not_grow_with_the_rows(api, world, count_sql):
    owner = await world.user()
    token = await world.token(owner)
    counts, seeded = {}, 0
    for size in (1, 10, 100):
        await seed_invoices(owner.account_id, size - seeded)
        seeded = size
        with count_sql() as counted:
            listed = await api.data(INVOICES, {"first": 100}, token)
        assert len(listed["invoices"]["edges"]) == size
        assert all(len(e["node"]["lines"]) == 3 for e in listed["invoices"]["edges"])
        counts[size] = counted.value
    assert counts[1] == counts[10] == counts[100], counts
