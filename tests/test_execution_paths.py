"""Differential test: planned execution (`GRAPHQL_EXECUTION=compiled`) answers byte for byte
what graphql-core's executor answers (`core`), errors and null propagation included.

Two halves: the demo data through the real app on each backend (the documents clients send,
with aliases, fragments, variables, unions and coded errors), and a small schema built to
break in every way a field can (nulls in non-null fields at every depth, values a scalar
refuses, raising resolvers, async and awaitable fields, abstract types). The whole suite can
also run every query through both paths: `pytest --execution both`.
"""

from __future__ import annotations

import enum
import json

import pytest
import strawberry
from strawberry.types import Info

from resolvers import clock
from schema.direct import install_direct_resolvers
from schema.graphql_compat import PlannedExecutor

TICKET_FIELDS = """fragment TicketFields on Ticket {
  id number title status author assignee
  productVersion { version obsolete outOfGuarantee }
  licenses { id brand url }
  messages(last: 3) { id body author replyTo attachments { id name size downloadUrl } }
}"""
DEMO_DOCUMENTS = [
    ("{ me { id email name accountType account { id name } } }", {}),
    ("{ me { __typename id me2: email ... on User { name } } users { id name email } }", {}),
    (
        "query($first: Int!) { tickets(first: $first) { edges { cursor node { ...TicketFields } }"
        " pageInfo { hasNextPage endCursor } } }\n" + TICKET_FIELDS,
        {"first": 50},
    ),
    (
        "query($more: Boolean!) { tickets(first: 5) { edges { node { id title"
        " msgs: messages(last: 1) @include(if: $more) { body } } } } }",
        {"more": False},
    ),
    ("{ tickets(first: 1000) { edges { node { id } } } }", {}),
    ('{ ticket(id: "no-such") { id } me { id } }', {}),
    ('{ ticket(id: "999999999999999999999999") { id } }', {}),
    ("query($id: ID!) { ticket(id: $id) { id } }", {"id": 5}),
    ("{ me { id nope } }", {}),
    ("{ licenses(first: 50) { edges { node { id __typename } } } brands { name } }", {}),
    ("{ orders(first: 50) { edges { node { id status total { amount currency } } } } }", {}),
    (
        "{ invoices(first: 50) { edges { node { id number status dueDate"
        " lines { description quantity amount { amount currency } } } } } }",
        {},
    ),
    ('{ licenseCertificate(id: "1") { __typename ... on NotFoundError { code message } } }', {}),
]


async def _answers(api_with, documents, token: str | None) -> dict[str, list[bytes]]:
    answers: dict[str, list[bytes]] = {}
    clock.set_now(clock.now())  # signed links carry their expiry: the same on both paths
    for path in ("compiled", "core"):
        async with api_with(graphql_execution=path) as api:
            headers = {"authorization": f"Bearer {token}"} if token else {}
            answers[path] = [
                (await api.client.post(
                    "/graphql", json={"query": query, "variables": variables}, headers=headers
                )).content
                for query, variables in documents
            ]  # fmt: skip
    return answers


@pytest.fixture
async def demo(settings, monkeypatch) -> None:
    from accountdesk.demo import seed_demo

    monkeypatch.setenv("SECRET_KEY", settings.secret_key)
    monkeypatch.setenv("FILES_DIR", str(settings.files_dir))
    await seed_demo()


async def test_the_demo_documents_answer_alike_on_both_paths(api, api_with, demo):
    for email in ("owner@demo.test", "agent@vendor.test", None):  # customer, staff, anonymous
        token = None
        if email:
            login = await api.data(
                'mutation($e: String!) { login(email: $e, password: "demo") '
                "{ ... on Session { token } } }",
                {"e": email},
            )
            token = login["login"]["token"]
        answers = await _answers(api_with, DEMO_DOCUMENTS, token)
        pairs = zip(DEMO_DOCUMENTS, answers["compiled"], answers["core"], strict=True)
        for (query, _), compiled, core in pairs:
            assert compiled == core, (email, query)
        if email == "owner@demo.test":  # the documents did reach data and errors
            assert b'"tickets":{"edges":[{' in answers["core"][2]
            assert b'"errors"' in answers["core"][4] and b'"errors"' in answers["core"][8]
            assert b"downloadUrl" in answers["core"][2]


# A schema made to fail: every way a field can go wrong, at several depths.


class Color(enum.Enum):
    RED = "red"


@strawberry.interface
class Named:
    name: str | None


@strawberry.type
class Leaf(Named):
    name: str | None
    label: str  # non-null: None here nulls the nearest nullable parent
    count: int | None
    color: Color | None
    tags: list[str] | None

    @strawberry.field
    def boom(self) -> str | None:
        raise ValueError("boom")

    @strawberry.field
    def sure_boom(self) -> str:
        raise ValueError("sure boom")

    @strawberry.field
    async def later(self) -> str | None:
        return self.name

    @strawberry.field
    def shout(self, info: Info, suffix: str = "!") -> str | None:
        return None if self.name is None else self.name.upper() + suffix


@strawberry.type
class Other(Named):
    name: str | None
    size: int


