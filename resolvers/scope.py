"""Tenant scoping: the one helper every customer-owned list and lookup goes through.

A customer sees their own account's rows; staff see across accounts (a capability narrows
that further, e.g. by department). Another tenant's row is filtered out in SQL, so it looks
exactly like a missing one.
"""

from __future__ import annotations

from tortoise.models import Model
from tortoise.queryset import QuerySet

from resolvers.errors import NotFound
from resolvers.identity import Principal
from resolvers.ids import parse_id
from resolvers.pagination import Page, keyset_page

__all__ = ["scoped", "get_scoped", "newest_first"]


def scoped(principal: Principal, queryset: QuerySet, account_field: str = "account_id") -> QuerySet:
    if principal.is_staff:
        return queryset
    if principal.account_id is None:
        return queryset.filter(id__in=[])
    return queryset.filter(**{account_field: principal.account_id})


async def get_scoped(
    principal: Principal,
    model: type[Model],
    object_id: int | str,
    account_field: str = "account_id",
    what: str | None = None,
) -> Model:
    object_id = parse_id(object_id, what or model.__name__.lower())
    found = await scoped(principal, model.filter(id=object_id), account_field).first()
    if found is None:
        raise NotFound(f"No such {what or model.__name__.lower()}.")
    return found


async def newest_first(
    principal: Principal, model: type[Model], first: int, after: str | None, **filters: object
) -> Page:
    """One page of the caller's rows of `model` (staff: every account's), newest first;
    a filter given as None is left out (an argument the client did not send)."""
    given = {name: value for name, value in filters.items() if value is not None}
    query = scoped(principal, model.filter(**given))
    return await keyset_page(query, first, after, order=[("created_at", True)])
