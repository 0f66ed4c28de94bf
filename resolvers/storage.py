"""Stored files: one interface over the local disk or S3-compatible object storage, content
sniffing, and short-lived signed download links.

    storage = storage_for(settings)                 # FILES_URL=s3://bucket/prefix, or FILES_DIR
    name = await storage.save("tickets", data)       # a server-made name, e.g. tickets/2026/11/Xk..
    stored = await storage.save_stream("files", chunks)   # name, size, sha256; never whole
    async for chunk in storage.read(name, start, end): ...
    link = sign_link(settings, "attachment", 7, user_id=3)   # "/files/attachment/7?..."
    verify_link(settings, "attachment", "7", query)  -> user id, or None when forged or expired

Both stores go through one library, obstore (`LocalStore` and `S3Store`): the same calls,
streaming reads and multipart writes, ranges, and presigned S3 links, from one small wheel
with no dependencies of its own (see docs/files.md for the choice).

Names never come from clients (a client's file name is kept for display only), so nothing
a client sends can point outside the root.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import re
import secrets
from collections.abc import AsyncIterable, AsyncIterator, Iterator, Mapping
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import quote

import obstore
from obstore.store import LocalStore, S3Store

from accountdesk.settings import Settings
from resolvers import clock
from resolvers.ids import id_or_none

__all__ = [
    "Storage",
    "StoredObject",
    "WRITER_OPTIONS",
    "storage_for",
    "sniff",
    "clean_display_name",
    "attachment_disposition",
    "sign_link",
    "verify_link",
    "REFUSED_TYPES",
]

# Parts of 5 MiB (S3's smallest), at most two in flight: a write holds about 15 MiB whatever
# the file's size (obstore's defaults, 10 MiB x 12, let a large build grow by 120 MiB).
WRITER_OPTIONS: dict[str, int] = {"buffer_size": 5 * 1024 * 1024, "max_concurrency": 2}
_NAME = re.compile(r"^[a-z]+/\d{4}/\d{2}/[A-Za-z0-9_-]{20,64}$")
# (magic bytes, offset, content type). Checked in order; text is the fallback for clean UTF-8.
_SIGNATURES: list[tuple[bytes, int, str]] = [
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"%PDF-", 0, "application/pdf"),
    (b"PK\x03\x04", 0, "application/zip"),
    (b"\x1f\x8b", 0, "application/gzip"),
    (b"ustar", 257, "application/x-tar"),
    (b"MZ", 0, "application/x-msdownload"),
    (b"\x7fELF", 0, "application/x-executable"),
]
# Types a browser would run or render as a page: refused, whatever the client calls them.
REFUSED_TYPES = frozenset({"application/x-msdownload", "application/x-executable", "text/html"})


@dataclass(frozen=True)
class StoredObject:
    name: str
    size: int
    sha256: str


class Storage:
    """One interface over the local disk and S3-compatible object storage (obstore for both).

    Every read and write streams in chunks; nothing here holds a whole file unless the
    caller hands it one (`save`). Local writes are atomic (obstore writes a temporary file
    and renames it); S3 writes are multipart uploads that only appear once complete.
    """

    def __init__(
        self, store: Any, remote: bool, chunk_size: int = 1024 * 1024, root: Path | None = None
    ) -> None:
        self.store = store
        self.remote = remote
        self.chunk_size = chunk_size
        self.root = root  # the local store's directory

    @staticmethod
    def new_name(area: str) -> str:
        moment = clock.now()
        return f"{area}/{moment:%Y}/{moment:%m}/{secrets.token_urlsafe(24)}"

    def _attributes(self, display_name: str, content_type: str) -> dict[str, str] | None:
        # S3 answers presigned GETs with these, so its downloads are attachments too.
        if not self.remote or not display_name:
            return None
        return {
            "Content-Disposition": attachment_disposition(display_name),
            "Content-Type": content_type or "application/octet-stream",
        }

    async def save(
        self, area: str, data: bytes, display_name: str = "", content_type: str = ""
    ) -> str:
        name = self.new_name(area)
        attributes = self._attributes(display_name, content_type)
        await obstore.put_async(self.store, _checked(name), data, attributes=attributes)
        return name

    async def save_stream(
        self,
        area: str,
        chunks: AsyncIterable[bytes],
        display_name: str = "",
        content_type: str = "",
    ) -> StoredObject:
        """Write chunks as they come; the name, size and sha256 of what was written."""
        name = self.new_name(area)
        digest, size = hashlib.sha256(), 0
        attributes = self._attributes(display_name, content_type)
        writer = obstore.open_writer_async(
            self.store, _checked(name), attributes=attributes, **WRITER_OPTIONS
        )
        # A failure before close leaves the upload incomplete: the object never appears.
        async for chunk in chunks:
            digest.update(chunk)
            size += len(chunk)
            await writer.write(chunk)
        await writer.close()
        return StoredObject(name=name, size=size, sha256=digest.hexdigest())

    async def read(
        self, name: str, start: int = 0, end: int | None = None
    ) -> AsyncIterator[bytes | memoryview]:
        """The bytes [start, end) in chunks of about `chunk_size`."""
        if self.root is not None:
            # obstore's local reads come in 8 KiB pieces; plain reads of a whole chunk in a
            # thread (what Starlette's FileResponse does) are several times faster.
            with _local_file(self.root, name) as handle:
                handle.seek(start)
                remaining = None if end is None else end - start
                while remaining is None or remaining > 0:
                    wanted = (
                        self.chunk_size if remaining is None else min(self.chunk_size, remaining)
                    )
                    chunk = await asyncio.to_thread(handle.read, wanted)
                    if not chunk:
                        return
                    if remaining is not None:
                        remaining -= len(chunk)
                    yield chunk
            return
        options: dict[str, Any] = {}
        if start or end is not None:
            options["range"] = (start, end) if end is not None else {"offset": start}
        result = await obstore.get_async(self.store, _checked(name), options=options or None)
        async for chunk in result.stream(min_chunk_size=self.chunk_size):
            yield memoryview(chunk)  # no copy: the server writes the buffer as it is

    def read_blocking(self, name: str) -> Iterator[bytes | memoryview]:
        """The whole object in chunks, for code running in a thread (archive builds)."""
        if self.root is not None:
            with _local_file(self.root, name) as handle:
                while chunk := handle.read(self.chunk_size):
                    yield chunk
            return
        for chunk in obstore.get(self.store, _checked(name)).stream(min_chunk_size=self.chunk_size):
            yield memoryview(chunk)

    async def size(self, name: str) -> int:
        return (await obstore.head_async(self.store, _checked(name)))["size"]

    async def exists(self, name: str) -> bool:
        try:
            await obstore.head_async(self.store, _checked(name))
        except FileNotFoundError:
            return False
        return True

    async def delete(self, name: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            await obstore.delete_async(self.store, _checked(name))

    async def presigned_url(self, name: str, lifetime: timedelta) -> str | None:
        """The store's own short-lived link (S3); None on the local disk (we serve it)."""
        if not self.remote:
            return None
        return await obstore.sign_async(self.store, "GET", _checked(name), lifetime)


