"""Add-on transfers: to an own license at once, to another company's key through acceptance."""

from __future__ import annotations

from models import LicenseAddon, LicenseTransfer
from tests.helpers import points_of
from tests.licensing import ACCEPT, INCOMING, LICENSE, REQUEST, TRANSFER_ADDONS, active_license


def _input(license, addons, key, points=0):
    return {
        "input": {
            "licenseId": str(license.id),
            "addonIds": [str(a.id) for a in addons],
            "targetKey": key,
            "points": points,
        }
    }


async def _source(world, **account):
    owner = await world.user(await world.account("Demo Store", **account))
    license = await active_license(owner.account, addons=["Wholesale", "Gift certificates"])
    addons = await LicenseAddon.filter(license=license).order_by("id")
    return owner, license, addons


async def test_addons_move_to_an_own_license_at_once(api, world):
    owner, license, addons = await _source(world)
    other_license = await active_license(owner.account, brand="litecommerce")
    body = await api.data(
        TRANSFER_ADDONS,
        _input(license, addons[:1], other_license.key.lower()),
        token=await world.token(owner),
    )
    assert body["transferAddons"]["status"] == "ACCEPTED"
    assert body["transferAddons"]["addonNames"] == ["Wholesale"]
    moved = await LicenseAddon.get(id=addons[0].id)
    assert moved.license_id == other_license.id
    assert (await LicenseAddon.get(id=addons[1].id)).license_id == license.id


async def test_addons_to_another_company_wait_for_its_signed_acceptance(api, world):
    owner, license, addons = await _source(world, support_points=3)
    other_owner = await world.user(await world.account("Other Shop"))
    target = await active_license(other_owner.account, brand="xcart4")
    requested = (
        await api.data(
            TRANSFER_ADDONS,
            _input(license, addons, target.key, points=2),
            token=await world.token(owner),
        )
    )["transferAddons"]
    assert requested["status"] == "PENDING"
    assert requested["targetLicense"] is None  # another company's license stays hidden
    assert await LicenseAddon.filter(pending_transfer_id=int(requested["id"])).count() == 2

    other_token = await world.token(other_owner)
    incoming = (await api.data(INCOMING, token=other_token))["incomingLicenseTransfers"]["nodes"]
    assert incoming[0]["kind"] == "ADDONS" and incoming[0]["license"] is None
    accepted = (
        await api.data(ACCEPT, {"id": requested["id"], "signature": "/Oscar/"}, token=other_token)
    )["acceptLicenseTransfer"]
    assert accepted["status"] == "ACCEPTED"
    assert accepted["targetLicense"]["key"] == target.key
    assert await LicenseAddon.filter(license_id=target.id, pending_transfer_id=None).count() == 2
    assert await points_of(other_owner.account_id) == 2
    target_view = (await api.data(LICENSE, {"id": str(target.id)}, token=other_token))["license"]
    assert {a["name"] for a in target_view["addons"]} == {"Wholesale", "Gift certificates"}
    assert [h["action"] for h in target_view["history"]][-1] == "addons_in"


async def test_a_key_that_is_not_a_main_license_gets_one_answer_whether_or_not_it_exists(
    api, world
):
    owner, license, addons = await _source(world)
    payments = await active_license(
        (await world.user(await world.account())).account, brand="xpayments"
    )
    token = await world.token(owner)
    answers = []
    for key in (payments.key, "QQQQQQQQQQQQQQQQ", "not-a-key"):
        body = await api.data(TRANSFER_ADDONS, _input(license, addons, key), token=token)
        answers.append(body["transferAddons"])
    assert answers[0] == answers[1] == answers[2]
    assert answers[0]["code"] == "TARGET_NOT_MAIN_LICENSE"
    assert await LicenseTransfer.all().count() == 0


async def test_addons_of_another_license_are_not_found(api, world):
    owner, license, _ = await _source(world)
    stranger = await world.user()
    foreign = await active_license(stranger.account, addons=["Foreign module"])
    target = await active_license(owner.account, brand="xcart4")
    foreign_addons = await LicenseAddon.filter(license=foreign)
    body = await api.data(
        TRANSFER_ADDONS, _input(license, foreign_addons, target.key), token=await world.token(owner)
    )
    assert body["transferAddons"]["code"] == "NOT_FOUND"
    assert (await LicenseAddon.get(id=foreign_addons[0].id)).license_id == foreign.id


async def test_license_with_addons_waiting_in_a_transfer_cannot_be_transferred(api, world):
    owner, license, addons = await _source(world)
    other_owner = await world.user(await world.account("Other Shop"), email="owner@other.test")
    target = await active_license(other_owner.account, brand="litecommerce")
    token = await world.token(owner)
    offered = await api.data(TRANSFER_ADDONS, _input(license, addons[:1], target.key), token=token)
    assert offered["transferAddons"]["status"] == "PENDING"
    body = await api.data(
        REQUEST,
        {
            "input": {
                "licenseId": str(license.id),
                "targetUrl": "https://x.example.com",
                "recipientEmail": "owner@other.test",
            }
        },
        token=token,
    )
    assert body["requestLicenseTransfer"]["code"] == "TRANSFER_PENDING"
