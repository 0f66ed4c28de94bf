"""Licenses: keys, the filtered list, holder labels, registration, billing, and who sees what."""

from __future__ import annotations

import pytest

from models import Account, License, LicenseAddon, LicenseHistory, LicenseTransfer, User
from models.enums import AccountType, StaffRole
from resolvers import secrets
from resolvers.identity import Principal
from resolvers.licenses import holder
from resolvers.licenses.catalog import seed_catalog
from resolvers.licenses.errors import NotPrimary
from resolvers.licenses.issuing import issue_license
from tests.licensing import LICENSE, LICENSES, RESULT, active_license

SET_STATUS = f"""mutation($id: ID!, $status: LicenseHolderStatus!) {{
  setLicenseStatus(id: $id, status: $status) {{ {RESULT} ... on License {{ status }} }}
}}"""
SET_VERSION = f"""mutation($id: ID!, $version: String!) {{
  setLicenseVersion(id: $id, version: $version) {{ {RESULT} ... on License {{ version }} }}
}}"""
REGISTER = f"""mutation($id: ID!) {{
  registerInstallation(id: $id) {{ {RESULT} ... on License {{ id }} }}
}}"""
ISSUE = f"""mutation($input: IssueLicenseInput!) {{
  issueLicense(input: $input) {{ {RESULT} ... on License {{ id key state brand {{ code }} }} }}
}}"""
VERIFY = (
    f"mutation($id: ID!) {{ verifyLicense(id: $id) {{ {RESULT} ... on License {{ state }} }} }}"
)
PUBLIC_KEY = "{ licenseCertificatePublicKey }"


async def test_keys_are_sixteen_capital_letters_and_a_collision_is_retried(world, monkeypatch):
    account = await world.account()
    taken = await active_license(account)
    fresh = "ZYXWVUTSRQPONMLK"
    offered = iter([taken.key, fresh])
    monkeypatch.setattr(secrets, "random_letters", lambda length: next(offered))
    license = await issue_license(account.id, "xcart5", "https://two.example.com")
    assert license.key == fresh
    assert await License.filter(key=taken.key).count() == 1
    monkeypatch.undo()
    key = (await issue_license(account.id, "xcart5", "https://three.example.com")).key
    assert len(key) == 16 and key.isalpha() and key.isupper()


async def test_billing_issues_pending_then_verifies_active(api, world):
    customer = await world.user()
    billing = await world.staff(StaffRole.BILLING, "billing")
    await seed_catalog()
    token = await world.token(billing)
    issued = (
        await api.data(
            ISSUE,
            {
                "input": {
                    "accountId": str(customer.account_id),
                    "brand": "xcart4",
                    "url": "shop.example.com",
                    "addons": ["Wholesale"],
                }
            },
            token=token,
        )
    )["issueLicense"]
    assert (issued["state"], issued["brand"]["code"]) == ("PENDING", "xcart4")
    verified = await api.data(VERIFY, {"id": issued["id"]}, token=token)
    assert verified["verifyLicense"]["state"] == "ACTIVE"
    twice = await api.data(VERIFY, {"id": issued["id"]}, token=token)
    assert twice["verifyLicense"]["code"] == "CONFLICT"
    actions = await LicenseHistory.filter(license_id=int(issued["id"])).values_list(
        "action", flat=True
    )
    assert sorted(actions) == ["module_purchase", "purchase", "verification"]


async def test_customers_cannot_issue_or_verify(api, world):
    owner = await world.user()
    license = await active_license(owner.account)
    body = await api.gql(VERIFY, {"id": str(license.id)}, token=await world.token(owner))
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_filters_by_url_brand_and_status_and_no_filter_lists_all(api, world):
    owner = await world.user()
    shop = await active_license(owner.account, "xcart5", "https://shop.example.com")
    blog = await active_license(owner.account, "litecommerce", "https://blog.example.org")
    await holder.set_status(_primary(owner), blog.id, "live")
    token = await world.token(owner)

    async def ids(filter=None):
        body = await api.data(LICENSES, {"filter": filter}, token=token)
        return [edge["node"]["id"] for edge in body["licenses"]["edges"]]

    assert await ids() == [str(shop.id), str(blog.id)]
    assert await ids({"url": "SHOP.example"}) == [str(shop.id)]
    assert await ids({"brand": "litecommerce"}) == [str(blog.id)]
    assert await ids({"status": "LIVE"}) == [str(blog.id)]
    assert await ids({"status": "DEVELOPMENT"}) == []


async def test_licenses_are_paged_and_statements_do_not_grow_with_rows(api, world, count_sql):
    owner = await world.user()
    token = await world.token(owner)
    template = await active_license(owner.account, addons=["Module"])
    counts = {}
    for total in (1, 10, 100):
        missing = total - await License.filter(account_id=owner.account_id).count()
        await _copies(template, missing)
        with count_sql() as counted:
            body = await api.data(LICENSES, {"first": 100}, token=token)
        assert len(body["licenses"]["edges"]) == total
        counts[total] = counted.value
    assert counts[1] == counts[10] == counts[100]
    page = await api.data(LICENSES, {"first": 40}, token=token)
    rest = await api.data(
        LICENSES, {"first": 100, "after": page["licenses"]["pageInfo"]["endCursor"]}, token=token
    )
    assert len(rest["licenses"]["edges"]) == 60
    too_many = await api.gql(LICENSES, {"first": 101}, token=token)
    assert too_many["errors"]


