"""Upgrade packs: requested through the API, built by the job, downloaded, expired, retried."""

from __future__ import annotations

import asyncio
import io
import tarfile
import zipfile
from datetime import timedelta

from models import LicenseAddon, ProductVersion, UpgradePack
from models.files import PackStatus
from resolvers import clock
from resolvers.auth import principal_for_token
from resolvers.files.building import build_pack, remove_expired_packs
from resolvers.licenses.catalog import seed_catalog
from resolvers.licenses.issuing import issue_license
from resolvers.storage import storage_for
from schema.context import RequestContext
from tests.files_helpers import PACK, PROGRESS, REQUEST, RETRY, licensed, published
from tests.tickets_helpers import cast


async def _setup(settings, world):
    people = await cast(world)
    license = await licensed(people.owner.account, "xcart4", addons=("Product options",))
    await published(settings, "xcart-4.7.12.tgz", data=b"\x1f\x8bPACKAGE" * 1000)
    await published(
        settings, "options.tgz", kind="addon", addon_name="Product options", data=b"OPT" * 500
    )
    free = await published(
        settings, "banner.tgz", kind="addon", addon_name="Banner", is_free_addon=True
    )
    addon = await LicenseAddon.get(license_id=license.id)
    choice = {
        "licenseId": str(license.id),
        "targetVersion": "4.7.12",
        "addonIds": [str(addon.id)],
        "freeAddonIds": [f"file:{free.id}"],
    }
    return people, license, choice


async def _request(api, token: str, choice: dict, **changes) -> dict:
    data = await api.data(REQUEST, {"input": {**choice, **changes}}, token)
    return data["requestUpgradePack"]


async def test_a_pack_is_queued_built_and_downloaded_as_tgz(api, world, settings, services):
    people, _, choice = await _setup(settings, world)
    pack = await _request(api, people.token("owner"), choice)
    assert pack["status"] == "QUEUED" and pack["downloadUrl"] is None
    assert await services.redis.exists(f"arq:job:upgrade-pack-{pack['id']}")
    again = await _request(api, people.token("owner"), choice)
    assert again["id"] == pack["id"]
    assert await build_pack(storage_for(settings), None, int(pack["id"])) is PackStatus.READY
    ready = (await api.data(PACK, {"id": pack["id"]}, people.token("owner")))["upgradePack"]
    assert ready["status"] == "READY" and ready["progress"] == 100 and ready["expiresAt"]
    response = await api.client.get(ready["downloadUrl"])
    assert response.status_code == 200 and len(response.content) == ready["size"]
    with tarfile.open(fileobj=io.BytesIO(response.content), mode="r:gz") as archive:
        names = sorted(archive.getnames())
        assert names == ["addons/banner.tgz", "addons/options.tgz", "xcart-4.7.12.tgz"]
        assert archive.extractfile("addons/options.tgz").read() == b"OPT" * 500
    same = await _request(api, people.token("owner"), choice)
    assert same["id"] == pack["id"] and same["status"] == "READY"


async def test_a_zip_pack_holds_the_same_files(api, world, settings):
    people, _, choice = await _setup(settings, world)
    pack = await _request(api, people.token("owner"), choice, archive="ZIP")
    await build_pack(storage_for(settings), None, int(pack["id"]))
    ready = (await api.data(PACK, {"id": pack["id"]}, people.token("owner")))["upgradePack"]
    response = await api.client.get(ready["downloadUrl"])
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        assert archive.read("xcart-4.7.12.tgz") == b"\x1f\x8bPACKAGE" * 1000
        assert len(archive.namelist()) == 3


async def test_only_x_cart_4_1_0_and_later(api, world, settings):
    people, license, choice = await _setup(settings, world)
    old = await ProductVersion.create(
        brand_id=license.brand_id, version="4.0.19", branch="4.0.x", released_on="2008-01-01"
    )
    refused = await _request(api, people.token("owner"), choice, targetVersion=old.version)
    assert refused["code"] == "INVALID_INPUT" and refused["field"] == "targetVersion"
    xcart5 = await licensed(people.owner.account, "xcart5")
    other = await _request(
        api, people.token("owner"), choice, licenseId=str(xcart5.id), addonIds=[], freeAddonIds=[]
    )
    assert other["code"] == "INVALID_INPUT" and other["field"] == "licenseId"
    assert not await UpgradePack.exists()


