"""Stored files: one small interface over a directory outside any served folder, content
sniffing, and short-lived signed download links.

    storage = LocalStorage(settings.files_dir)
    name = storage.save("tickets", data)            # a server-made name, e.g. tickets/2026/11/Xk..
    link = sign_link(settings, "attachment", 7, user_id=3)   # "/files/attachment/7?..."
    verify_link(settings, "attachment", "7", query)  -> user id, or None when forged or expired

Names never come from clients (a client's file name is kept for display only), so nothing
a client sends can point outside the root.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from accountdesk.settings import Settings
from resolvers import clock
from resolvers.ids import id_or_none

__all__ = [
    "Storage",
    "LocalStorage",
    "storage_for",
    "sniff",
    "clean_display_name",
    "sign_link",
    "verify_link",
    "REFUSED_TYPES",
]

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


class Storage(Protocol):
    def save(self, area: str, data: bytes) -> str: ...
    def open(self, name: str) -> Iterator[bytes]: ...
    def size(self, name: str) -> int: ...
    def delete(self, name: str) -> None: ...


class LocalStorage:
    """Files under one root directory; writes are atomic (temporary file, then rename)."""

    def __init__(self, root: Path, chunk_size: int = 64 * 1024) -> None:
        self.root = Path(root)
        self.chunk_size = chunk_size

    def _path(self, name: str) -> Path:
        if not _NAME.match(name):
            raise ValueError("not a stored file name")
        return self.root / name

    def save(self, area: str, data: bytes) -> str:
        moment = clock.now()
        name = f"{area}/{moment:%Y}/{moment:%m}/{secrets.token_urlsafe(24)}"
        path = self._path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".part")
        temporary.write_bytes(data)
        os.replace(temporary, path)
        return name

    def open(self, name: str) -> Iterator[bytes]:
        with self._path(name).open("rb") as handle:
            while chunk := handle.read(self.chunk_size):
                yield chunk

    def size(self, name: str) -> int:
        return self._path(name).stat().st_size

    def delete(self, name: str) -> None:
        self._path(name).unlink(missing_ok=True)


def storage_for(settings: Settings) -> LocalStorage:
    return LocalStorage(settings.files_dir)


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
