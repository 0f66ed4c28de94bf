"""License transfers through the API: request, accept with a signature, cancel, decline."""

from __future__ import annotations

from models import (
    Account,
    LiabilityEntry,
    License,
    LicenseTransfer,
    OutboxMail,
    PasswordReset,
    User,
)
from models.enums import AccountType
from resolvers.licenses.catalog import seed_catalog
from resolvers.licenses.issuing import issue_license
from tests.helpers import points_of
from tests.licensing import (
    ACCEPT,
    ACCOUNT_HISTORY,
    CANCEL,
    DECLINE,
    INCOMING,
    LICENSE,
    LICENSES,
    REQUEST,
    active_license,
)


async def _people(world):
    demo = await world.account("Demo Store", support_points=12)
    owner = await world.user(demo, email="owner@demo.test")
    buyer = await world.user(demo, AccountType.ADVANCED_SECONDARY, email="buyer@demo.test")
    webmaster = await world.user(demo, AccountType.SECONDARY, email="webmaster@demo.test")
    other = await world.account("Other Shop")
    other_owner = await world.user(other, email="owner@other.test")
    return demo, owner, buyer, webmaster, other, other_owner


def _request(license_id, points=5, email="owner@other.test", **extra):
    return {
        "input": {
            "licenseId": str(license_id),
            "targetUrl": "https://other.example.org/shop",
            "recipientEmail": email,
            "points": points,
            **extra,
        }
    }


async def _ledger(account_id: int) -> list[tuple[str, int]]:
    """The account's ledger entries as (kind, amount): the trail the API's `liabilities` shows."""
    rows = await LiabilityEntry.filter(account_id=account_id).order_by("id")
    return [(row.kind, row.amount) for row in rows]


async def test_transfer_to_existing_customer_end_to_end(api, world):
    demo, owner, buyer, webmaster, other, other_owner = await _people(world)
    license = await active_license(demo)
    owner_token, other_token = await world.token(owner), await world.token(other_owner)

    for outsider in (buyer, webmaster):
        body = await api.gql(REQUEST, _request(license.id), token=await world.token(outsider))
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        assert body["data"] is None
    assert await LicenseTransfer.all().count() == 0
    assert await points_of(demo.id) == 12

    requested = (await api.data(REQUEST, _request(license.id), token=owner_token))[
        "requestLicenseTransfer"
    ]
    assert requested["__typename"] == "LicenseTransfer"
    assert (requested["status"], requested["points"]) == ("PENDING", 5)
    assert await points_of(demo.id) == 7  # held until decided

    seen = (await api.data(LICENSES, token=other_token))["licenses"]["edges"]
    assert [edge["node"]["state"] for edge in seen] == ["NOT_ACCEPTED"]
    assert seen[0]["node"]["key"] is None  # not theirs yet
    incoming = (await api.data(INCOMING, token=other_token))["incomingLicenseTransfers"]["nodes"]
    assert [t["id"] for t in incoming] == [requested["id"]]

    unsigned = await api.data(
        ACCEPT, {"id": requested["id"], "signature": "John Smith"}, token=other_token
    )
    assert unsigned["acceptLicenseTransfer"]["code"] == "INVALID_SIGNATURE"
    assert (await License.get(id=license.id)).account_id == demo.id

    accepted = (
        await api.data(
            ACCEPT, {"id": requested["id"], "signature": "/John Smith/"}, token=other_token
        )
    )["acceptLicenseTransfer"]
    assert accepted["status"] == "ACCEPTED"
    assert (accepted["signature"], accepted["termsVersion"]) == ("/John Smith/", "2026-01")
    assert accepted["license"]["key"] == license.key
    assert accepted["license"]["state"] == "ACTIVE"
    assert accepted["license"]["url"] == "https://other.example.org/shop"

    moved = await License.get(id=license.id)
    assert moved.account_id == other.id
    assert await points_of(demo.id) == 7
    assert await points_of(other.id) == 5
    assert await _ledger(demo.id) == [("adjustment", 12), ("transfer_hold", -5)]
    assert await _ledger(other.id) == [("transfer_in", 5)]
    row = await LicenseTransfer.get(id=int(requested["id"]))
    assert (row.decided_by_id, row.signature) == (other_owner.id, "/John Smith/")

    demo_view = await api.data(LICENSES, token=owner_token)
    assert demo_view["licenses"]["edges"] == []
    assert (await api.data(LICENSE, {"id": str(license.id)}, token=owner_token)) == {
        "license": None
    }
    demo_story = (await api.data(ACCOUNT_HISTORY, token=owner_token))["licenseHistory"]["nodes"]
    assert [entry["action"] for entry in demo_story][:2] == [
        "transferred_out",
        "transfer_requested",
    ]
    assert "Other Shop" in demo_story[0]["detail"] and "/John Smith/" in demo_story[0]["detail"]
    assert demo_story[0]["license"] is None  # the key went with the license
    other_story = (await api.data(LICENSE, {"id": str(license.id)}, token=other_token))["license"][
        "history"
    ]
    assert [entry["action"] for entry in other_story] == ["acceptance"]
    assert "Demo Store" in other_story[0]["detail"]
    assert await OutboxMail.filter(recipient="owner@demo.test").count() == 1


