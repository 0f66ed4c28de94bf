"""Keyset pagination: a page is "the next `first` rows after this cursor", stable while rows change.

The cursor is opaque to clients: base64 of the sort key of the last row seen. Ordering is
always completed by `id`, so two rows never tie. A cursor is checked value by value against
the sort fields' types before it reaches SQL: a tampered one is BAD_USER_INPUT "invalid cursor".
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from tortoise import fields
from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from resolvers.errors import InvalidInput
from resolvers.ids import MAX_ID

__all__ = ["Page", "InvalidCursor", "keyset_page", "encode_cursor", "decode_cursor", "check_first"]

T = TypeVar("T")

# A longer one is refused before decoding. Cursors hold UTF-8 (not \u escapes), so the
# longest text sort column (300 characters, 4 bytes each at most) with a timestamp and an
# id fits, and so does an ASCII value of `_LONGEST_TEXT` characters.
# `schema.text_input.CURSOR` is the same number.
_LONGEST_CURSOR = 2048
# A text sort value of a column without a length (TextField).
_LONGEST_TEXT = 1000


class InvalidCursor(InvalidInput):
    code = "BAD_USER_INPUT"
    default_message = "Invalid cursor: it is not one this API gave out."

    def __init__(self) -> None:
        super().__init__(field="after")


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    cursors: list[str]
    has_next_page: bool
    has_previous_page: bool


def encode_cursor(values: list[Any]) -> str:
    plain = [v.isoformat() if isinstance(v, datetime) else v for v in values]
    return base64.urlsafe_b64encode(json.dumps(plain, ensure_ascii=False).encode()).decode()


def decode_cursor(cursor: str, size: int) -> list[Any]:
    if len(cursor) > _LONGEST_CURSOR:
        raise InvalidCursor()
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor.encode("ascii")))
    except (binascii.Error, ValueError, UnicodeError):
        raise InvalidCursor() from None
    if not isinstance(values, list) or len(values) != size:
        raise InvalidCursor()
    return values


def _cursor_value(field: fields.Field, value: Any) -> Any:
    """The cursor's value as the sort field's Python type, or InvalidCursor."""
    if isinstance(field, fields.DatetimeField):
        if not isinstance(value, str):
            raise InvalidCursor()
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise InvalidCursor() from None
        if moment.tzinfo is None:
            raise InvalidCursor()
        return moment
    if isinstance(field, fields.IntField | fields.BigIntField | fields.SmallIntField):
        if type(value) is not int or not 0 <= value <= MAX_ID:
            raise InvalidCursor()
        return value
    if isinstance(field, fields.CharField | fields.TextField):
        # Not longer than the column: no row holds a longer value, and the ORM refuses one.
        longest = getattr(field, "max_length", None) or _LONGEST_TEXT
        if not isinstance(value, str) or len(value) > longest or "\x00" in value:
            raise InvalidCursor()
        return value
    raise InvalidCursor()  # a sort field of a type no list uses yet


def check_first(first: int, maximum: int) -> None:
    if first < 1 or first > maximum:
        raise InvalidInput(f"`first` must be between 1 and {maximum}.", field="first")


async def keyset_page(
    queryset: QuerySet,
    first: int,
    after: str | None,
    order: list[tuple[str, bool]] | None = None,
) -> Page:
    """Fetch one page. `order` is [(field, descending)], `id` is appended as the tie-breaker."""
    order = [*(order or []), ("id", order[-1][1] if order else False)]
    if after:
        values = decode_cursor(after, len(order))
        fields_map = queryset.model._meta.fields_map
        values = [
            _cursor_value(fields_map[name], value)
            for (name, _), value in zip(order, values, strict=True)
        ]
        queryset = queryset.filter(_after(order, values))
    rows = await queryset.order_by(*[("-" if d else "") + f for f, d in order]).limit(first + 1)
    has_next = len(rows) > first
    rows = rows[:first]
    cursors = [encode_cursor([getattr(row, f) for f, _ in order]) for row in rows]
    return Page(items=rows, cursors=cursors, has_next_page=has_next, has_previous_page=bool(after))


def _after(order: list[tuple[str, bool]], values: list[Any]) -> Q:
    """(a, b, id) > (va, vb, vid) spelt out as OR of ANDs, which every SQL dialect can use."""
    clauses = []
    for i, (field, descending) in enumerate(order):
        equal = {f: v for (f, _), v in zip(order[:i], values[:i], strict=True)}
        beyond = {f"{field}__{'lt' if descending else 'gt'}": values[i]}
        clauses.append(Q(**equal, **beyond))
    combined = clauses[0]
    for clause in clauses[1:]:
        combined = combined | clause
    return combined
