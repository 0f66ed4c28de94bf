"""Standard GraphQL clients against a real server on loopback: Python's `gql` over HTTP and over
both WebSocket subprotocols (`graphql-transport-ws` and the legacy Apollo `graphql-ws`)."""

from __future__ import annotations

import asyncio

import pytest
import websockets
from gql import Client, GraphQLRequest
from gql.transport.aiohttp import AIOHTTPTransport
from gql.transport.exceptions import TransportQueryError
from gql.transport.websockets import WebsocketsTransport

from resolvers.tickets.events import channel
from tests.helpers import PASSWORD
from tests.live import live_server
from tests.tickets_helpers import cast, create_ticket, post

EVENTS = """subscription($t: ID!) { ticketEvents(ticketId: $t) {
  kind status message { body } ticket { id status } } }"""
LOGIN = """mutation($e: String!, $p: String!) { login(email: $e, password: $p) {
  __typename ... on Session { token } ... on Error { code message } } }"""
SUBPROTOCOLS = [WebsocketsTransport.GRAPHQLWS_SUBPROTOCOL, WebsocketsTransport.APOLLO_SUBPROTOCOL]


@pytest.fixture
async def server(services, settings):
    from accountdesk.app import create_app

    app = create_app(settings, services=services, manage_database=False)
    async with live_server(app) as base:
        yield base


async def test_query_and_mutation_over_http(server, world):
    people = await cast(world)
    transport = AIOHTTPTransport(url=f"{server}/graphql")
    async with Client(transport=transport) as session:
        login = GraphQLRequest(LOGIN, variable_values={"e": "owner@demo.test", "p": PASSWORD})
        answer = await session.execute(login)
    assert answer["login"]["__typename"] == "Session"
    headers = {"Authorization": f"Bearer {answer['login']['token']}"}
    transport = AIOHTTPTransport(url=f"{server}/graphql", headers=headers)
    async with Client(transport=transport) as session:
        me = await session.execute(GraphQLRequest("{ me { id email } }"))
    assert me["me"]["email"] == people.owner.email
    async with Client(transport=AIOHTTPTransport(url=f"{server}/graphql")) as session:
        with pytest.raises(TransportQueryError) as refused:
            await session.execute(GraphQLRequest("{ me { id } }"))
    assert refused.value.errors[0]["extensions"]["code"] == "UNAUTHENTICATED"


@pytest.mark.parametrize("subprotocol", SUBPROTOCOLS)
async def test_ticket_events_reach_a_gql_subscriber(server, api, world, services, subprotocol):
    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    transport = WebsocketsTransport(
        url=server.replace("http", "ws", 1) + "/graphql",
        subprotocols=[subprotocol],
        init_payload={"authorization": f"Bearer {people.token('owner')}"},
    )
    async with Client(transport=transport) as session:
        assert transport.subprotocol == subprotocol
        request = GraphQLRequest(EVENTS, variable_values={"t": ticket["id"]})
        events = session.subscribe(request)
        first = asyncio.ensure_future(events.__anext__())
        await _until_listening(services, int(ticket["id"]), first)
        await post(api, people.token("agent"), ticket["id"], "On it.")
        event = (await asyncio.wait_for(first, 5))["ticketEvents"]
        await events.aclose()
    assert event["kind"] == "message" and event["message"]["body"] == "On it."
    assert event["ticket"]["id"] == ticket["id"]


async def _until_listening(services, ticket_id: int, first: asyncio.Future) -> None:
    name = channel(ticket_id)
    for _ in range(500):
        counts = dict(await services.redis.pubsub_numsub(name))
        if counts.get(name.encode()) or first.done():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the subscription never listened")


@pytest.mark.parametrize("subprotocol", SUBPROTOCOLS)
async def test_websocket_frames_are_text(server, subprotocol):
    url = server.replace("http", "ws", 1) + "/graphql"
    async with websockets.connect(url, subprotocols=[subprotocol]) as socket:
        await socket.send('{"type": "connection_init", "payload": {}}')
        ack = await asyncio.wait_for(socket.recv(), 5)
    assert isinstance(ack, str) and '"connection_ack"' in ack
