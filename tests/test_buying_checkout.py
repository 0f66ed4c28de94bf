"""Checkout: frozen prices, acceptances stored, one order per idempotency key (SPEC section 5)."""

from __future__ import annotations

import asyncio

import pytest

from models import CartLine, Order, OrderLine, OutboxMail, Payment, Product
from resolvers.buying.cart import add_to_cart
from resolvers.buying.checkout import CheckoutRequest, checkout
from tests.buying import ADD, CART, CHECKOUT, catalog, checkout_input

ROUNDS = 15


async def test_checkout_freezes_lines_and_stores_the_acceptances(api, world):
    products = await catalog()
    buyer = await world.user(await world.account("Shop"), "advanced_secondary")
    token = await world.token(buyer)
    await api.data(ADD, {"product": str(products["xcart5-business"].id)}, token)
    await api.data(ADD, {"product": str(products["points-10"].id), "quantity": 2}, token)
    answer = (await api.data(CHECKOUT, {"input": checkout_input()}, token))["checkout"]
    order = answer["order"]
    assert answer["checkoutUrl"].startswith("http://127.0.0.1:8000/pay/sandbox/sbx_")
    assert order["status"] == "AWAITING_PAYMENT"
    assert order["total"]["amount"] == 129900 + 2 * 25000
    assert order["storeUrl"] == "https://shop.example.com"
    assert [(ln["name"], ln["quantity"], ln["points"]) for ln in order["lines"]] == [
        ("X-Cart 5 Business", 1, 0),
        ("10 tech-support points", 2, 20),
    ]
    stored = await Order.get(id=int(order["id"]))
    assert stored.created_by_id == buyer.id and stored.terms_version == "2026-01"
    assert stored.terms_accepted_at is not None and stored.money_back_accepted_at is not None
    assert (await api.data(CART, None, token))["cart"]["lines"] == []
    # A later price change does not touch the order.
    await Product.filter(id=products["points-10"].id).update(price=1, name="Renamed")
    line = await OrderLine.get(order_id=stored.id, product_id=products["points-10"].id)
    assert (line.name, line.unit_price) == ("10 tech-support points", 25000)
    assert await OutboxMail.filter(dedupe_key=f"order:{stored.id}:received").exists()


async def test_checkout_refuses_what_it_cannot_use_and_changes_nothing(api, world):
    products = await catalog()
    token = await world.token(await world.user())
    empty = (await api.data(CHECKOUT, {"input": checkout_input()}, token))["checkout"]
    assert empty["code"] == "CART_EMPTY"
    await api.data(ADD, {"product": str(products["xcart5-business"].id)}, token)
    cases = [
        (checkout_input(acceptTerms=False), "TERMS_NOT_ACCEPTED"),
        (checkout_input(acceptMoneyBack=False), "TERMS_NOT_ACCEPTED"),
        (checkout_input(storeUrl=None), "INVALID_INPUT"),
        (checkout_input(storeUrl="ftp://nope"), "INVALID_INPUT"),
        (checkout_input(key="short"), "INVALID_INPUT"),
        (checkout_input(returnUrl="https://evil.example/steal"), "INVALID_INPUT"),
    ]
    for given, code in cases:
        answer = (await api.data(CHECKOUT, {"input": given}, token))["checkout"]
        assert answer["code"] == code, given
    assert await Order.all().count() == 0
    assert len((await api.data(CART, None, token))["cart"]["lines"]) == 1


async def test_a_retired_product_in_the_cart_blocks_checkout(api, world):
    products = await catalog()
    token = await world.token(await world.user())
    await api.data(ADD, {"product": str(products["installation"].id)}, token)
    await Product.filter(id=products["installation"].id).update(
        retired_at=products["installation"].created_at
    )
    answer = (await api.data(CHECKOUT, {"input": checkout_input()}, token))["checkout"]
    assert answer["code"] == "PRODUCT_RETIRED"


async def test_the_same_key_answers_the_same_order(api, world):
    products = await catalog()
    token = await world.token(await world.user())
    await api.data(ADD, {"product": str(products["installation"].id)}, token)
    given = checkout_input(key="order-key-1")
    first = (await api.data(CHECKOUT, {"input": given}, token))["checkout"]
    second = (await api.data(CHECKOUT, {"input": given}, token))["checkout"]
    assert first["order"]["id"] == second["order"]["id"]
    assert first["checkoutUrl"] == second["checkoutUrl"]
    assert await Order.all().count() == 1 and await Payment.all().count() == 1


async def test_secondary_users_cannot_check_out(api, world):
    owner = await world.user()
    webmaster = await world.token(await world.user(owner.account, "secondary"))
    body = await api.gql(CHECKOUT, {"input": checkout_input()}, webmaster)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


@pytest.mark.postgres_only
async def test_two_concurrent_checkouts_with_one_key_make_one_order(services, world, settings):
    products = await catalog()
    owner = await world.user()
    principal = await _principal(settings, world, owner)
    for round_number in range(ROUNDS):
        await add_to_cart(principal, products["points-10"].id, 1)
        request = CheckoutRequest(f"race-key-{round_number}", True, True)
        results = await asyncio.gather(
            checkout(settings, principal, request),
            checkout(settings, principal, request),
            return_exceptions=True,
        )
        errors = [r for r in results if isinstance(r, BaseException)]
        assert not errors, errors
        assert results[0].order.id == results[1].order.id
        assert results[0].checkout_url == results[1].checkout_url
    assert await Order.all().count() == ROUNDS
    assert await Payment.all().count() == ROUNDS
    assert await OrderLine.all().count() == ROUNDS
    assert await CartLine.all().count() == 0


async def _principal(settings, world, user):
    from resolvers.auth import principal_for_token

    return await principal_for_token(settings, await world.token(user))
