"""Trusted documents: by `documentId`, by Apollo's automatic persisted queries, and the
trusted-only mode, over real HTTP (and WebSocket) on loopback."""

from __future__ import annotations

import asyncio
import hashlib
from contextlib import asynccontextmanager

import httpx2 as httpx
import pytest
from gql import Client, GraphQLRequest
from gql.transport.aiohttp import AIOHTTPTransport
from gql.transport.exceptions import TransportQueryError
from gql.transport.websockets import WebsocketsTransport
from graphql import parse, print_ast

from models import DocumentSource, TrustedDocument, User
from resolvers import documents
from tests.live import live_server

ME = "query Me { me { id email } }\nquery MyName { me { name } }\n"
RENAME = 'mutation { updateProfile(input: {name: "Mallory"}) { __typename } }'
EVENTS = "subscription($t: ID!) { ticketEvents(ticketId: $t) { kind } }"


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def apq(digest: str, query: str | None = None) -> dict:
    body: dict = {"extensions": {"persistedQuery": {"version": 1, "sha256Hash": digest}}}
    if query is not None:
        body["query"] = query
    return body


@asynccontextmanager
async def serving(services, settings, **changes):
    """A real server on loopback with these settings, and an HTTP client for it."""
    import dataclasses

    from accountdesk.app import create_app

    changed = dataclasses.replace(services, settings=settings.with_changes(**changes))
    app = create_app(changed.settings, services=changed, manage_database=False)
    async with live_server(app) as base, httpx.AsyncClient(base_url=base) as client:
        client.base = base
        yield client


async def send(client, body: dict, token: str | None = None, **headers: str) -> dict:
    if token:
        headers["authorization"] = f"Bearer {token}"
    response = await client.post("/graphql", json=body, headers=headers)
    assert response.status_code < 500, response.text
    return response.json()


def code_of(answer: dict) -> str:
    return answer["errors"][0]["extensions"]["code"]


@pytest.fixture
async def owner(world):
    user = await world.user(email="owner@trusted.test")
    return user, await world.token(user)


async def test_apollo_apq_round_trip_registers_then_runs_by_hash(services, settings, owner):
    _, token = owner
    async with serving(services, settings) as client:
        first = await send(client, apq(sha(ME)), token)
        assert first["errors"][0]["message"] == "PersistedQueryNotFound"
        assert code_of(first) == "PERSISTED_QUERY_NOT_FOUND"
        second = await send(client, {**apq(sha(ME), ME), "operationName": "Me"}, token)
        assert second["data"]["me"]["email"] == "owner@trusted.test"
        third = await send(client, {**apq(sha(ME)), "operationName": "MyName"}, token)
    assert third == {"data": {"me": {"name": "owner"}}}
    row = await TrustedDocument.get(id=sha(ME))
    assert row.source is DocumentSource.APQ and row.text == ME


async def test_an_invalid_apq_text_is_not_registered(services, settings, owner):
    wrong = "{ me { nope } }"
    async with serving(services, settings) as client:
        answer = await send(client, apq(sha(wrong), wrong), owner[1])
    assert code_of(answer) == "GRAPHQL_VALIDATION_FAILED"
    assert not await TrustedDocument.exists(id=sha(wrong))


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"documentId": "sha256:abc"}, "DOCUMENT_ID_INVALID"),
        ({"documentId": "md5:" + "0" * 64}, "DOCUMENT_ID_INVALID"),
        ({"documentId": 12345}, "DOCUMENT_ID_INVALID"),
        ({"documentId": "sha256:" + "g" * 64}, "DOCUMENT_ID_INVALID"),
        ({"documentId": "sha256:" + "0" * 65}, "DOCUMENT_ID_INVALID"),
        ({"documentId": "sha256:" + "0" * 64}, "PERSISTED_QUERY_NOT_FOUND"),
        (apq("0" * 63), "DOCUMENT_ID_INVALID"),
        (apq(["x"]), "DOCUMENT_ID_INVALID"),
        (apq(sha("{ me { id } }"), "{ me { email } }"), "PERSISTED_QUERY_HASH_MISMATCH"),
        (
            {"documentId": "sha256:" + sha("{ a }"), "query": "{ b }"},
            "PERSISTED_QUERY_HASH_MISMATCH",
        ),
        (
            {"extensions": {"persistedQuery": {"version": 2, "sha256Hash": "0" * 64}}},
            "PERSISTED_QUERY_VERSION_UNSUPPORTED",
        ),
        ({"extensions": {"persistedQuery": "yes"}}, "PERSISTED_QUERY_VERSION_UNSUPPORTED"),
    ],
)
async def test_bad_ids_and_hashes_get_coded_errors(api, body, code):
    answer = await send(api.client, body)
    assert answer["data"] is None and code_of(answer) == code
    assert await TrustedDocument.all().count() == 0


