"""The product-file gate: active licenses of the brand open its files, nothing else does."""

from __future__ import annotations

from models import License, LicenseState
from resolvers.licenses.catalog import seed_catalog
from resolvers.licenses.issuing import issue_license
from resolvers.licenses.transfers import accept_transfer, request_transfer
from tests.files_helpers import FILE, WHY, as_principal, licensed, names, published
from tests.tickets_helpers import cast


async def _catalog(settings) -> dict[str, int]:
    files = {
        "xcart4.tgz": await published(settings, "xcart4.tgz"),
        "xcart5.tgz": await published(settings, "xcart5.tgz", "xcart5", ("5.5.1.12",)),
        "options.tgz": await published(
            settings, "options.tgz", kind="addon", addon_name="Product options"
        ),
        "wholesale.tgz": await published(
            settings, "wholesale.tgz", kind="addon", addon_name="Wholesale pricing"
        ),
        "free.tgz": await published(
            settings, "free.tgz", kind="addon", addon_name="Free banner", is_free_addon=True
        ),
    }
    return {name: row.id for name, row in files.items()}


async def test_an_active_license_opens_its_brand_and_its_addons_only(api, world, settings):
    people = await cast(world)
    await _catalog(settings)
    await licensed(people.owner.account, "xcart4", addons=("Product options",))
    listed = await names(api, people.token("owner"), sort="NAME_ASC")
    assert listed == ["free.tgz", "options.tgz", "xcart4.tgz"]
    assert (await api.data(WHY, token=people.token("owner")))["whyNoProductFiles"] is None


async def test_a_file_outside_the_gate_is_a_missing_file(api, world, settings):
    people = await cast(world)
    ids = await _catalog(settings)
    await licensed(people.owner.account, "xcart4")
    outside = await api.data(FILE, {"id": f"file:{ids['xcart5.tgz']}"}, people.token("owner"))
    missing = await api.data(FILE, {"id": "file:999999"}, people.token("owner"))
    assert outside == missing == {"file": None}
    addon = await api.data(FILE, {"id": f"file:{ids['wholesale.tgz']}"}, people.token("owner"))
    assert addon["file"] is None
    inside = await api.data(FILE, {"id": f"file:{ids['xcart4.tgz']}"}, people.token("owner"))
    assert inside["file"]["name"] == "xcart4.tgz"


async def test_a_pending_license_opens_nothing_and_says_so(api, world, settings):
    people = await cast(world)
    await _catalog(settings)
    await seed_catalog()
    await issue_license(people.owner.account_id, "xcart4", "https://shop.example.com")
    assert await names(api, people.token("owner")) == []
    why = await api.data(WHY, token=people.token("owner"))
    assert why["whyNoProductFiles"] == "PENDING_LICENSE"


async def test_no_license_and_secondary_users_are_told_why(api, world, settings):
    people = await cast(world)
    await _catalog(settings)
    assert (await api.data(WHY, token=people.token("owner")))["whyNoProductFiles"] == "NO_LICENSE"
    await licensed(people.owner.account, "xcart4")
    why = await api.data(WHY, token=people.token("webmaster"))
    assert why["whyNoProductFiles"] == "SECONDARY_USER"
    body = await api.gql(
        "{ files(folder: PRODUCT) { edges { node { id } } } }", token=people.token("webmaster")
    )
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_staff_are_given_no_reason(api, world, settings):
    """Staff have no account and no license, yet nothing is closed to them: no reason."""
    people = await cast(world)
    await _catalog(settings)
    for who in ("agent", "admin"):
        assert (await api.data(WHY, token=people.token(who)))["whyNoProductFiles"] is None


async def test_an_advanced_secondary_sees_the_same_files_as_theas_principal(api, world, settings):
    people = await cast(world)
    await _catalog(settings)
    await licensed(people.owner.account, "xcart5", addons=("Wholesale pricing",))
    buyer = await world.user(people.owner.account, "advanced_secondary")
    token = await world.token(buyer)
    # Wholesale pricing's package is an X-Cart 4 one: an X-Cart 5 add-on of that name opens
    # nothing of another brand.
    assert await names(api, token, sort="NAME_ASC") == ["xcart5.tgz"]
    assert await names(api, people.token("owner"), sort="NAME_ASC") == ["xcart5.tgz"]


async def test_files_move_with_the_last_license_at_acceptance(api, world, settings):
    people = await cast(world)
    await _catalog(settings)
    license = await licensed(people.owner.account, "xcart4")
    requested = await request_transfer(
        settings,
        as_principal(people.owner),
        license.id,
        "https://other.example.com",
        people.other.email,
    )
    # Until the target accepts, the license (and its files) stay where they were.
    assert await names(api, people.token("owner"), sort="NAME_ASC") == ["free.tgz", "xcart4.tgz"]
    assert await names(api, people.token("other")) == []
    await accept_transfer(as_principal(people.other), requested.transfer.id, "/Other Owner/")
    assert await names(api, people.token("owner")) == []
    why = await api.data(WHY, token=people.token("owner"))
    assert why["whyNoProductFiles"] == "NO_LICENSE"
    assert await names(api, people.token("other"), sort="NAME_ASC") == ["free.tgz", "xcart4.tgz"]
    assert (await License.get(id=license.id)).state is LicenseState.ACTIVE
