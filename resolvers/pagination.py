"""Keyset pagination: a page is "the next `first` rows after this cursor", stable while rows change.

The cursor is opaque to clients: base64 of the sort key of the last row seen. Ordering is
always completed by `id`, so two rows never tie.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from resolvers.errors import InvalidInput

__all__ = ["Page", "keyset_page", "encode_cursor", "decode_cursor", "check_first"]

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    cursors: list[str]
    has_next_page: bool
    has_previous_page: bool


def encode_cursor(values: list[Any]) -> str:
    plain = [v.isoformat() if isinstance(v, datetime) else v for v in values]
    return base64.urlsafe_b64encode(json.dumps(plain).encode()).decode()


def decode_cursor(cursor: str, size: int) -> list[Any]:
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor.encode()))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise InvalidInput("The cursor is not one this API gave out.", field="after") from None
    if not isinstance(values, list) or len(values) != size:
        raise InvalidInput("The cursor is not one this API gave out.", field="after")
    return values


def check_first(first: int, maximum: int) -> None:
    if first < 1 or first > maximum:
        raise InvalidInput(f"`first` must be between 1 and {maximum}.", field="first")


async def keyset_page(
    queryset: QuerySet,
    first: int,
    after: str | None,
    order: list[tuple[str, bool]] | None = None,
    parse: dict[str, Any] | None = None,
) -> Page:
    """Fetch one page. `order` is [(field, descending)], `id` is appended as the tie-breaker.

    `parse` maps a field to a function turning its cursor value back into a Python value.
    """
    order = [*(order or []), ("id", order[-1][1] if order else False)]
    parse = parse or {}
    if after:
        values = decode_cursor(after, len(order))
        queryset = queryset.filter(_after(order, values, parse))
    rows = await queryset.order_by(*[("-" if d else "") + f for f, d in order]).limit(first + 1)
    has_next = len(rows) > first
    rows = rows[:first]
    cursors = [encode_cursor([getattr(row, f) for f, _ in order]) for row in rows]
    return Page(items=rows, cursors=cursors, has_next_page=has_next, has_previous_page=bool(after))


def _after(order: list[tuple[str, bool]], values: list[Any], parse: dict[str, Any]) -> Q:
    """(a, b, id) > (va, vb, vid) spelt out as OR of ANDs, which every SQL dialect can use."""
    values = [parse.get(f, _same)(v) for (f, _), v in zip(order, values, strict=True)]
    clauses = []
    for i, (field, descending) in enumerate(order):
        equal = {f: v for (f, _), v in zip(order[:i], values[:i], strict=True)}
        beyond = {f"{field}__{'lt' if descending else 'gt'}": values[i]}
        clauses.append(Q(**equal, **beyond))
    combined = clauses[0]
    for clause in clauses[1:]:
        combined = combined | clause
    return combined


def _same(value: Any) -> Any:
    return value
