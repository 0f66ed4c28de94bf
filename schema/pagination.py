"""Relay connections (`edges { cursor node }`, `pageInfo`) that Relay and Apollo clients know."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import strawberry

from resolvers.pagination import Page

__all__ = ["Connection", "Edge", "PageInfo", "connection"]

N = TypeVar("N")


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[N]):
    cursor: str
    node: N


@strawberry.type
class Connection(Generic[N]):
    edges: list[Edge[N]]
    page_info: PageInfo

    @strawberry.field
    def nodes(self) -> list[N]:
        return [edge.node for edge in self.edges]


def connection(page: Page, present: Callable[[Any], Any]) -> Connection:
    edges = [
        Edge(cursor=c, node=present(item)) for item, c in zip(page.items, page.cursors, strict=True)
    ]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=page.has_next_page,
            has_previous_page=page.has_previous_page,
            start_cursor=page.cursors[0] if page.cursors else None,
            end_cursor=page.cursors[-1] if page.cursors else None,
        ),
    )
