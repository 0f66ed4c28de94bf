"""Paid orders: receipt, pending licenses verified by billing, add-ons, points; the order list
for customers and staff; rights and isolation (SPEC section 5)."""

from __future__ import annotations

import io
from urllib.parse import urlsplit

from pypdf import PdfReader

from bench.scenarios.orders import seed_orders
from models import LicenseAddon, OutboxMail
from resolvers.buying import ledger
from resolvers.identity import Principal
from tests.buying import (
    ADD,
    CHECKOUT,
    ORDER,
    ORDERS,
    VERIFY,
    catalog,
    checkout_input,
    payment_of,
    post_event,
)
from tests.helpers import points_of
from tests.licensing import active_license

CREATE_TOKEN = """mutation($scopes: [ApiTokenScope!]!) { createApiToken(name: "Dash", scopes: $scopes) {
  ... on NewApiToken { secret } } }"""


async def _paid_order(api, world, settings, owner=None, codes=("xcart5-business",), **extra):
    products = await catalog() if not extra.get("products") else extra["products"]
    owner = owner or await world.user()
    token = await world.token(owner)
    for code in codes:
        variables = {"product": str(products[code].id)}
        if code == "xcart5-wholesale":
            variables["license"] = str(extra["license"].id)
        await api.data(ADD, variables, token)
    placed = (await api.data(CHECKOUT, {"input": checkout_input()}, token))["checkout"]
    payment = await payment_of(placed["order"]["id"])
    assert (await post_event(api, settings, payment, "paid"))[0] == 200
    return owner, token, placed["order"]["id"], products


async def test_a_paid_order_has_a_receipt_pending_licenses_addons_and_points(api, world, settings):
    products = await catalog()
    owner = await world.user()
    license = await active_license(owner.account)
    owner, token, order_id, _ = await _paid_order(
        api,
        world,
        settings,
        owner,
        ("xcart5-business", "xcart5-wholesale", "points-10"),
        products=products,
        license=license,
    )
    order = (await api.data(ORDER, {"id": order_id}, token))["order"]
    assert order["status"] == "PAID" and order["awaitingVerification"] is True
    assert order["receiptNumber"].startswith("R-")
    [bought] = order["licenses"]
    assert bought["state"] == "PENDING" and bought["url"] == "https://shop.example.com"
    assert [h["action"] for h in bought["history"]] == ["purchase"]
    assert await LicenseAddon.filter(license_id=license.id, name="Wholesale pricing").exists()
    assert await points_of(owner.account_id) == 10
    mails = await OutboxMail.filter(dedupe_key__startswith=f"order:{order_id}:").values_list(
        "dedupe_key", flat=True
    )
    assert sorted(mails) == [f"order:{order_id}:paid", f"order:{order_id}:received"]


async def test_the_receipt_pdf_reads_back_with_its_number_lines_and_total(api, world, settings):
    owner, token, order_id, _ = await _paid_order(api, world, settings, codes=("points-10",))
    order = (await api.data(ORDER, {"id": order_id}, token))["order"]
    response = await api.client.get(order["receiptUrl"])
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/pdf"
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert order["receiptNumber"] in text
    assert "10 tech-support points" in text and "250.00 USD" in text
    # The link is this user's: another account's user, or a changed id, gets 404.
    other = await world.user()
    link = urlsplit(order["receiptUrl"])
    forged = link.path.replace(f"/{order_id}", f"/{int(order_id) + 1}") + "?" + link.query
    assert (await api.client.get(forged)).status_code == 404
    await owner.__class__.filter(id=owner.id).update(account_id=other.account_id)
    assert (await api.client.get(order["receiptUrl"])).status_code == 404


