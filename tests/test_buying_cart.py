"""Catalog and cart (SPEC section 5): staff keep the catalog; buyers fill the account's cart."""

from __future__ import annotations

from models import LicenseAddon
from tests.buying import ADD, CART, RESULT, catalog
from tests.licensing import active_license

PRODUCT_FIELDS = "id code kind name retired price { amount currency formatted } brand { code }"
PRODUCTS = f"""query($filter: ProductFilter) {{ products(filter: $filter, first: 50) {{
  nodes {{ {PRODUCT_FIELDS} }} }} }}"""
CREATE = f"""mutation($input: ProductInput!) {{ createProduct(input: $input) {{ {RESULT}
  ... on InputError {{ field }} ... on Product {{ {PRODUCT_FIELDS} }} }} }}"""
RETIRE = f"""mutation($id: ID!) {{ retireProduct(id: $id) {{ {RESULT}
  ... on Product {{ {PRODUCT_FIELDS} }} }} }}"""
SET_QUANTITY = f"""mutation($line: ID!, $quantity: Int!) {{
  setCartQuantity(lineId: $line, quantity: $quantity) {{ {RESULT} ... on Cart {{ lines {{ quantity }} }} }} }}"""
REMOVE = f"""mutation($line: ID!) {{ removeFromCart(lineId: $line) {{ {RESULT}
  ... on Cart {{ lines {{ id }} }} }} }}"""
ADD_ADDONS = f"""mutation($license: ID!, $addons: [ID!]!) {{
  addAddonsToLicense(licenseId: $license, addonIds: $addons) {{ {RESULT}
  ... on Cart {{ lines {{ licenseId product {{ code }} }} }} }} }}"""


async def test_sales_create_products_in_minor_units_and_buyers_see_them(api, world):
    await catalog()
    sales = await world.token(await world.staff("sales", "sales"))
    created = await api.data(
        CREATE,
        {
            "input": {
                "kind": "SERVICE",
                "code": "customization",
                "name": "Customization",
                "price": 4_000_000_000,
                "currency": "EUR",
            }
        },
        sales,
    )
    product = created["createProduct"]
    assert product["price"] == {
        "amount": 4_000_000_000,
        "currency": "EUR",
        "formatted": "40000000.00 EUR",
    }
    owner = await world.token(await world.user())
    listed = await api.data(PRODUCTS, {"filter": {"kind": "SERVICE"}}, owner)
    assert {p["code"] for p in listed["products"]["nodes"]} == {"installation", "customization"}


async def test_bad_product_input_is_typed_and_changes_nothing(api, world):
    await catalog()
    admin = await world.token(await world.staff("admin", "sales"))
    cases = [
        (
            {"kind": "ADDON", "code": "xp-addon", "name": "X", "price": 100, "brand": "xpayments"},
            "brand",
        ),
        (
            {"kind": "LICENSE", "code": "Bad Code", "name": "X", "price": 100, "brand": "xcart5"},
            "code",
        ),
        ({"kind": "POINTS", "code": "points-0", "name": "X", "price": 100}, "points"),
        ({"kind": "SERVICE", "code": "svc", "name": "X", "price": -1}, "price"),
        ({"kind": "SERVICE", "code": "installation", "name": "X", "price": 1}, "code"),
    ]
    for product, field in cases:
        answer = (await api.data(CREATE, {"input": product}, admin))["createProduct"]
        assert (answer["code"], answer["field"]) == ("INVALID_INPUT", field), product
    listed = await api.data(PRODUCTS, {"filter": {"includeRetired": True}}, admin)
    assert len(listed["products"]["nodes"]) == 4


