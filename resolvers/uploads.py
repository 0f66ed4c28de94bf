"""Uploaded files: read with limits, and their content checked by what the bytes are.

The one place every capability that takes files goes through:

    files = await read_uploads(settings, uploads)      # IncomingFile(display_name, content_type, data)

- count, size per file and per request (the request as a whole is also counted on the wire,
  see `accountdesk.request_limits`);
- the type comes from the bytes, never from the client: `puremagic` (a maintained detector of
  file signatures) names binary formats; what it cannot name and reads as text is text/plain;
- refused: programs (PE, ELF, Mach-O, scripts with `#!`), and anything a browser could render
  as a page: HTML, SVG, XML, and text that holds markup anywhere in its head, however it
  starts (byte-order marks, comments, doctype, leading whitespace of any length).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import puremagic

from accountdesk.settings import Settings
from resolvers.errors import LimitReached
from resolvers.storage import clean_display_name

__all__ = ["UploadRefused", "IncomingFile", "read_uploads", "sniff", "REFUSED_TYPES", "HEAD_BYTES"]

# How much of a text file is searched for markup: far beyond where browsers sniff.
HEAD_BYTES = 1024 * 1024
PAGE = "text/html"
PROGRAM = "application/x-executable"
# Types a browser would run or render as a page: refused, whatever the client calls them.
REFUSED_TYPES = frozenset({PAGE, PROGRAM})
_MARKUP_TYPES = frozenset(
    {"text/html", "application/javascript", "text/javascript", "application/x-shockwave-flash"}
)
_PROGRAM_TYPES = ("portable-executable", "msdownload", "executable", "dosexec", "sharedlib")
_PROGRAM_EXTENSIONS = frozenset({".exe", ".dll", ".com", ".sys", ".drv", ".msi", ".scr", ".elf"})
# Signatures puremagic gives no type for, or a weak one.
_PROGRAM_MAGIC = (b"MZ", b"\x7fELF", b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe", b"\xca\xfe\xba\xbe")
_MARKUP = re.compile(
    r"<\s*[!?/]?\s*(?:doctype|html|head|body|script|svg|iframe|frame|object|embed|meta|style"
    r"|link|base|form|img|math|xml|xsl|template)\b",
    re.IGNORECASE,
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class UploadRefused(LimitReached):
    code = "FILE_TOO_LARGE"
    default_message = "The file is too large."


@dataclass(frozen=True)
class IncomingFile:
    display_name: str
    content_type: str
    data: bytes


def sniff(data: bytes) -> str:
    """The content type the bytes say they are, not the one the client claims."""
    if data.startswith(_PROGRAM_MAGIC):
        return PROGRAM
    detected = _detected(data)
    if detected is not None:
        return detected
    text = _as_text(data[:HEAD_BYTES])
    if text is None:
        return "application/octet-stream"
    if text.startswith("#!"):
        return PROGRAM
    return PAGE if _MARKUP.search(text) else "text/plain"


def _detected(data: bytes) -> str | None:
    """puremagic's best type, or None when it names none (text, unknown formats)."""
    try:
        matches = puremagic.magic_string(data)
    except (puremagic.PureError, ValueError):
        return None
    for match in matches:
        mime = match.mime_type.lower()
        if mime in _MARKUP_TYPES or mime.endswith(("/xml", "+xml")):  # SVG, XHTML, XSLT...
            return PAGE
        if match.extension.lower() in _PROGRAM_EXTENSIONS or any(
            kind in mime for kind in _PROGRAM_TYPES
        ):
            return PROGRAM
    named = [m for m in matches if m.mime_type]
    if not named or named[0].mime_type.startswith("text/"):
        return None  # text is judged by its content below
    return named[0].mime_type


def _as_text(head: bytes) -> str | None:
    """The head decoded as a browser would (a byte-order mark wins), or None for binary."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, "replace")
    if b"\x00" in head:
        return None
    text = head.decode("utf-8", "replace")
    # A cut in the middle of a character at the end of the head is not binary.
    if text[:-1].count("\ufffd") > len(text) // 100:
        return None
    return text


async def read_uploads(settings: Settings, uploads: Sequence[Any]) -> list[IncomingFile]:
    """Read and check every upload: count, size per file and per request, sniffed type."""
    if len(uploads) > settings.max_files_per_request:
        raise UploadRefused(
            f"At most {settings.max_files_per_request} files per message.", code="TOO_MANY_FILES"
        )
    files, total = [], 0
    for upload in uploads:
        if not callable(getattr(upload, "read", None)):  # a string typed where a file goes
            raise UploadRefused(
                "Files are sent as multipart uploads, not as text.", code="FILE_TYPE_REFUSED"
            )
        data = await upload.read(settings.max_upload_bytes + 1)
        name = clean_display_name(getattr(upload, "filename", None))
        if len(data) > settings.max_upload_bytes:
            raise UploadRefused(f"{name} is larger than {settings.max_upload_bytes // 1024} KiB.")
        total += len(data)
        if total > settings.max_request_upload_bytes:
            raise UploadRefused(
                f"The files together pass {settings.max_request_upload_bytes // 1024} KiB."
            )
        kind = sniff(data)
        if kind in REFUSED_TYPES:
            raise UploadRefused(
                f"{name} is a kind of file we do not accept (web pages and programs).",
                code="FILE_TYPE_REFUSED",
            )
        files.append(IncomingFile(display_name=name, content_type=kind, data=data))
    return files
