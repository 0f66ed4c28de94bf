"""Version marks (SPEC "Version marks") and `productVersions(brand)`."""

from __future__ import annotations

from datetime import UTC, date, datetime

from models import Brand, ProductVersion
from resolvers import clock
from resolvers.tickets.catalog import version_marks
from tests.tickets_helpers import cast

TODAY = date(2026, 11, 1)


def _row(id: int, version: str, branch: str, released: date) -> dict:
    return {"id": id, "version": version, "branch": branch, "released_on": released}


def test_latest_of_latest_branch_is_current_others_obsolete_earlier_branches_out_of_guarantee():
    rows = [
        _row(1, "4.7.10", "4.7.x", date(2026, 9, 1)),
        _row(2, "4.7.9", "4.7.x", date(2026, 5, 1)),
        _row(3, "4.6.8", "4.6.x", date(2026, 8, 1)),
        _row(4, "4.7.2", "4.7.x", date(2025, 6, 1)),
    ]
    marks = version_marks(rows, TODAY)
    assert (marks[1].obsolete, marks[1].out_of_guarantee) == (False, False)
    assert (marks[2].obsolete, marks[2].out_of_guarantee) == (True, False)
    assert (marks[3].obsolete, marks[3].out_of_guarantee) == (False, True)
    assert marks[4].out_of_guarantee  # more than a year old, even on the latest branch


async def test_product_versions_lists_a_brand_newest_first_with_marks(api, world):
    people = await cast(world)
    brand = await Brand.create(code="xcart4", name="X-Cart 4")
    await ProductVersion.create(
        brand=brand, version="4.7.9", branch="4.7.x", released_on=date(2026, 5, 1)
    )
    await ProductVersion.create(
        brand=brand, version="4.7.10", branch="4.7.x", released_on=date(2026, 9, 1)
    )
    query = 'query { productVersions(brand: "xcart4") { version obsolete outOfGuarantee } }'
    with clock.frozen(datetime(2026, 11, 1, tzinfo=UTC)):
        data = await api.data(query, token=people.token("webmaster"))
    assert data["productVersions"] == [
        {"version": "4.7.10", "obsolete": False, "outOfGuarantee": False},
        {"version": "4.7.9", "obsolete": True, "outOfGuarantee": False},
    ]