async def test_retried_accept_after_success_is_a_clear_conflict(api, world):
    demo, owner, _, _, other, other_owner = await _people(world)
    license = await active_license(demo)
    transfer_id = (await api.data(REQUEST, _request(license.id), token=await world.token(owner)))[
        "requestLicenseTransfer"
    ]["id"]
    token = await world.token(other_owner)
    first = await api.data(ACCEPT, {"id": transfer_id, "signature": "/O. Other/"}, token=token)
    again = await api.data(ACCEPT, {"id": transfer_id, "signature": "/O. Other/"}, token=token)
    assert first["acceptLicenseTransfer"]["status"] == "ACCEPTED"
    assert again["acceptLicenseTransfer"] == {
        "__typename": "ConflictError",
        "code": "CONFLICT",
        "message": "This transfer was already accepted; nothing changed.",
    }
    assert await points_of(other.id) == 5


async def test_second_transfer_of_a_license_is_transfer_pending(api, world):
    demo, owner, *_ = await _people(world)
    license = await active_license(demo)
    token = await world.token(owner)
    await api.data(REQUEST, _request(license.id, points=0), token=token)
    again = await api.data(REQUEST, _request(license.id, points=0), token=token)
    assert again["requestLicenseTransfer"]["code"] == "TRANSFER_PENDING"


async def test_points_beyond_the_balance_are_not_enough_points(api, world):
    demo, owner, *_ = await _people(world)
    license = await active_license(demo)
    body = await api.data(REQUEST, _request(license.id, points=13), token=await world.token(owner))
    assert body["requestLicenseTransfer"]["code"] == "NOT_ENOUGH_POINTS"
    assert await LicenseTransfer.all().count() == 0
    assert await points_of(demo.id) == 12


async def test_cancel_returns_points_and_the_target_no_longer_sees_it(api, world):
    demo, owner, _, _, other, other_owner = await _people(world)
    license = await active_license(demo)
    owner_token, other_token = await world.token(owner), await world.token(other_owner)
    transfer_id = (await api.data(REQUEST, _request(license.id), token=owner_token))[
        "requestLicenseTransfer"
    ]["id"]
    cancelled = (await api.data(CANCEL, {"id": transfer_id}, token=owner_token))[
        "cancelLicenseTransfer"
    ]
    assert cancelled["status"] == "CANCELLED"
    assert await points_of(demo.id) == 12
    held_and_back = [("adjustment", 12), ("transfer_hold", -5), ("transfer_return", 5)]
    assert await _ledger(demo.id) == held_and_back
    assert (await api.data(LICENSES, token=other_token))["licenses"]["edges"] == []
    late = await api.data(ACCEPT, {"id": transfer_id, "signature": "/Me/"}, token=other_token)
    assert late["acceptLicenseTransfer"]["code"] == "CONFLICT"
    assert (await License.get(id=license.id)).account_id == demo.id


