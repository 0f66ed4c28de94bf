"""GraphiQL at `GET /graphql`, with every file served from this package (no CDN)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from starlette.routing import BaseRoute, Mount
from starlette.staticfiles import StaticFiles

__all__ = ["ASSETS", "graphiql_page", "graphiql_routes"]

_HERE = Path(__file__).parent
ASSETS = _HERE / "static" / "graphiql"
# The page names its files relative to itself, so it works behind a path prefix too.
ASSETS_PATH = "/static/graphiql"


@cache
def graphiql_page() -> str:
    return (_HERE / "graphiql.html").read_text(encoding="utf-8")


def graphiql_routes() -> list[BaseRoute]:
    return [Mount(ASSETS_PATH, app=StaticFiles(directory=ASSETS), name="graphiql")]
