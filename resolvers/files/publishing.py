"""Putting files into the file area: staff publish product files and security patches (immutable;
a new release is a new file), customers and staff upload My Files and project files.

Uploads go through the one upload path of the service (`resolvers.tickets.attachments`:
count, size counted on the bytes, safe names, content sniffed), are written to storage before
the transaction and removed again if it fails.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterable, Sequence
from dataclasses import dataclass
from typing import Any

from tortoise.transactions import in_transaction

from accountdesk.settings import Settings
from models import Brand, ProductVersion, Project
from models.files import FileFolder, FileKind, PatchSeverity, StoredFile
from resolvers import clock
from resolvers.errors import InvalidInput, NotFound
from resolvers.files.keys import key_of
from resolvers.identity import Principal
from resolvers.scope import scoped
from resolvers.storage import REFUSED_TYPES, Storage, clean_display_name, sniff
from resolvers.tickets.attachments import IncomingFile, read_uploads, stored_files

__all__ = ["Release", "publish", "publish_upload", "upload_company_files", "upload_project_files"]

MAX_DESCRIPTION = 2000


@dataclass(frozen=True)
class Release:
    """What a published file is: brand, versions, kind and the words shown with it."""

    brand: str
    versions: list[str]
    kind: FileKind
    description: str = ""
    addon_name: str = ""
    is_free_addon: bool = False
    severity: PatchSeverity | None = None


async def _release_targets(release: Release) -> tuple[Brand, list[ProductVersion]]:
    brand = await Brand.get_or_none(code=release.brand.strip())
    if brand is None:
        raise InvalidInput("No such brand.", field="brand")
    wanted = {version.strip() for version in release.versions if version.strip()}
    if not wanted or len(wanted) > 100:
        raise InvalidInput("Name between 1 and 100 versions.", field="versions")
    versions = await ProductVersion.filter(brand_id=brand.id, version__in=wanted)
    if len(versions) != len(wanted):
        raise InvalidInput(
            "Some of these versions are not versions of the brand.", field="versions"
        )
    if release.kind is FileKind.DOCUMENT:
        raise InvalidInput("Publish a package, an add-on package or a patch.", field="kind")
    if release.kind is FileKind.ADDON and not release.addon_name.strip():
        raise InvalidInput("An add-on package names its add-on.", field="addonName")
    if release.kind is FileKind.PATCH and release.severity is None:
        raise InvalidInput("A security patch has a severity.", field="severity")
    if len(release.description) > MAX_DESCRIPTION:
        raise InvalidInput("The description is too long.", field="description")
    return brand, versions


async def publish(
    principal: Principal,
    storage: Storage,
    release: Release,
    display_name: str,
    chunks: AsyncIterable[bytes],
) -> StoredFile:
    """Publish a file streamed from `chunks` (any size: nothing is held whole)."""
    brand, versions = await _release_targets(release)
    first = b""
    name = clean_display_name(display_name)

    async def checked() -> AsyncIterable[bytes]:
        nonlocal first
        async for chunk in chunks:
            if not first:
                first = bytes(chunk[:8192])
                if sniff(first) in REFUSED_TYPES:
                    raise InvalidInput(f"{name} is a web page or a program.", field="file")
            yield chunk

    stored = await storage.save_stream("files", checked(), name)
    try:
        async with in_transaction() as conn:
            created = await StoredFile.create(
                folder=FileFolder.PATCH if release.kind is FileKind.PATCH else FileFolder.PRODUCT,
                kind=release.kind,
                brand_id=brand.id,
                addon_name=release.addon_name.strip(),
                is_free_addon=release.is_free_addon and release.kind is FileKind.ADDON,
                severity=release.severity if release.kind is FileKind.PATCH else None,
                display_name=name,
                description=release.description.strip(),
                stored_name=stored.name,
                content_type=sniff(first),
                size=stored.size,
                sha256=stored.sha256,
                uploaded_by_id=principal.user_id,
                created_at=clock.now(),
                using_db=conn,
            )
            await created.versions.add(*versions, using_db=conn)
    except BaseException:
        await storage.delete(stored.name)
        raise
    return created


async def publish_upload(
    settings: Settings, principal: Principal, storage: Storage, release: Release, upload: Any
) -> StoredFile:
    """The API's way in: one multipart upload, checked like every upload."""
    (file,) = await read_uploads(settings, [upload])
    await _release_targets(release)  # refuse before anything is written

    async def body() -> AsyncIterable[bytes]:
        yield file.data

    return await publish(principal, storage, release, file.display_name, body())


async def _record(
    storage: Storage,
    files: Sequence[IncomingFile],
    principal: Principal,
    folder: FileFolder,
    account_id: int,
    project_id: int | None,
    description: str,
) -> list[StoredFile]:
    if len(description) > MAX_DESCRIPTION:
        raise InvalidInput("The description is too long.", field="description")
    now = clock.now()
    async with stored_files(storage, files, area="files") as names, in_transaction() as conn:
        created = []
        for file, name in zip(files, names, strict=True):
            created.append(
                await StoredFile.create(
                    folder=folder,
                    kind=FileKind.DOCUMENT,
                    account_id=account_id,
                    project_id=project_id,
                    display_name=file.display_name,
                    description=description.strip(),
                    stored_name=name,
                    content_type=file.content_type,
                    size=len(file.data),
                    sha256=hashlib.sha256(file.data).hexdigest(),
                    uploaded_by_id=principal.user_id,
                    created_at=now,
                    using_db=conn,
                )
            )
    return created


async def _target_account(principal: Principal, account_id: object | None) -> int:
    if not principal.is_staff:
        return principal.account_id  # a customer uploads to their own account, whatever is sent
    if account_id is None:
        raise InvalidInput("Staff name the account to upload to.", field="accountId")
    from models import Account

    number = key_of(account_id, "account")
    if not await Account.exists(id=number):
        raise NotFound("No such account.")
    return number


async def upload_company_files(
    settings: Settings,
    principal: Principal,
    storage: Storage,
    uploads: Sequence[Any],
    description: str = "",
    account_id: object | None = None,
) -> list[StoredFile]:
    """My Files: several files at once, by the primary (own account) or staff (any account)."""
    target = await _target_account(principal, account_id)
    if not uploads:
        raise InvalidInput("Choose at least one file.", field="files")
    files = await read_uploads(settings, uploads)
    return await _record(storage, files, principal, FileFolder.COMPANY, target, None, description)


async def upload_project_files(
    settings: Settings,
    principal: Principal,
    storage: Storage,
    project_id: object,
    uploads: Sequence[Any],
    description: str = "",
) -> list[StoredFile]:
    """Project documents (specifications, surveys, reports) of a project the caller sees."""
    number = key_of(project_id, "project")
    project = await scoped(principal, Project.filter(id=number)).first()
    if project is None:
        raise NotFound("No such project.")
    if not uploads:
        raise InvalidInput("Choose at least one file.", field="files")
    files = await read_uploads(settings, uploads)
    return await _record(
        storage, files, principal, FileFolder.PROJECT, project.account_id, project.id, description
    )
