"""Shared pieces of the buying tests: a small catalog, GraphQL documents, paying through the
sandbox processor's signed webhook."""

from __future__ import annotations

import json
import secrets
from typing import Any

from models import Order, Payment, Product
from models.enums import StaffRole
from resolvers import clock
from resolvers.buying.catalog import create_product
from resolvers.buying.catalog_data import PRODUCTS as CATALOG
from resolvers.buying.processors.sandbox import SIGNATURE_HEADER, SandboxProcessor, event_body
from resolvers.identity import Principal
from resolvers.licenses.catalog import seed_catalog

RESULT = "__typename ... on Error { code message }"
MONEY = "amount currency formatted"
CART_FIELDS = f"""lines {{ id quantity licenseId retired amount {{ {MONEY} }}
  product {{ id code kind name }} }} totals {{ {MONEY} }} needsStoreUrl"""
ORDER_FIELDS = f"""id status storeUrl receiptNumber receiptUrl awaitingVerification verifiedAt
  termsVersion total {{ {MONEY} }} account {{ id name }}
  lines {{ name kind quantity points licenseId unitPrice {{ {MONEY} }} amount {{ {MONEY} }} }}
  licenses {{ id key state url history {{ action detail }} addons {{ name }} }}"""

CART = f"{{ cart {{ {CART_FIELDS} }} }}"
ADD = f"""mutation($product: ID!, $quantity: Int, $license: ID) {{
  addToCart(productId: $product, quantity: $quantity, licenseId: $license) {{
    {RESULT} ... on Cart {{ {CART_FIELDS} }} }} }}"""
CHECKOUT = f"""mutation($input: CheckoutInput!) {{ checkout(input: $input) {{ {RESULT}
  ... on CheckoutSession {{ checkoutUrl order {{ {ORDER_FIELDS} }} }} }} }}"""
ORDERS = f"""query($filter: OrderFilter, $first: Int) {{ orders(filter: $filter, first: $first) {{
  edges {{ node {{ {ORDER_FIELDS} }} }} }} }}"""
ORDER = f"query($id: ID!) {{ order(id: $id) {{ {ORDER_FIELDS} }} }}"
VERIFY = f"""mutation($id: ID!) {{ verifyOrder(id: $id) {{ {RESULT}
  ... on Order {{ {ORDER_FIELDS} }} }} }}"""

SALES = Principal(staff_role=StaffRole.SALES)

TEST_CODES = ("xcart5-business", "xcart5-wholesale", "points-10", "installation")
PRODUCTS = [data for data in CATALOG if data.code in TEST_CODES]


async def catalog() -> dict[str, Product]:
    """The brands and four products: a license, an add-on, a point pack, a service."""
    await seed_catalog()
    return {data.code: await create_product(SALES, data) for data in PRODUCTS}


def checkout_input(**changes: Any) -> dict[str, Any]:
    return {
        "idempotencyKey": changes.pop("key", secrets.token_hex(8)),
        "acceptTerms": True,
        "acceptMoneyBack": True,
        "storeUrl": "https://shop.example.com",
        **changes,
    }


def signed_event(
    settings,
    payment: Payment,
    kind: str,
    event_id: str | None = None,
    amount: int | None = None,
    currency: str | None = None,
    at: int | None = None,
) -> tuple[bytes, dict[str, str]]:
    body = event_body(
        event_id or f"evt_{secrets.token_hex(6)}",
        kind,
        payment.reference,
        payment.amount if amount is None else amount,
        currency or payment.currency,
    )
    timestamp = int(clock.now().timestamp()) if at is None else at
    signature = SandboxProcessor(settings).signature(body, timestamp)
    return body, {"content-type": "application/json", SIGNATURE_HEADER: signature}


async def post_event(api, settings, payment: Payment, kind: str, **options) -> tuple[int, dict]:
    body, headers = signed_event(settings, payment, kind, **options)
    response = await api.client.post("/webhooks/payments/sandbox", content=body, headers=headers)
    return response.status_code, json.loads(response.content)


async def payment_of(order_id: int | str) -> Payment:
    return await Payment.get(order_id=int(order_id))


async def order_of(order_id: int | str) -> Order:
    return await Order.get(id=int(order_id))