async def test_customers_and_other_staff_cannot_manage_the_catalog(api, world):
    owner = await world.user()
    for user in (owner, await world.staff("billing", "billing")):
        body = await api.gql(
            CREATE,
            {"input": {"kind": "SERVICE", "code": "x1", "name": "X", "price": 1}},
            await world.token(user),
        )
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_cart_adds_raise_quantity_and_are_bounded(api, world):
    products = await catalog()
    token = await world.token(await world.user())
    points = str(products["points-10"].id)
    await api.data(ADD, {"product": points, "quantity": 2}, token)
    cart = (await api.data(ADD, {"product": points, "quantity": 3}, token))["addToCart"]
    assert [line["quantity"] for line in cart["lines"]] == [5]
    assert cart["totals"] == [{"amount": 125000, "currency": "USD", "formatted": "1250.00 USD"}]
    for quantity in (0, 101):
        refused = (await api.data(ADD, {"product": points, "quantity": quantity}, token))[
            "addToCart"
        ]
        assert refused["code"] == "INVALID_INPUT"
    line = cart["lines"][0]["id"]
    too_many = await api.data(SET_QUANTITY, {"line": line, "quantity": 1000}, token)
    assert too_many["setCartQuantity"]["code"] == "INVALID_INPUT"
    changed = await api.data(SET_QUANTITY, {"line": line, "quantity": 7}, token)
    assert changed["setCartQuantity"]["lines"] == [{"quantity": 7}]
    assert (await api.data(REMOVE, {"line": line}, token))["removeFromCart"]["lines"] == []


async def test_an_addon_needs_a_license_of_its_brand_without_it(api, world):
    products = await catalog()
    owner = await world.user()
    token = await world.token(owner)
    xcart5 = await active_license(owner.account)
    xpayments = await active_license(owner.account, "xpayments", "https://pay.example.com")
    addon = str(products["xcart5-wholesale"].id)
    no_license = (await api.data(ADD, {"product": addon}, token))["addToCart"]
    assert no_license["code"] == "INVALID_INPUT"
    wrong_brand = await api.data(ADD, {"product": addon, "license": str(xpayments.id)}, token)
    assert wrong_brand["addToCart"]["code"] == "INVALID_INPUT"
    other = await active_license((await world.user()).account, url="https://b.example.org")
    foreign = await api.data(ADD, {"product": addon, "license": str(other.id)}, token)
    assert foreign["addToCart"]["code"] == "NOT_FOUND"
    added = await api.data(ADD_ADDONS, {"license": str(xcart5.id), "addons": [addon]}, token)
    assert added["addAddonsToLicense"]["lines"] == [
        {"licenseId": str(xcart5.id), "product": {"code": "xcart5-wholesale"}}
    ]
    await LicenseAddon.create(
        license=xcart5, name="Wholesale pricing", purchased_at=xcart5.created_at
    )
    owned = await api.data(ADD, {"product": addon, "license": str(xcart5.id)}, token)
    assert owned["addToCart"]["code"] == "INVALID_INPUT"


async def test_a_retired_product_stays_flagged_in_the_cart(api, world):
    products = await catalog()
    token = await world.token(await world.user())
    await api.data(ADD, {"product": str(products["installation"].id)}, token)
    sales = await world.token(await world.staff("sales", "sales"))
    retired = await api.data(RETIRE, {"id": str(products["installation"].id)}, sales)
    assert retired["retireProduct"]["retired"] is True
    cart = (await api.data(CART, None, token))["cart"]
    assert [(line["product"]["code"], line["retired"]) for line in cart["lines"]] == [
        ("installation", True)
    ]
    again = await api.data(ADD, {"product": str(products["installation"].id)}, token)
    assert again["addToCart"]["code"] == "NOT_FOUND"


async def test_the_advanced_secondary_shares_the_cart_and_the_secondary_is_forbidden(api, world):
    products = await catalog()
    owner = await world.user()
    buyer = await world.user(owner.account, "advanced_secondary")
    await api.data(ADD, {"product": str(products["points-10"].id)}, await world.token(buyer))
    cart = (await api.data(CART, None, await world.token(owner)))["cart"]
    assert len(cart["lines"]) == 1
    webmaster = await world.token(await world.user(owner.account, "secondary"))
    for document in (CART, PRODUCTS):
        body = await api.gql(document, None, webmaster)
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    body = await api.gql(ADD, {"product": str(products["points-10"].id)}, webmaster)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_another_accounts_cart_line_is_not_found(api, world):
    products = await catalog()
    mine = await world.token(await world.user())
    line = (await api.data(ADD, {"product": str(products["points-10"].id)}, mine))["addToCart"]
    theirs = await world.token(await world.user())
    for line_id in (line["lines"][0]["id"], "nope", str(2**70)):
        answer = await api.data(REMOVE, {"line": line_id}, theirs)
        assert answer["removeFromCart"]["code"] == "NOT_FOUND"
    assert len((await api.data(CART, None, mine))["cart"]["lines"]) == 1