async def _copies(template: License, count: int) -> None:
    """Licenses like `template`, each with one add-on and one history row, written in bulk."""
    if count <= 0:
        return
    now = template.created_at
    rows = [
        License(
            key=secrets.random_letters(16),
            account_id=template.account_id,
            brand_id=template.brand_id,
            url=f"https://s{i}.example.com",
            state="active",
            created_at=now,
        )
        for i in range(count)
    ]
    await License.bulk_create(rows)
    made = await License.filter(url__in=[r.url for r in rows])
    await LicenseAddon.bulk_create(
        [LicenseAddon(license_id=r.id, name="Module", purchased_at=now) for r in made]
    )
    await LicenseHistory.bulk_create(
        [
            LicenseHistory(license_id=r.id, account_id=r.account_id, at=now, action="purchase")
            for r in made
        ]
    )


async def test_holder_sets_status_and_a_known_version(api, world):
    owner = await world.user()
    license = await active_license(owner.account)
    token = await world.token(owner)
    ok = await api.data(SET_STATUS, {"id": str(license.id), "status": "DEVELOPMENT"}, token=token)
    assert ok["setLicenseStatus"]["status"] == "DEVELOPMENT"
    version = await api.data(
        SET_VERSION, {"id": str(license.id), "version": "5.5.1.12"}, token=token
    )
    assert version["setLicenseVersion"]["version"] == "5.5.1.12"
    unknown = await api.data(SET_VERSION, {"id": str(license.id), "version": "4.7.12"}, token=token)
    assert unknown["setLicenseVersion"]["code"] == "INVALID_INPUT"


async def test_register_installation_is_for_x_cart_4_only_and_once(api, world):
    owner = await world.user()
    classic = await active_license(owner.account, "xcart4")
    modern = await active_license(owner.account, "xcart5")
    token = await world.token(owner)
    first = await api.data(REGISTER, {"id": str(classic.id)}, token=token)
    assert first["registerInstallation"]["__typename"] == "License"
    again = await api.data(REGISTER, {"id": str(classic.id)}, token=token)
    assert again["registerInstallation"]["code"] == "CONFLICT"
    wrong = await api.data(REGISTER, {"id": str(modern.id)}, token=token)
    assert wrong["registerInstallation"]["code"] == "CONFLICT"
    assert (await License.get(id=classic.id)).registered_at is not None


async def test_advanced_secondary_reads_licenses_but_changes_nothing(api, world):
    owner = await world.user()
    buyer = await world.user(owner.account, AccountType.ADVANCED_SECONDARY)
    license = await active_license(owner.account)
    token = await world.token(buyer)
    seen = (await api.data(LICENSE, {"id": str(license.id)}, token=token))["license"]
    assert seen["key"] == license.key
    body = await api.gql(SET_STATUS, {"id": str(license.id), "status": "LIVE"}, token=token)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert (await License.get(id=license.id)).holder_status == ""


@pytest.mark.parametrize(
    "query",
    [
        LICENSES,
        PUBLIC_KEY,
        "{ license(id: 1) { id } }",
        "{ incomingLicenseTransfers { nodes { id } } }",
        "{ licenseHistory { nodes { action } } }",
        "{ licenseCertificate(id: 1) { __typename } }",
    ],
)
async def test_secondary_user_cannot_read_licenses(api, world, query):
    owner = await world.user()
    webmaster = await world.user(owner.account, AccountType.SECONDARY)
    await active_license(owner.account)
    body = await api.gql(query, token=await world.token(webmaster))
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert not any((body["data"] or {}).values())


async def test_another_accounts_license_looks_missing(api, world):
    owner = await world.user()
    stranger = await world.user()
    license = await active_license(stranger.account)
    token = await world.token(owner)
    assert await api.data(LICENSE, {"id": str(license.id)}, token=token) == {"license": None}
    assert await api.data(LICENSE, {"id": "999999"}, token=token) == {"license": None}
    changed = await api.data(SET_STATUS, {"id": str(license.id), "status": "LIVE"}, token=token)
    assert changed["setLicenseStatus"]["code"] == "NOT_FOUND"


async def test_license_operations_are_primary_only_in_the_rules_too(world):
    owner = await world.user()
    license = await active_license(owner.account)
    buyer = Principal(
        user_id=owner.id,
        account_id=owner.account_id,
        account_type=AccountType.ADVANCED_SECONDARY,
    )
    with pytest.raises(NotPrimary):
        await holder.set_status(buyer, license.id, "live")


async def test_license_history_is_append_only(world):
    owner = await world.user()
    license = await active_license(owner.account)
    row = await LicenseHistory.filter(license_id=license.id).first()
    row.detail = "rewritten"
    with pytest.raises(PermissionError):
        await row.save()
    with pytest.raises(PermissionError):
        await row.delete()


def _primary(user) -> Principal:
    return Principal(user_id=user.id, account_id=user.account_id, account_type=AccountType.PRIMARY)


async def test_demo_licenses_cover_every_brand_and_state_and_seed_once(api, world):
    from accountdesk.demo import seed_demo

    await seed_demo()
    counts = (await License.all().count(), await LicenseHistory.all().count())
    await seed_demo()
    assert (await License.all().count(), await LicenseHistory.all().count()) == counts
    await world.services.authorizer.reload()  # the seed wrote roles straight to the database
    for email in ("owner@demo.test", "owner@other.test"):
        owner = await User.get(email=email)
        body = await api.data(LICENSES, {"first": 50}, token=await world.token(owner))
        nodes = [edge["node"] for edge in body["licenses"]["edges"]]
        assert {n["brand"]["code"] for n in nodes} == {
            "xcart4",
            "xcart5",
            "xpayments",
            "litecommerce",
        }
        assert {n["state"] for n in nodes} == {"PENDING", "ACTIVE", "NOT_ACCEPTED"}
    waiting = await LicenseTransfer.get(status="pending", points=5)
    assert (await Account.get(id=waiting.target_account_id)).name == "Other Shop"
