"""The folders of the file area, who may open each, and the lists and lookups, all in SQL.

| folder  | rows                                   | customers need          | staff need         |
|---------|----------------------------------------|-------------------------|--------------------|
| PRODUCT | stored_file (product), through the gate | file.download_product   | file.publish (all) |
| COMPANY | stored_file (company) of the account   | file.read_company       | file.read_company  |
| TICKET  | ticket_attachment of readable messages | file.read_ticket        | file.read_ticket   |
| PROJECT | stored_file (project) of the account   | file.read_project       | file.read_project  |

A file outside the caller's reach (another account's, outside the gate, a folder the caller
may not open, an id that does not parse) is the same `None` as a missing one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import StrEnum
from typing import Any

from tortoise.expressions import Subquery
from tortoise.queryset import QuerySet

from models import TicketAttachment
from models.files import FileFolder, StoredFile
from resolvers.errors import Forbidden
from resolvers.files.gate import gated
from resolvers.files.keys import file_id, key_or_none, parse_file_id
from resolvers.identity import Principal
from resolvers.pagination import Page, check_first, keyset_page
from resolvers.tickets.access import visible_messages

__all__ = [
    "Folder",
    "FileSort",
    "Rights",
    "list_files",
    "find_file",
    "parse_file_id",
    "file_id",
    "visible_stored_files",
    "visible_patches",
    "security_patches",
]

# What the caller's role allows: `context.can` in the API, the enforcer at download time.
Rights = Callable[[str, str], bool]


class Folder(StrEnum):
    PRODUCT = "product"
    COMPANY = "company"
    TICKET = "ticket"
    PROJECT = "project"


class FileSort(StrEnum):
    NAME_ASC = "name_asc"
    NAME_DESC = "name_desc"
    SIZE_ASC = "size_asc"
    SIZE_DESC = "size_desc"
    DATE_ASC = "date_asc"
    DATE_DESC = "date_desc"


_SORT_FIELDS = {"name": "display_name", "size": "size", "date": "created_at"}
_READ_RIGHT = {
    Folder.PRODUCT: "download_product",
    Folder.COMPANY: "read_company",
    Folder.TICKET: "read_ticket",
    Folder.PROJECT: "read_project",
}
_STORED_FOLDER = {
    Folder.PRODUCT: FileFolder.PRODUCT,
    Folder.COMPANY: FileFolder.COMPANY,
    Folder.PROJECT: FileFolder.PROJECT,
}


def visible_stored_files(principal: Principal, can: Rights, folder: Folder) -> QuerySet | None:
    """The stored files of a folder the caller may see; None when the folder is closed to them."""
    if folder is Folder.TICKET:
        return None
    stored = StoredFile.filter(folder=_STORED_FOLDER[folder])
    if folder is Folder.PRODUCT and principal.is_staff:
        return stored if can("file", "publish") else None
    if not can("file", _READ_RIGHT[folder]):
        return None
    if principal.is_staff:
        return stored
    if principal.account_id is None:
        return None
    if folder is Folder.PRODUCT:
        return gated(principal.account_id, stored)
    return stored.filter(account_id=principal.account_id)


def visible_patches(principal: Principal, can: Rights) -> QuerySet | None:
    """Security patches go through the same gate as product files."""
    stored = StoredFile.filter(folder=FileFolder.PATCH)
    if principal.is_staff:
        return stored if can("file", "publish") else None
    if not can("file", "download_patch") or principal.account_id is None:
        return None
    return gated(principal.account_id, stored)


def _visible_attachments(principal: Principal, can: Rights) -> QuerySet | None:
    if not can("file", "read_ticket"):
        return None
    messages = visible_messages(principal).values("id")
    return TicketAttachment.filter(message_id__in=Subquery(messages))


def _folder_rows(principal: Principal, can: Rights, folder: Folder) -> QuerySet | None:
    if folder is Folder.TICKET:
        return _visible_attachments(principal, can)
    return visible_stored_files(principal, can, folder)


async def list_files(
    principal: Principal,
    can: Rights,
    folder: Folder,
    sort: FileSort,
    first: int,
    after: str | None,
    maximum: int,
    account_id: Any = None,
) -> Page:
    """One page of a folder; staff may narrow COMPANY and PROJECT to one account."""
    check_first(first, maximum)
    rows = _folder_rows(principal, can, folder)
    if rows is None:
        raise Forbidden(f"The {folder.value} folder is not open to you.")
    if account_id is not None and principal.is_staff and folder is not Folder.TICKET:
        # An id that cannot exist narrows to nothing (0 is no account's key).
        rows = rows.filter(account_id=key_or_none(account_id) or 0)
    key, _, direction = sort.value.partition("_")
    field = _SORT_FIELDS[key]
    parse = {"created_at": datetime.fromisoformat} if field == "created_at" else None
    return await keyset_page(rows, first, after, [(field, direction == "desc")], parse)


async def find_file(principal: Principal, can: Rights, value: Any) -> Any | None:
    """A stored file or an attachment by its API id, when the caller may see it."""
    ref = parse_file_id(value)
    if ref is None:
        return None
    if ref.kind == "attachment":
        rows = _visible_attachments(principal, can)
        return None if rows is None else await rows.filter(id=ref.id).first()
    found = await StoredFile.filter(id=ref.id).first()
    if found is None:
        return None
    if found.folder is FileFolder.PATCH:
        rows = visible_patches(principal, can)
    else:
        rows = visible_stored_files(principal, can, Folder(found.folder.value))
    if rows is None:
        return None
    return found if await rows.filter(id=ref.id).exists() else None


async def security_patches(
    principal: Principal, can: Rights, brand: str, version: str | None = None
) -> list[StoredFile]:
    """A brand's patches (for one version when named), newest first, through the gate."""
    rows = visible_patches(principal, can)
    if rows is None:
        raise Forbidden("Security patches are not open to you.")
    rows = rows.filter(brand__code=brand.strip())
    if version:
        rows = rows.filter(versions__version=version.strip(), versions__brand__code=brand.strip())
    return await rows.order_by("-created_at", "-id").limit(200).distinct()
