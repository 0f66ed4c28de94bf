"""The README's buying walk over HTTP on the demo data, end to end through the sandbox page,
the job queue and the signed webhook; and the demo's buying data, seeded once."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from arq import Worker

from jobs.worker import worker_settings
from models import Order, OrderStatus, Product
from tests.buying import ADD, CART, CHECKOUT, ORDER, VERIFY, checkout_input

LOGIN = """mutation($email: String!) { login(email: $email, password: "demo") {
  ... on Session { token } } }"""


async def _seed_demo(services, settings, monkeypatch) -> None:
    from accountdesk.demo import accounts, buying, licenses

    monkeypatch.setenv("SECRET_KEY", settings.secret_key)
    await accounts.seed()
    await licenses.seed()
    assert await buying.seed() == "buying: 12 products, 2 paid orders added"
    assert await buying.seed() == "buying: 0 products, 0 paid orders added"
    await services.authorizer.reload()  # the demo people's roles, as a started server has them


async def _run_jobs(api, settings, redis_url) -> None:
    async def transport(url: str, body: bytes, headers: dict[str, str]) -> int:
        response = await api.client.post(urlsplit(url).path, content=body, headers=headers)
        return response.status_code

    options = worker_settings(settings, redis_url, manage_database=False)
    worker = Worker(
        **{**options, "cron_jobs": [], "burst": True, "poll_delay": 0.05,
           "ctx": {"webhook_transport": transport}}
    )  # fmt: skip
    try:
        await worker.async_run()
    finally:
        await worker.close()


async def test_the_demo_has_a_catalog_orders_in_both_states_and_a_cart(
    api, services, settings, monkeypatch
):
    await _seed_demo(services, settings, monkeypatch)
    orders = await Order.all().order_by("id")
    assert [o.status for o in orders] == [OrderStatus.PAID, OrderStatus.PAID]
    assert [o.verified_at is not None for o in orders] == [True, False]
    token = (await api.data(LOGIN, {"email": "buyer@demo.test"}))["login"]["token"]
    cart = (await api.data(CART, None, token))["cart"]
    assert {line["product"]["code"] for line in cart["lines"]} == {"points-50", "customization"}


async def test_the_readme_walk_from_cart_to_active_license(
    api, services, settings, redis_url, monkeypatch
):
    await _seed_demo(services, settings, monkeypatch)
    owner = (await api.data(LOGIN, {"email": "owner@demo.test"}))["login"]["token"]
    product = await Product.get(code="xcart5-business")
    await api.data(ADD, {"product": str(product.id)}, owner)
    session = (await api.data(CHECKOUT, {"input": checkout_input()}, owner))["checkout"]
    order_id = session["order"]["id"]
    page = await api.client.get(urlsplit(session["checkoutUrl"]).path)
    assert page.status_code == 200
    assert "X-Cart 5 Business" in page.text and re.search(r'value="pay"', page.text)
    chosen = await api.client.post(urlsplit(session["checkoutUrl"]).path, data={"choice": "pay"})
    assert chosen.status_code == 200  # no return address given: a thank-you page
    assert (await api.data(ORDER, {"id": order_id}, owner))["order"]["status"] == "AWAITING_PAYMENT"
    await _run_jobs(api, settings, redis_url)
    order = (await api.data(ORDER, {"id": order_id}, owner))["order"]
    assert order["status"] == "PAID" and order["receiptNumber"]
    assert [lic["state"] for lic in order["licenses"]] == ["PENDING"]
    billing = (await api.data(LOGIN, {"email": "billing@vendor.test"}))["login"]["token"]
    verified = (await api.data(VERIFY, {"id": order_id}, billing))["verifyOrder"]
    assert [lic["state"] for lic in verified["licenses"]] == ["ACTIVE"]
    order = (await api.data(ORDER, {"id": order_id}, owner))["order"]
    assert [lic["state"] for lic in order["licenses"]] == ["ACTIVE"]
    again = await api.client.get(urlsplit(session["checkoutUrl"]).path)
    assert "This payment is paid." in again.text


async def test_decline_fails_the_order_and_a_return_address_is_followed(
    api, services, settings, redis_url, monkeypatch
):
    await _seed_demo(services, settings, monkeypatch)
    owner = (await api.data(LOGIN, {"email": "owner@demo.test"}))["login"]["token"]
    product = await Product.get(code="points-10")
    await api.data(ADD, {"product": str(product.id)}, owner)
    given = checkout_input(returnUrl=f"{settings.public_url}/orders")
    session = (await api.data(CHECKOUT, {"input": given}, owner))["checkout"]
    path = urlsplit(session["checkoutUrl"]).path
    chosen = await api.client.post(path, data={"choice": "decline"})
    assert (chosen.status_code, chosen.headers["location"]) == (303, given["returnUrl"])
    assert (await api.client.post(path, data={"choice": "steal"})).status_code == 400
    assert (await api.client.get("/pay/sandbox/sbx_nothing")).status_code == 404
    await _run_jobs(api, settings, redis_url)
    order = (await api.data(ORDER, {"id": session["order"]["id"]}, owner))["order"]
    assert order["status"] == "FAILED" and order["receiptUrl"] is None
