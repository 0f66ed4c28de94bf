"""Property-based fuzzing of every query and mutation, per role: documents drawn from the
schema by hypothesis-graphql (valid and invalid) and crafted hostile requests.

No answer is a 5xx or an INTERNAL_SERVER_ERROR, and a refused call changes nothing. Bounded
for CI: a fixed number of examples per role, reproducible by seed.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

import pytest
from tortoise import Tortoise, connections

from tests.hostile import crafted, documents, problem
from tests.tickets_helpers import cast, create_ticket

SCHEMA = (Path(__file__).resolve().parent.parent / "schema.graphql").read_text()
ROLES = ["anonymous", "owner", "webmaster", "other", "agent", "sales", "admin"]
# Drawing documents costs more than sending them: one set, sent as every role.
DOCUMENTS = 40
CRAFTED_PER_ROLE = 19  # one of each crafted kind


@functools.cache
def _documents() -> list[str]:
    return documents(SCHEMA, DOCUMENTS, random_seed=0)


async def _snapshot() -> tuple:
    """The row count of every table, in one statement."""
    tables = sorted(model._meta.db_table for model in Tortoise.apps["models"].values())
    counts = ", ".join(f'(SELECT COUNT(*) FROM "{table}") AS "{table}"' for table in tables)
    rows = await connections.get("default").execute_query_dict(f"SELECT {counts}")
    return tuple(rows[0].values())


def _refused(body: dict) -> bool:
    """Every root field of the answer refused: a top-level error and no data, or an Error
    member (`code` and `message`) for each."""
    data = body.get("data")
    if not data:
        return bool(body.get("errors"))
    return all(isinstance(a, dict) and "code" in a and "message" in a for a in data.values())


@pytest.mark.parametrize("role", ROLES)
async def test_generated_requests_never_break_the_rules(api, world, caplog, role):
    people = await cast(world)
    await create_ticket(api, people.token("owner"))
    token = None if role == "anonymous" else people.token(role)
    headers = {"authorization": f"Bearer {token}"} if token else {}
    seed = ROLES.index(role)
    requests = [
        ({"content-type": "application/json"}, _body(document)) for document in _documents()
    ] + crafted(CRAFTED_PER_ROLE, seed)
    failures = []
    with caplog.at_level(logging.ERROR):
        for request_headers, content in requests:
            mutation = b"mutation" in content
            before = await _snapshot() if mutation else None
            response = await api.client.post(
                "/graphql", content=content, headers={**request_headers, **headers}
            )
            body = response.json()
            found = problem(response.status_code, body)
            if mutation and found is None and _refused(body) and await _snapshot() != before:
                found = "a refused call changed the data"
            if found:
                failures.append((found, content[:300]))
    assert failures == []
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


def _body(document: str) -> bytes:
    import json

    return json.dumps({"query": document}).encode()


def test_every_custom_scalar_of_the_schema_has_a_strategy():
    """hypothesis-graphql refuses a scalar it has no strategy for: a new scalar in the schema
    would end every document drawn through a field that uses it."""
    from graphql import GraphQLScalarType, build_schema, specified_scalar_types

    from tests.hostile import SCALARS

    custom = {
        name
        for name, kind in build_schema(SCHEMA).type_map.items()
        if isinstance(kind, GraphQLScalarType) and name not in specified_scalar_types
    }
    assert "Long" in custom
    assert custom - set(SCALARS) == set()
