"""Keys of the file area's API ids, through the one id parser (`resolvers/ids.py`).

Ids are 64-bit by the rules; the tables' keys are 32-bit today (INT). A valid id above the
column's range cannot exist, and must not reach PostgreSQL (an int4 parameter out of range is
an error there, not an empty answer): it is the same missing object as any other.
"""

from __future__ import annotations

from typing import Any

from resolvers.errors import NotFound
from resolvers.ids import id_or_none

__all__ = ["STORED_ID_LIMIT", "key_or_none", "key_of"]

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
