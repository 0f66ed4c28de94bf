"""Helpers of the file-area tests: documents, publishing straight through the resolver."""

from __future__ import annotations

from typing import Any

from models import Account, License, LicenseAddon, User
from models.enums import StaffRole
from models.files import FileKind, PatchSeverity
from resolvers.files.publishing import Release, publish
from resolvers.identity import Principal
from resolvers.licenses.catalog import seed_catalog
from resolvers.storage import storage_for
from tests.licensing import active_license

FILE_FIELDS = """id folder kind name size contentType description createdAt addonName
isFreeAddon sha256 ticketId projectId brand versions downloadUrl"""
FILES = f"""query($folder: FileFolder!, $sort: FileSort, $first: Int, $after: String) {{
  files(folder: $folder, sort: $sort, first: $first, after: $after) {{
    edges {{ cursor node {{ {FILE_FIELDS} }} }}
    pageInfo {{ hasNextPage endCursor }} }} }}"""
FILE = f"query($id: ID!) {{ file(id: $id) {{ {FILE_FIELDS} }} }}"
WHY = "{ whyNoProductFiles }"
UPLOAD = """mutation($input: UploadCompanyFilesInput!) { uploadCompanyFiles(input: $input) {
  __typename ... on UploadedFiles { files { id name size contentType description sha256 downloadUrl } }
  ... on Error { code message } } }"""
UPLOAD_PROJECT = """mutation($input: UploadProjectFilesInput!) { uploadProjectFiles(input: $input) {
  __typename ... on UploadedFiles { files { id name projectId downloadUrl } }
  ... on Error { code message } } }"""
PACK_FIELDS = "id status progress reason archive size expiresAt downloadUrl"
REQUEST = f"""mutation($input: RequestUpgradePackInput!) {{ requestUpgradePack(input: $input) {{
  __typename ... on UpgradePack {{ {PACK_FIELDS} }}
  ... on Error {{ code message }} ... on InputError {{ field }} }} }}"""
RETRY = f"""mutation($id: ID!) {{ retryUpgradePack(id: $id) {{
  __typename ... on UpgradePack {{ {PACK_FIELDS} }} ... on Error {{ code message }} }} }}"""
PACK = f"query($id: ID!) {{ upgradePack(id: $id) {{ {PACK_FIELDS} }} }}"
PROGRESS = "subscription($id: ID!) { upgradePackProgress(id: $id) { status progress } }"
PUBLISHER = Principal(user_id=None, staff_role=StaffRole.DEVELOPER)


async def published(
    settings: Any,
    name: str = "xcart-4.7.12.tgz",
    brand: str = "xcart4",
    versions: tuple[str, ...] = ("4.7.12",),
    kind: str = "package",
    data: bytes | None = None,
    **fields: Any,
):
    """A published product file (or patch) of `brand`, its bytes made up."""
    await seed_catalog()
    body = data if data is not None else b"\x1f\x8b" + name.encode() * 50

    async def chunks():
        yield body

    if "severity" in fields:
        fields["severity"] = PatchSeverity(fields["severity"])
    release = Release(brand=brand, versions=list(versions), kind=FileKind(kind), **fields)
    return await publish(PUBLISHER, storage_for(settings), release, name, chunks())


async def licensed(
    account: Account, brand: str = "xcart4", addons: tuple[str, ...] = ()
) -> License:
    return await active_license(account, brand, addons=list(addons))


async def addon_names(license: License) -> list[str]:
    return await LicenseAddon.filter(license_id=license.id).values_list("name", flat=True)


async def names(api, token: str, folder: str = "PRODUCT", **variables: Any) -> list[str]:
    data = await api.data(FILES, {"folder": folder, "first": 100, **variables}, token)
    return [edge["node"]["name"] for edge in data["files"]["edges"]]


async def primary_of(account: Account) -> User:
    return await User.get(account_id=account.id, account_type="primary")


def as_principal(user: User) -> Principal:
    return Principal(user_id=user.id, account_id=user.account_id, account_type=user.account_type)
