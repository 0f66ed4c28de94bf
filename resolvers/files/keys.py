"""Keys of the file area's API ids, through the one id parser (`resolvers/ids.py`).

Ids are 64-bit by the rules; the tables' keys are 32-bit today (INT). A valid id above the
column's range cannot exist, and must not reach PostgreSQL (an int4 parameter out of range is
an error there, not an empty answer): it is the same missing object as any other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from resolvers.errors import NotFound
from resolvers.ids import id_or_none

__all__ = [
    "STORED_ID_LIMIT",
    "key_or_none",
    "key_of",
    "FileRef",
    "file_id",
    "parse_file_id",
    "stored_file_key",
]

STORED_ID_LIMIT = 2**31 - 1


def key_or_none(value: Any) -> int | None:
    number = id_or_none(value)
    return number if number is not None and number <= STORED_ID_LIMIT else None


def key_of(value: Any, what: str) -> int:
    """The key, or `NotFound("No such <what>.")`."""
    number = key_or_none(value)
    if number is None:
        raise NotFound(f"No such {what}.")
    return number


@dataclass(frozen=True)
class FileRef:
    kind: str  # "file" (stored_file) or "attachment" (ticket_attachment), as in signed links
    id: int


def file_id(kind: str, object_id: int | str) -> str:
    """A file's API id: `file:<n>` (a stored file) or `attachment:<n>` (a ticket attachment)."""
    return f"{kind}:{object_id}"


def parse_file_id(value: Any) -> FileRef | None:
    kind, _, number = str(value).partition(":")
    key = key_or_none(number)
    return FileRef(kind, key) if kind in ("file", "attachment") and key is not None else None


def stored_file_key(value: Any, what: str) -> int:
    """A stored file named by its API id (`file:12`) or the bare number (`12`)."""
    text = str(value)
    ref = parse_file_id(text if ":" in text else file_id("file", text))
    if ref is None or ref.kind != "file":
        raise NotFound(f"No such {what}.")
    return ref.id