@strawberry.type
class Plain:  # no interface: Strawberry gives it no `is_type_of`, so the planned list path
    name: str | None
    label: str


@strawberry.type
class Box:
    leaves: list[Leaf]  # [Leaf!]!
    maybe_leaves: list[Leaf | None] | None
    first: Leaf | None
    sure: Leaf

    @strawberry.field
    def holes(self) -> list[Plain] | None:  # [Plain!]: a None item nulls the whole list
        return [Plain(name="p", label="l"), None]  # type: ignore[list-item]

    @strawberry.field
    def plains(self) -> list[Plain | None]:
        return [Plain(name="p", label=None), None, Plain(name=None, label="l")]  # type: ignore

    @strawberry.field
    def pending(self) -> list[Plain | None]:  # items that are awaitables, one of them None
        items = [Plain(name="a", label="l"), None, Plain(name="b", label=None)]
        return [_later(item) for item in items]  # type: ignore[misc]

    @strawberry.field
    def sure_pending(self) -> list[Plain]:
        return [_later(Plain(name="a", label="l")), _later(None)]  # type: ignore[list-item]


async def _later(value):
    return value


def _leaf(name, label="ok", count=1, color=Color.RED, tags=None) -> Leaf:
    return Leaf(name=name, label=label, count=count, color=color, tags=tags)


BAD = [
    _leaf("a"),
    _leaf("b", label=None),
    _leaf(None, count="x"),
    _leaf("d", color="purple"),
    _leaf("e", tags=["x", None]),
]


@strawberry.type
class Query:
    @strawberry.field
    def box(self) -> Box | None:
        return Box(leaves=BAD, maybe_leaves=[*BAD, None], first=BAD[1], sure=BAD[0])

    @strawberry.field
    def sure_box(self) -> Box:
        return Box(leaves=BAD, maybe_leaves=None, first=None, sure=BAD[1])

    @strawberry.field
    async def slow_box(self) -> Box | None:
        return Box(leaves=BAD[:2], maybe_leaves=BAD[2:], first=BAD[0], sure=BAD[0])

    @strawberry.field
    def named(self) -> list[Named]:
        return [BAD[0], Other(name="o", size=3), BAD[3]]

    @strawberry.field
    def everything(self) -> list[Leaf | Other]:
        return [BAD[0], Other(name=None, size=2)]


def _schemas() -> dict[str, strawberry.Schema]:
    schemas = {
        "compiled": strawberry.Schema(query=Query, execution_context_class=PlannedExecutor),
        "core": strawberry.Schema(query=Query),
    }
    for schema in schemas.values():
        install_direct_resolvers(schema)
    return schemas


SCHEMAS = _schemas()
LEAF = 'name label count color tags boom later shout(suffix: "?") __typename'
BROKEN_DOCUMENTS = [
    f"{{ box {{ leaves {{ {LEAF} }} }} }}",
    f"{{ box {{ maybeLeaves {{ {LEAF} }} first {{ name label }} sure {{ name }} }} }}",
    f"{{ sureBox {{ sure {{ {LEAF} }} leaves {{ name }} }} }}",
    "{ box { leaves { name sureBoom } } }",
    "{ box { maybeLeaves { count color } } sureBox { first { name } } }",
    f"{{ slowBox {{ leaves {{ {LEAF} }} maybeLeaves {{ {LEAF} }} }} }}",
    "{ a: box { x: leaves { y: name z: name label } } b: box { first { count } } }",
    "{ named { name __typename ... on Leaf { label count } ... on Other { size } } }",
    "{ everything { ... on Named { name } ... on Leaf { tags } ... on Other { size } } }",
    "query($with: Boolean!) { box { leaves { name label @include(if: $with) "
    "...F @skip(if: $with) } } } fragment F on Leaf { count color }",
    "{ box { leaves { ...F ...F } } } fragment F on Leaf { name tags }",
    "{ box { holes { name } pending { name label } plains { name label } } }",
    "{ slowBox { holes { label } plains { name } surePending { name } } }",
    "{ sureBox { pending { name } holes { label } plains { label } } }",
]


async def test_errors_and_null_propagation_answer_alike():
    for document in BROKEN_DOCUMENTS:
        for include in (True, False):
            answers = []
            for schema in SCHEMAS.values():
                result = await schema.execute(document, variable_values={"with": include})
                errors = [error.formatted for error in result.errors or []]
                answers.append(json.dumps({"data": result.data, "errors": errors}))
            assert answers[0] == answers[1], (document, include)
    # The schema does break: nulls propagate and the errors have paths.
    result = await SCHEMAS["compiled"].execute("{ sureBox { sure { label } } }")
    assert result.data is None
    assert [e.formatted["path"] for e in result.errors] == [["sureBox", "sure", "label"]]


def test_the_planned_executor_is_the_default_and_core_is_graphql_cores():
    from accountdesk.settings import Settings
    from schema import build_schema

    assert Settings().graphql_execution == "compiled"
    planned = build_schema(Settings(graphql_execution="compiled"))
    core = build_schema(Settings(graphql_execution="core"))
    assert planned.execution_context_class is PlannedExecutor
    assert core.execution_context_class is not PlannedExecutor
