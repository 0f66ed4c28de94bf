"""The one id parser: an id from the API (a GraphQL `ID`, a path, a link) to a database key.

Ids are 64-bit (PostgreSQL BIGINT). A value that is not a plain decimal number, or lies
outside 1 .. 2**63 - 1, never reaches the database: it is a missing object (`NotFound`),
indistinguishable from another account's id.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from resolvers.errors import NotFound

__all__ = ["MAX_ID", "parse_id", "parse_ids", "id_or_none"]

MAX_ID = 2**63 - 1
_DIGITS = re.compile(r"[0-9]{1,19}")


def id_or_none(value: Any) -> int | None:
    """The key, or None when `value` cannot be one (not a number, out of range)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and _DIGITS.fullmatch(value):
        number = int(value)
    else:
        return None
    return number if 1 <= number <= MAX_ID else None


def parse_id(value: Any, what: str) -> int:
    """The key, or `NotFound("No such <what>.")`."""
    number = id_or_none(value)
    if number is None:
        raise NotFound(f"No such {what}.")
    return number


def parse_ids(values: Iterable[Any], what: str) -> list[int]:
    """Every key, in order; one bad value makes the whole list `NotFound`."""
    return [parse_id(value, what) for value in values]