async def test_billing_verifies_the_order_and_the_license_becomes_active(api, world, settings):
    owner, token, order_id, _ = await _paid_order(api, world, settings)
    billing = await world.token(await world.staff("billing", "billing"))
    queue = (await api.data(ORDERS, None, billing))["orders"]["edges"]
    assert queue[0]["node"]["id"] == order_id
    verified = (await api.data(VERIFY, {"id": order_id}, billing))["verifyOrder"]
    assert verified["awaitingVerification"] is False and verified["verifiedAt"]
    [license] = verified["licenses"]
    assert license["state"] == "ACTIVE"
    assert [h["action"] for h in license["history"]] == ["purchase", "verification"]
    again = (await api.data(VERIFY, {"id": order_id}, billing))["verifyOrder"]
    assert again["code"] == "CONFLICT"
    assert await OutboxMail.filter(dedupe_key=f"order:{order_id}:verified").exists()
    customer = await api.gql(VERIFY, {"id": order_id}, token)
    assert customer["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_unpaid_orders_cannot_be_verified(api, world, settings):
    products = await catalog()
    owner = await world.user()
    token = await world.token(owner)
    await api.data(ADD, {"product": str(products["xcart5-business"].id)}, token)
    placed = (await api.data(CHECKOUT, {"input": checkout_input()}, token))["checkout"]
    billing = await world.token(await world.staff("billing", "billing"))
    answer = (await api.data(VERIFY, {"id": placed["order"]["id"]}, billing))["verifyOrder"]
    assert answer["code"] == "CONFLICT"


async def test_orders_are_the_accounts_newest_first_and_others_are_missing(api, world, settings):
    owner, token, first, products = await _paid_order(api, world, settings, codes=("points-10",))
    _, _, second, _ = await _paid_order(
        api, world, settings, owner, ("points-10",), products=products
    )
    listed = (await api.data(ORDERS, None, token))["orders"]["edges"]
    assert [edge["node"]["id"] for edge in listed] == [second, first]
    buyer = await world.token(await world.user(owner.account, "advanced_secondary"))
    assert len((await api.data(ORDERS, None, buyer))["orders"]["edges"]) == 2
    stranger = await world.token(await world.user())
    assert (await api.data(ORDERS, None, stranger))["orders"]["edges"] == []
    for order_id in (first, "abc", str(2**64)):
        assert (await api.data(ORDER, {"id": order_id}, stranger))["order"] is None
    webmaster = await world.token(await world.user(owner.account, "secondary"))
    body = await api.gql(ORDERS, None, webmaster)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_staff_filter_orders_by_status(api, world, settings):
    owner, token, paid, products = await _paid_order(api, world, settings, codes=("points-10",))
    await api.data(ADD, {"product": str(products["points-10"].id)}, token)
    unpaid = (await api.data(CHECKOUT, {"input": checkout_input()}, token))["checkout"]
    sales = await world.token(await world.staff("sales", "sales"))
    waiting = await api.data(ORDERS, {"filter": {"status": "AWAITING_PAYMENT"}}, sales)
    assert [e["node"]["id"] for e in waiting["orders"]["edges"]] == [unpaid["order"]["id"]]
    done = await api.data(ORDERS, {"filter": {"status": "PAID"}}, sales)
    assert [e["node"]["id"] for e in done["orders"]["edges"]] == [paid]


async def test_an_orders_read_token_reads_orders_only(api, world, settings):
    owner, token, order_id, _ = await _paid_order(api, world, settings, codes=("points-10",))
    secret = (await api.data(CREATE_TOKEN, {"scopes": ["ORDERS_READ"]}, token))["createApiToken"][
        "secret"
    ]
    listed = (await api.data(ORDERS, None, secret))["orders"]["edges"]
    assert [edge["node"]["id"] for edge in listed] == [order_id]
    body = await api.gql("{ cart { totals { amount } } }", None, secret)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_statements_for_a_page_of_orders_do_not_grow_with_the_rows(
    api, world, settings, count_sql
):
    owner = await world.user()
    token = await world.token(owner)
    counts = {}
    seeded = 0
    for size in (1, 10, 100):
        await seed_orders(owner.account_id, size - seeded)
        seeded = size
        with count_sql() as counted:
            listed = await api.data(ORDERS, {"first": 100}, token)
        assert len(listed["orders"]["edges"]) == size
        counts[size] = counted.value
    assert counts[1] == counts[10] == counts[100], counts


async def test_a_purchase_credits_points_through_the_ledger(api, world, settings):
    owner, token, order_id, _ = await _paid_order(api, world, settings, codes=("points-10",))
    entries = await ledger.entries(Principal(account_id=owner.account_id), 10, None)
    assert [(e.kind, e.amount, e.order_id) for e in entries.items] == [
        ("purchase", 10, int(order_id))
    ]