async def test_other_accounts_licenses_packs_and_pending_licenses(api, world, settings):
    people, license, choice = await _setup(settings, world)
    stolen = await _request(api, people.token("other"), choice)
    assert stolen["code"] == "NOT_FOUND"
    for bad in (str(2**63), str(2**40), "abc", "-1"):
        assert (await _request(api, people.token("owner"), choice, licenseId=bad))["code"] == (
            "NOT_FOUND"
        )
    pack = await _request(api, people.token("owner"), choice)
    assert (await api.data(PACK, {"id": pack["id"]}, people.token("other")))["upgradePack"] is None
    for bad in (str(2**63), str(2**40), "x"):
        assert (await api.data(PACK, {"id": bad}, people.token("owner")))["upgradePack"] is None
    await seed_catalog()
    pending = await issue_license(people.owner.account_id, "xcart4", "https://p.example.com")
    waiting = await _request(
        api, people.token("owner"), choice, licenseId=str(pending.id), addonIds=[]
    )
    assert waiting["code"] == "CONFLICT"
    body = await api.gql(PACK, {"id": pack["id"]}, people.token("webmaster"))
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_a_failed_build_says_why_and_can_be_retried(api, world, settings):
    people, license, choice = await _setup(settings, world)
    pack = await _request(api, people.token("owner"), choice, targetVersion="4.7.11")
    assert await build_pack(storage_for(settings), None, int(pack["id"])) is PackStatus.FAILED
    failed = (await api.data(PACK, {"id": pack["id"]}, people.token("owner")))["upgradePack"]
    assert failed["status"] == "FAILED" and "No installation package" in failed["reason"]
    await published(settings, "xcart-4.7.11.tgz", versions=("4.7.11",))
    await published(
        settings, "options-11.tgz", kind="addon", addon_name="Product options", versions=("4.7.11",)
    )
    await published(
        settings,
        "banner-11.tgz",
        kind="addon",
        addon_name="Banner",
        is_free_addon=True,
        versions=("4.7.11",),
    )
    retried = (await api.data(RETRY, {"id": pack["id"]}, people.token("owner")))["retryUpgradePack"]
    assert retried["status"] == "QUEUED" and retried["id"] == pack["id"]
    # The free add-on chosen is the 4.7.12 file: no package of it for 4.7.11 either.
    assert await build_pack(storage_for(settings), None, int(pack["id"])) is PackStatus.FAILED
    again = (await api.data(RETRY, {"id": pack["id"]}, people.token("owner")))["retryUpgradePack"]
    assert again["status"] == "QUEUED"
    ready = (await api.data(RETRY, {"id": pack["id"]}, people.token("owner")))["retryUpgradePack"]
    assert ready["code"] == "CONFLICT"  # only a failed pack is retried


async def test_ready_packs_are_removed_after_seven_days(api, world, settings):
    people, _, choice = await _setup(settings, world)
    pack = await _request(api, people.token("owner"), choice)
    storage = storage_for(settings)
    await build_pack(storage, None, int(pack["id"]))
    stored = (await UpgradePack.get(id=int(pack["id"]))).stored_name
    clock.advance(timedelta(days=6, hours=23))
    assert await remove_expired_packs(storage) == 0
    clock.advance(timedelta(hours=2))
    assert await remove_expired_packs(storage) == 1
    assert not await storage.exists(stored)
    assert not await UpgradePack.exists(id=int(pack["id"]))


async def test_a_second_delivery_of_the_job_changes_nothing(api, world, settings):
    people, _, choice = await _setup(settings, world)
    pack = await _request(api, people.token("owner"), choice)
    storage = storage_for(settings)
    assert await build_pack(storage, None, int(pack["id"])) is PackStatus.READY
    assert await build_pack(storage, None, int(pack["id"])) is None


async def test_progress_is_pushed_to_a_subscriber_until_ready(api, world, settings, services):
    from schema import build_schema

    people, _, choice = await _setup(settings, world)
    pack = await _request(api, people.token("owner"), choice)
    principal = await principal_for_token(settings, people.token("owner"))
    context = RequestContext(services=services, principal=principal)
    stream = await build_schema(settings).subscribe(
        PROGRESS, variable_values={"id": pack["id"]}, context_value=context
    )
    first = (await asyncio.wait_for(stream.__anext__(), 5)).data["upgradePackProgress"]
    assert first == {"status": "QUEUED", "progress": 0}
    await build_pack(storage_for(settings), services.redis, int(pack["id"]))
    seen = []
    async for result in stream:
        seen.append(result.data["upgradePackProgress"])
    assert seen[0]["status"] == "BUILDING" and seen[-1] == {"status": "READY", "progress": 100}


async def test_concurrent_requests_for_one_choice_share_one_pack(api, world, settings):
    people, _, choice = await _setup(settings, world)
    results = await asyncio.gather(
        *[_request(api, people.token("owner"), choice) for _ in range(5)]
    )
    assert len({result["id"] for result in results}) == 1
    assert await UpgradePack.all().count() == 1


async def test_the_worker_job_builds_the_queued_pack(api, world, settings, services):
    from jobs.packs import build_upgrade_pack

    people, _, choice = await _setup(settings, world)
    pack = await _request(api, people.token("owner"), choice)
    context = {"settings": settings, "redis": services.redis}
    assert await build_upgrade_pack(context, int(pack["id"])) == "ready"
    assert await build_upgrade_pack(context, int(pack["id"])) is None
