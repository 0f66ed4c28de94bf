"""`licenses(first: 50)` with the brand, add-ons and subscriptions of each: the license list.

`prepare()` adds 50 active licenses (2 add-ons and a subscription each) to the demo owner's
account. The list pages by id, oldest first, so a page is the demo's own licenses followed by
the first of these.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

import aiosqlite
import orjson
from starlette.requests import Request
from starlette.responses import Response

from .me import session_row, unauthenticated
from .tickets import _all, _keys

QUERY = """query($first: Int!) { licenses(first: $first) { edges { node {
  id url state status version key domainChangeUsed
  brand { code name }
  addons { id name }
  subscriptions { name periodMonths isActive }
} } } }"""
VARIABLES = {"first": 50}
LOGIN = "owner@demo.test"
EXPECT = b'"url":"https://shop0.bench.test"'
REQUESTS = 500
WARMUP = 30
COUNT = 50


async def seed_licenses(account_id: int, count: int) -> None:
    """`count` active licenses, each with 2 add-ons and a subscription (bulk inserts)."""
    from models import Brand, License, LicenseAddon, LicenseState, LicenseSubscription
    from resolvers import clock

    now = clock.now()
    brand, _ = await Brand.get_or_create(code="bench-licenses", defaults={"name": "X-Cart 5"})
    await License.bulk_create(
        [
            License(
                key=f"L{account_id:07d}{i:08d}"[-16:],
                account_id=account_id,
                brand=brand,
                url=f"https://shop{i}.bench.test",
                state=LicenseState.ACTIVE,
                holder_status="live",
                holder_version="5.4.1",
                created_at=now + timedelta(seconds=i),
            )
            for i in range(count)
        ]
    )
    fresh = await License.filter(url__endswith=".bench.test").values_list("id", flat=True)
    await LicenseAddon.bulk_create(
        [
            LicenseAddon(license_id=license_id, name=f"Add-on {n}", purchased_at=now)
            for license_id in fresh
            for n in range(2)
        ]
    )
    await LicenseSubscription.bulk_create(
        [LicenseSubscription(license_id=license_id, name="Updates") for license_id in fresh]
    )


async def prepare() -> None:
    from models import User

    owner = await User.get(email=LOGIN)
    await seed_licenses(owner.account_id, COUNT)


# The statements the app runs for this request (the session lookup is `me`'s).
LICENSES_SQL = """SELECT id, url, state, holder_status, holder_version, key, domain_change_used,
    brand_id, account_id FROM license WHERE account_id = ? OR id IN (SELECT license_id
    FROM license_transfer WHERE target_account_id = ? AND status = 'pending'
    AND kind = 'license') ORDER BY id LIMIT ?"""
BRANDS_SQL = "SELECT id, code, name, is_main_product FROM brand WHERE id IN ({brands})"
ADDONS_SQL = """SELECT id, license_id, name, purchased_at, pending_transfer_id
    FROM license_addon WHERE license_id IN ({licenses}) ORDER BY id"""
SUBSCRIPTIONS_SQL = """SELECT license_id, name, period_months, renews_on, is_active
    FROM license_subscription WHERE license_id IN ({licenses}) ORDER BY id"""


async def bare(request: Request, db: aiosqlite.Connection) -> Response:
    body = orjson.loads(await request.body())
    session = await session_row(request, db)
    if session is None:
        return unauthenticated()
    account_id = session[3]
    first = int(body.get("variables", {}).get("first", 50))
    licenses = (await _all(db, LICENSES_SQL, (account_id, account_id, first + 1)))[:first]
    keys = _keys(row[0] for row in licenses)
    brands = {
        row[0]: {"code": row[1], "name": row[2]}
        for row in await _all(db, BRANDS_SQL.format(brands=_keys({r[7] for r in licenses})))
    }
    addons, subscriptions = defaultdict(list), defaultdict(list)
    for addon_id, license_id, name, _, _ in await _all(db, ADDONS_SQL.format(licenses=keys)):
        addons[license_id].append({"id": str(addon_id), "name": name})
    for license_id, name, months, _, active in await _all(
        db, SUBSCRIPTIONS_SQL.format(licenses=keys)
    ):
        subscriptions[license_id].append(
            {"name": name, "periodMonths": months, "isActive": bool(active)}
        )
    edges = [
        {
            "node": {
                "id": str(row[0]),
                "url": row[1],
                "state": row[2].upper(),
                "status": row[3].upper() or None,
                "version": row[4] or None,
                "key": row[5],
                "domainChangeUsed": bool(row[6]),
                "brand": brands[row[7]],
                "addons": addons[row[0]],
                "subscriptions": subscriptions[row[0]],
            }
        }
        for row in licenses
    ]
    return Response(
        orjson.dumps({"data": {"licenses": {"edges": edges}}}), media_type="application/json"
    )
