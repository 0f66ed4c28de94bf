"""Nothing of one account's file area reaches another account, operation by operation."""

from __future__ import annotations

from models import LicenseAddon, Project, StoredFile, UpgradePack
from models.files import PackStatus
from resolvers import clock
from resolvers.auth import principal_for_token
from resolvers.files.building import build_pack
from resolvers.storage import storage_for
from schema.context import RequestContext
from tests.files_helpers import (
    FILE,
    FILES,
    PACK,
    PROGRESS,
    REQUEST,
    RETRY,
    UPLOAD,
    UPLOAD_PROJECT,
    WHY,
    licensed,
    published,
)
from tests.tickets_helpers import cast, upload


async def test_every_file_operation_keeps_to_the_callers_account(api, world, settings, services):
    people = await cast(world)
    owner, other = people.token("owner"), people.token("other")
    license = await licensed(people.owner.account, "xcart4", addons=("Product options",))
    await published(settings, "xcart-4.7.12.tgz")
    now = clock.now()
    project = await Project.create(
        account_id=people.owner.account_id, title="P", created_at=now, updated_at=now
    )
    response = await upload(
        api,
        owner,
        UPLOAD,
        {"input": {"files": [None]}},
        {"variables.input.files.0": ("mine.txt", b"mine", "text/plain")},
    )
    mine = response.json()["data"]["uploadCompanyFiles"]["files"][0]
    await upload(
        api,
        owner,
        UPLOAD_PROJECT,
        {"input": {"projectId": str(project.id), "files": [None]}},
        {"variables.input.files.0": ("spec.txt", b"spec", "text/plain")},
    )
    addon = await LicenseAddon.get(license_id=license.id)
    choice = {"licenseId": str(license.id), "targetVersion": "4.7.12", "addonIds": []}
    pack = (await api.data(REQUEST, {"input": choice}, owner))["requestUpgradePack"]

    # Lists: the other account's folders hold nothing of Demo Store's.
    for folder in ("PRODUCT", "COMPANY", "TICKET", "PROJECT"):
        listed = await api.data(FILES, {"folder": folder}, other)
        assert listed["files"]["edges"] == [], folder
    assert (await api.data(WHY, token=other))["whyNoProductFiles"] == "NO_LICENSE"
    # Lookups and links: the same as a missing object.
    for stored in await StoredFile.all():
        assert (await api.data(FILE, {"id": f"file:{stored.id}"}, other))["file"] is None
    assert (
        await api.client.get(
            mine["downloadUrl"].replace(f"user={people.owner.id}", f"user={people.other.id}")
        )
    ).status_code == 404
    assert (await api.data(PACK, {"id": pack["id"]}, other))["upgradePack"] is None
    retried = await api.data(RETRY, {"id": pack["id"]}, other)
    assert retried["retryUpgradePack"]["code"] == "NOT_FOUND"
    # Writes aimed at Demo Store's objects.
    stolen = await api.data(REQUEST, {"input": {**choice, "addonIds": [str(addon.id)]}}, other)
    assert stolen["requestUpgradePack"]["code"] == "NOT_FOUND"
    response = await upload(
        api,
        other,
        UPLOAD_PROJECT,
        {"input": {"projectId": str(project.id), "files": [None]}},
        {"variables.input.files.0": ("x.txt", b"x", "text/plain")},
    )
    assert response.json()["data"]["uploadProjectFiles"]["code"] == "NOT_FOUND"
    response = await upload(
        api,
        other,
        UPLOAD,
        {"input": {"files": [None], "accountId": str(people.owner.account_id)}},
        {"variables.input.files.0": ("planted.txt", b"x", "text/plain")},
    )
    planted = response.json()["data"]["uploadCompanyFiles"]["files"][0]
    assert (await StoredFile.get(id=int(planted["id"].split(":")[1]))).account_id == (
        people.other.account_id
    )  # a customer's upload lands in their own My Files, whatever account is named
    # The progress subscription.
    principal = await principal_for_token(settings, other)
    stream = await _subscribe(services, settings, principal, pack["id"])
    result = await stream.__anext__()
    assert result.errors[0].extensions["code"] == "NOT_FOUND"
    assert await build_pack(storage_for(settings), None, int(pack["id"])) is PackStatus.READY
    assert await UpgradePack.filter(account_id=people.other.account_id).count() == 0


async def _subscribe(services, settings, principal, pack_id: str):
    from schema import build_schema

    context = RequestContext(services=services, principal=principal)
    return await build_schema(settings).subscribe(
        PROGRESS, variable_values={"id": pack_id}, context_value=context
    )
