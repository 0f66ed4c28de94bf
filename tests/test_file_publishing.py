"""Publishing product files and security patches (developer, admin); published files never change."""

from __future__ import annotations

import pytest

from models import StoredFile
from tests.files_helpers import licensed, published
from tests.tickets_helpers import cast, upload

PUBLISH = """mutation($input: PublishFileInput!) { publishFile(input: $input) {
  __typename ... on File { id name kind brand versions addonName isFreeAddon description sha256 }
  ... on Error { code message } ... on InputError { field } } }"""
PATCH = """mutation($input: PublishSecurityPatchInput!) { publishSecurityPatch(input: $input) {
  __typename ... on SecurityPatch { id name severity affectedVersions description }
  ... on Error { code message } } }"""
PATCHES = """query($brand: String!, $version: String) { securityPatches(brand: $brand, version: $version) {
  name severity affectedVersions description publishedAt downloadUrl } }"""
TGZ = b"\x1f\x8b" + b"package" * 100


async def _publish(api, token: str, document: str, fields: dict, data: bytes = TGZ):
    variables = {"input": {**fields, "file": None}}
    response = await upload(
        api, token, document, variables, {"variables.input.file": ("pkg.tgz", data, "x/y")}
    )
    return response.json()


async def test_a_developer_publishes_a_package_for_several_versions(api, world):
    await published_catalog()
    developer = await world.staff("developer", "projects")
    body = await _publish(
        api,
        await world.token(developer),
        PUBLISH,
        {
            "brand": "xcart4",
            "versions": ["4.7.12", "4.7.11"],
            "kind": "ADDON",
            "addonName": "Product options",
            "description": "Options 4.7",
        },
    )
    created = body["data"]["publishFile"]
    assert created["__typename"] == "File", body
    assert created["versions"] == ["4.7.11", "4.7.12"]
    assert created["addonName"] == "Product options" and created["brand"] == "xcart4"
    assert created["description"] == "Options 4.7" and len(created["sha256"]) == 64


async def test_bad_releases_are_refused_and_store_nothing(api, world):
    await cast(world)
    admin = await world.token(await world.staff("admin", "support"))
    await published_catalog()
    cases = [
        ({"brand": "nope", "versions": ["1"], "kind": "PACKAGE"}, "brand"),
        ({"brand": "xcart4", "versions": ["9.9.9"], "kind": "PACKAGE"}, "versions"),
        ({"brand": "xcart4", "versions": [], "kind": "PACKAGE"}, "versions"),
        ({"brand": "xcart4", "versions": ["4.7.12"], "kind": "ADDON"}, "addonName"),
        ({"brand": "xcart4", "versions": ["4.7.12"], "kind": "DOCUMENT"}, "kind"),
    ]
    for fields, field in cases:
        body = await _publish(api, admin, PUBLISH, fields)
        result = body["data"]["publishFile"]
        assert result["code"] == "INVALID_INPUT", (fields, result)
        assert result["field"] == field
    page = await _publish(
        api,
        admin,
        PUBLISH,
        {"brand": "xcart4", "versions": ["4.7.12"], "kind": "PACKAGE"},
        b"<!DOCTYPE html><script>alert(1)</script>",
    )
    assert page["data"]["publishFile"]["code"] == "FILE_TYPE_REFUSED"
    assert not await StoredFile.exists()


async def published_catalog() -> None:
    from resolvers.licenses.catalog import seed_catalog

    await seed_catalog()


async def test_only_publishers_may_publish(api, world):
    people = await cast(world)
    await published_catalog()
    fields = {"brand": "xcart4", "versions": ["4.7.12"], "kind": "PACKAGE"}
    for who in ("owner", "agent", "sales"):
        body = await _publish(api, people.token(who), PUBLISH, fields)
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN", who
    assert not await StoredFile.exists()


async def test_a_published_file_is_immutable(settings):
    from resolvers.licenses.catalog import seed_catalog

    await seed_catalog()
    row = await published(settings)
    row.description = "changed"
    with pytest.raises(PermissionError):
        await row.save()


async def test_security_patches_list_per_version_behind_the_gate(api, world, settings):
    people = await cast(world)
    await published_catalog()
    developer = await world.token(await world.staff("developer", "projects"))
    body = await _publish(
        api,
        developer,
        PATCH,
        {
            "brand": "xcart4",
            "versions": ["4.7.11", "4.7.12"],
            "severity": "HIGH",
            "description": "XSS in search",
        },
    )
    assert body["data"]["publishSecurityPatch"]["affectedVersions"] == ["4.7.11", "4.7.12"]
    await published(settings, "old.patch", versions=("4.6.6",), kind="patch", severity="low")
    await licensed(people.owner.account, "xcart4")
    data = await api.data(PATCHES, {"brand": "xcart4", "version": "4.7.12"}, people.token("owner"))
    patches = data["securityPatches"]
    assert [(p["severity"], p["description"]) for p in patches] == [("HIGH", "XSS in search")]
    assert patches[0]["downloadUrl"].startswith("/files/file/")
    every = await api.data(PATCHES, {"brand": "xcart4"}, people.token("owner"))
    assert len(every["securityPatches"]) == 2
    # Outside the gate: another account without an X-Cart 4 license sees none.
    other = await api.data(PATCHES, {"brand": "xcart4"}, people.token("other"))
    assert other["securityPatches"] == []
    body = await api.gql(PATCHES, {"brand": "xcart4"}, people.token("webmaster"))
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    # Patches are not product files of the folder list.
    listed = await api.data(
        "{ files(folder: PRODUCT) { edges { node { name } } } }", token=people.token("owner")
    )
    assert listed["files"]["edges"] == []