async def test_a_registered_document_runs_by_id_with_its_operation_name(api, owner):
    registered = await documents.register(ME, DocumentSource.BUILD)
    body = {"documentId": registered.id, "operationName": "MyName"}
    assert await send(api.client, body, owner[1]) == {"data": {"me": {"name": "owner"}}}


async def test_a_cached_document_is_not_read_or_parsed_again(api, owner, count_sql):
    registered = await documents.register(ME, DocumentSource.BUILD)
    body = {"documentId": registered.id, "operationName": "Me"}
    await send(api.client, body, owner[1])
    await TrustedDocument.filter(id=sha(ME)).update(text="{ broken")  # only the cache has it now
    with count_sql() as counted:
        answer = await send(api.client, body, owner[1])
    assert answer["data"]["me"]["email"] == "owner@trusted.test"
    assert not [s for s in counted.statements if "trusted_document" in s]


async def test_trusted_only_refuses_a_text_mutation_and_changes_nothing(services, settings, owner):
    user, token = owner
    async with serving(services, settings, only_trusted_documents=True) as client:
        refused = await send(client, {"query": RENAME}, token)
        apq_refused = await send(client, apq(sha(RENAME), RENAME), token)
        by_hash = await send(client, apq(sha(RENAME)), token)
    assert code_of(refused) == "TRUSTED_DOCUMENT_REQUIRED" and refused["data"] is None
    assert code_of(apq_refused) == "TRUSTED_DOCUMENT_REQUIRED"
    assert code_of(by_hash) == "PERSISTED_QUERY_NOT_FOUND"
    assert (await User.get(id=user.id)).name == "owner"
    assert not await TrustedDocument.exists(id=sha(RENAME))


async def test_trusted_only_runs_registered_documents_by_id_or_by_their_text(
    services, settings, owner
):
    user, token = owner
    registered = await documents.register(RENAME, DocumentSource.BUILD)
    # gql (like Apollo) sends its own printing of a document: that is the text to register.
    await documents.register(print_ast(parse(RENAME)), DocumentSource.BUILD)
    async with serving(services, settings, only_trusted_documents=True) as client:
        by_id = await send(client, {"documentId": registered.id}, token)
        headers = {"Authorization": f"Bearer {token}"}
        transport = AIOHTTPTransport(url=f"{client.base}/graphql", headers=headers)
        async with Client(transport=transport) as session:  # a stock client sends the text
            by_text = await session.execute(GraphQLRequest(RENAME))
            with pytest.raises(TransportQueryError) as refused:
                await session.execute(GraphQLRequest("{ me { id } }"))
    assert by_id["data"]["updateProfile"]["__typename"] == by_text["updateProfile"]["__typename"]
    assert refused.value.errors[0]["extensions"]["code"] == "TRUSTED_DOCUMENT_REQUIRED"
    assert (await User.get(id=user.id)).name == "Mallory"


async def test_client_registered_documents_are_not_trusted(services, settings, owner):
    await documents.register(ME, DocumentSource.APQ)
    async with serving(services, settings, only_trusted_documents=True) as client:
        answer = await send(client, {"documentId": "sha256:" + sha(ME)}, owner[1])
        assert code_of(answer) == "PERSISTED_QUERY_NOT_FOUND"
        await documents.register(ME, DocumentSource.BUILD)  # the build trusts it now
        answer = await send(client, {"documentId": "sha256:" + sha(ME)}, owner[1])
    assert answer["data"]["me"]["email"] == "owner@trusted.test"