async def test_target_declines_and_the_source_keeps_the_license(api, world):
    demo, owner, _, _, other, other_owner = await _people(world)
    license = await active_license(demo)
    transfer_id = (await api.data(REQUEST, _request(license.id), token=await world.token(owner)))[
        "requestLicenseTransfer"
    ]["id"]
    other_token = await world.token(other_owner)
    declined = await api.data(DECLINE, {"id": transfer_id}, token=other_token)
    assert declined["declineLicenseTransfer"]["status"] == "DECLINED"
    assert (await License.get(id=license.id)).account_id == demo.id
    assert await points_of(demo.id) == 12
    # The source cannot accept its own transfer: it is not the target's.
    body = await api.data(
        ACCEPT, {"id": transfer_id, "signature": "/X/"}, token=await world.token(owner)
    )
    assert body["acceptLicenseTransfer"]["code"] == "NOT_FOUND"


async def test_transfer_to_a_new_company_creates_account_primary_and_link(api, world):
    demo, owner, *_ = await _people(world)
    license = await active_license(demo)
    body = await api.data(
        REQUEST,
        _request(
            license.id,
            points=0,
            email="New.Owner@Fresh.test",
            newCompany={"companyName": "Fresh Co", "contactName": "Nina New"},
        ),
        token=await world.token(owner),
    )
    assert body["requestLicenseTransfer"]["companyName"] == "Fresh Co"
    user = await User.get(email="new.owner@fresh.test")
    assert user.account_type is AccountType.PRIMARY and user.password_hash == ""
    assert (await Account.get(id=user.account_id)).name == "Fresh Co"
    assert await PasswordReset.filter(user=user, used_at__isnull=True).count() == 1
    welcome = await OutboxMail.get(dedupe_key=f"welcome:user:{user.id}")
    assert "/reset-password?token=adr_" in welcome.body
    # The new primary may act at once: their role is known to the enforcer.
    incoming = await api.data(INCOMING, token=await world.token(user))
    assert len(incoming["incomingLicenseTransfers"]["nodes"]) == 1


async def test_unknown_recipient_is_not_found_and_nothing_is_held(api, world):
    demo, owner, *_ = await _people(world)
    license = await active_license(demo)
    body = await api.data(
        REQUEST, _request(license.id, email="nobody@nowhere.test"), token=await world.token(owner)
    )
    assert body["requestLicenseTransfer"]["code"] == "NOT_FOUND"
    assert await points_of(demo.id) == 12


async def test_a_pending_license_cannot_be_transferred(api, world):
    demo, owner, *_ = await _people(world)
    await seed_catalog()
    license = await issue_license(demo.id, "xcart5", "https://unverified.example.com")
    body = await api.data(REQUEST, _request(license.id, points=0), token=await world.token(owner))
    assert body["requestLicenseTransfer"]["code"] == "CONFLICT"
    assert await LicenseTransfer.all().count() == 0


async def test_a_signature_of_up_to_1000_characters_is_accepted_and_stored(api, world):
    demo, owner, _, _, other, other_owner = await _people(world)
    token = await world.token(other_owner)
    requested = []
    for _ in range(2):
        license = await active_license(demo)
        answer = await api.data(
            REQUEST, _request(license.id, points=0), token=await world.token(owner)
        )
        requested.append(answer["requestLicenseTransfer"]["id"])
    too_long = "/" + "J" * 999 + "/"  # 1,001 characters
    refused = await api.data(ACCEPT, {"id": requested[0], "signature": too_long}, token=token)
    assert refused["acceptLicenseTransfer"]["code"] == "INVALID_SIGNATURE"
    longest = "/" + "John Smith " * 89 + "J" * 19 + "/"
    assert len(longest) == 1000
    for transfer_id, signature in zip(requested, [longest, "/" + " " * 200 + "J/"], strict=True):
        accepted = await api.data(ACCEPT, {"id": transfer_id, "signature": signature}, token=token)
        assert accepted["acceptLicenseTransfer"]["status"] == "ACCEPTED"
    stored = await LicenseTransfer.get(id=int(requested[0]))
    assert stored.signature == longest