def _local_file(root: Path, name: str) -> BinaryIO:
    try:
        return (root / _checked(name)).open("rb")
    except FileNotFoundError:
        raise FileNotFoundError(name) from None


def _checked(name: str) -> str:
    if not _NAME.match(name):
        raise ValueError("not a stored file name")
    return name


@lru_cache(maxsize=8)
def _storage(files_url: str, files_dir: str) -> Storage:
    if files_url:
        return Storage(S3Store.from_url(files_url), remote=True)
    Path(files_dir).mkdir(parents=True, exist_ok=True)
    root = Path(files_dir).resolve()
    return Storage(LocalStore(root), remote=False, root=root)


def storage_for(settings: Settings) -> Storage:
    """The process's storage: S3 when `FILES_URL` is set, else the directory `FILES_DIR`.

    S3 credentials, region and endpoint come from the usual AWS_* variables.
    """
    return _storage(settings.files_url, str(settings.files_dir))


def sniff(data: bytes) -> str:
    """The content type the bytes say they are, not the one the client claims."""
    for magic, offset, kind in _SIGNATURES:
        if data[offset : offset + len(magic)] == magic:
            return kind
    head = data[:4096]
    if b"\x00" not in head:
        try:
            text = head.decode("utf-8")
        except UnicodeDecodeError:
            return "application/octet-stream"
        lowered = text.lstrip().lower()
        if lowered.startswith(("<!doctype html", "<html", "<svg", "<?xml")):
            return "text/html"
        return "text/plain"
    return "application/octet-stream"


def attachment_disposition(display_name: str) -> str:
    """`Content-Disposition` of a download: saved under its display name, never rendered."""
    return f"attachment; filename*=UTF-8''{quote(display_name)}"


def clean_display_name(name: str | None, fallback: str = "file") -> str:
    """A client's file name made safe to show and to put in a Content-Disposition header."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = re.sub(r"[^A-Za-z0-9._ -]+", "_", base).strip(" .")
    return base[:200] or fallback


@lru_cache(maxsize=8)
def _link_key(secret_key: str) -> bytes:
    # Derived once per secret: a page of attachments signs dozens of links per request.
    return hashlib.sha256(b"signed-link:" + secret_key.encode()).digest()


def _signature(settings: Settings, kind: str, object_id: str, user_id: str, expires: str) -> str:
    message = f"{kind}:{object_id}:{user_id}:{expires}".encode()
    return hmac.new(_link_key(settings.secret_key), message, hashlib.sha256).hexdigest()


def sign_link(settings: Settings, kind: str, object_id: int, user_id: int) -> str:
    """A relative URL valid for `settings.signed_link_ttl`, for this user only."""
    expires = str(int((clock.now() + settings.signed_link_ttl).timestamp()))
    signature = _signature(settings, kind, str(object_id), str(user_id), expires)
    # Digits and hex only: nothing to escape, so no urlencode (it cost more than the HMAC).
    return f"/files/{kind}/{object_id}?user={int(user_id)}&expires={expires}&signature={signature}"


def verify_link(
    settings: Settings, kind: str, object_id: str, query: Mapping[str, str]
) -> int | None:
    """The user the link was made for, or None when it is forged, altered or expired."""
    user_id, expires = query.get("user", ""), query.get("expires", "")
    expected = _signature(settings, kind, object_id, user_id, expires)
    if not hmac.compare_digest(expected, query.get("signature", "")):
        return None
    if not expires.isdigit() or int(expires) < clock.now().timestamp():
        return None
    return id_or_none(user_id)