@pytest.mark.parametrize(
    ("exceptions", "staff_may", "graphiql_may"),
    [(("staff",), True, False), (("graphiql",), False, True), ((), False, False)],
)
async def test_trusted_only_exceptions_are_as_configured(
    services, settings, world, owner, exceptions, staff_may, graphiql_may
):
    staff = await world.token(await world.staff(role="agent"))
    query = {"query": "{ me { email } }"}
    async with serving(
        services, settings, only_trusted_documents=True, trusted_documents_except=exceptions
    ) as client:
        by_staff = await send(client, query, staff)
        by_graphiql = await send(client, query, owner[1], **{"x-accountdesk-graphiql": "1"})
    assert ("errors" not in by_staff) is staff_may
    assert ("errors" not in by_graphiql) is graphiql_may
    if not graphiql_may:
        assert code_of(by_graphiql) == "TRUSTED_DOCUMENT_REQUIRED"


async def test_trusted_only_refuses_a_text_subscription_over_websocket(services, settings, owner):
    async with serving(services, settings, only_trusted_documents=True) as client:
        transport = WebsocketsTransport(
            url=client.base.replace("http", "ws", 1) + "/graphql",
            init_payload={"authorization": f"Bearer {owner[1]}"},
        )
        async with Client(transport=transport) as session:
            with pytest.raises(TransportQueryError) as refused:
                request = GraphQLRequest(EVENTS, variable_values={"t": "1"})
                async for _ in session.subscribe(request):
                    break
    assert refused.value.errors[0]["extensions"]["code"] == "TRUSTED_DOCUMENT_REQUIRED"


async def test_trusted_only_runs_a_registered_subscription_text_over_websocket(
    services, settings, api, world
):
    from tests.test_standard_clients import _until_listening
    from tests.tickets_helpers import cast, create_ticket, post

    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    await documents.register(print_ast(parse(EVENTS)), DocumentSource.BUILD)
    async with serving(services, settings, only_trusted_documents=True) as client:
        transport = WebsocketsTransport(
            url=client.base.replace("http", "ws", 1) + "/graphql",
            init_payload={"authorization": f"Bearer {people.token('owner')}"},
        )
        async with Client(transport=transport) as session:
            events = session.subscribe(GraphQLRequest(EVENTS, variable_values={"t": ticket["id"]}))
            first = asyncio.ensure_future(events.__anext__())
            await _until_listening(services, int(ticket["id"]), first)
            await post(api, people.token("agent"), ticket["id"], "On it.")
            event = await asyncio.wait_for(first, 5)
            await events.aclose()
    assert event["ticketEvents"]["kind"] == "message"


REGISTER = """mutation($d: String!) { registerTrustedDocument(document: $d) {
  __typename ... on TrustedDocument { id operationNames created }
  ... on InputError { code field message } } }"""


async def test_an_admin_registers_a_document_a_customer_then_runs(services, settings, world, owner):
    admin = await world.token(await world.staff(role="admin"))
    async with serving(services, settings, only_trusted_documents=True) as client:
        made = await send(client, {"query": REGISTER, "variables": {"d": ME}}, admin)
        again = await send(client, {"query": REGISTER, "variables": {"d": ME}}, admin)
        wrong = await send(client, {"query": REGISTER, "variables": {"d": "{ me { x } }"}}, admin)
        ran = await send(client, {"documentId": "sha256:" + sha(ME)}, owner[1])
    document = made["data"]["registerTrustedDocument"]
    assert document == {
        "__typename": "TrustedDocument",
        "id": "sha256:" + sha(ME),
        "operationNames": ["Me", "MyName"],
        "created": True,
    }
    assert again["data"]["registerTrustedDocument"]["created"] is False
    assert wrong["data"]["registerTrustedDocument"]["code"] == "INVALID_INPUT"
    assert ran["data"]["me"]["email"] == "owner@trusted.test"
    row = await TrustedDocument.get(id=sha(ME))
    assert row.source is DocumentSource.STAFF


async def test_documents_cli_checks_every_file_before_registering(tmp_path):
    from accountdesk.cli import CommandError
    from accountdesk.cli_documents import register_files
    from schema import build_schema

    schema = build_schema()
    with pytest.raises(CommandError, match="bad.graphql"):
        await register_files(schema, [("me.graphql", ME), ("bad.graphql", "{ me { x } }")])
    assert await TrustedDocument.all().count() == 0
    lines = await register_files(schema, [("me.graphql", ME), ("rename.graphql", RENAME)])
    assert lines == [f"sha256:{sha(ME)}  me.graphql", f"sha256:{sha(RENAME)}  rename.graphql"]
    assert {row.source for row in await TrustedDocument.all()} == {DocumentSource.BUILD}
