"""The `brands` list with their versions and version marks (the license filter's and the
ticket form's choices), for every signed-in user and the tickets:read token scope."""

from __future__ import annotations

from datetime import UTC, date, datetime

from models import Brand, ProductVersion
from models.enums import AccountType
from resolvers import clock
from resolvers.licenses.catalog import seed_catalog

BRANDS = (
    "{ brands { id code name isMainProduct versions { version branch obsolete outOfGuarantee } } }"
)


async def test_every_brand_with_its_versions_newest_first_and_marked(api, world):
    await seed_catalog()
    webmaster = await world.user(None, AccountType.SECONDARY)
    with clock.frozen(datetime(2026, 6, 1, tzinfo=UTC)):
        brands = (await api.data(BRANDS, token=await world.token(webmaster)))["brands"]
    assert [b["name"] for b in brands] == ["LiteCommerce", "X-Cart 4", "X-Cart 5", "X-Payments"]
    xcart5 = next(b for b in brands if b["code"] == "xcart5")
    marks = {v["version"]: (v["obsolete"], v["outOfGuarantee"]) for v in xcart5["versions"]}
    assert [v["version"] for v in xcart5["versions"]] == [
        "5.5.1.12",
        "5.5.1.10",
        "5.5.0.20",
        "5.4.1.40",
    ]
    assert marks == {
        "5.5.1.12": (False, False),  # current
        "5.5.1.10": (True, False),  # obsolete: same branch, not the latest
        "5.5.0.20": (True, True),  # released more than a year before
        "5.4.1.40": (False, True),  # an earlier branch
    }


async def test_brands_need_a_sign_in(api):
    body = await api.gql(BRANDS)
    assert body["errors"][0]["extensions"]["code"] in ("UNAUTHENTICATED", "FORBIDDEN")


async def test_brand_statements_do_not_grow_with_brands(api, world, count_sql):
    token = await world.token(await world.user())
    await api.data(BRANDS, token=token)  # the first sign-in's extras
    counts = {}
    made = 0
    for wanted in (1, 10, 100):
        for n in range(made, wanted):
            brand = await Brand.create(code=f"brand{n:03d}", name=f"Brand {n:03d}")
            await ProductVersion.create(
                brand=brand, version="1.0.0", branch="1.0.x", released_on=date(2026, 1, 1)
            )
        made = wanted
        with count_sql() as counted:
            brands = (await api.data(BRANDS, token=token))["brands"]
        assert len(brands) == wanted and all(len(b["versions"]) == 1 for b in brands)
        counts[wanted] = counted.value
    assert counts[1] == counts[10] == counts[100] <= 4, counts
