"""`ticketEvents`: live messages and status changes through Redis, between processes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from strawberry.exceptions import ConnectionRejectionError

from resolvers.auth import logout, principal_for_token
from resolvers.tickets.events import channel
from schema.context import RequestContext
from tests.tickets_helpers import cast, create_ticket, mutate, post

EVENTS = """subscription($t: ID!) { ticketEvents(ticketId: $t) {
  kind status message { id body internal } ticket { id status } } }"""


@asynccontextmanager
async def other_process(settings, redis_url: str) -> AsyncIterator:
    """A second API process: its own enforcer, Redis connection and schema."""
    from accountdesk.app import start_services, stop_services
    from schema import build_schema

    services = await start_services(settings, redis_url)
    try:
        yield services, build_schema(settings)
    finally:
        await stop_services(services)


async def _subscribe(schema, services, token: str, ticket_id: str):
    principal = await principal_for_token(services.settings, token)
    context = RequestContext(services=services, principal=principal)
    stream = await schema.subscribe(EVENTS, variable_values={"t": ticket_id}, context_value=context)
    first = asyncio.ensure_future(stream.__anext__())
    for _ in range(200):  # until the subscriber listens on Redis
        counts = dict(await services.redis.pubsub_numsub(channel(int(ticket_id))))
        if counts.get(channel(int(ticket_id)).encode()) or first.done():
            break
        await asyncio.sleep(0.01)
    return stream, first


async def test_message_posted_through_one_process_reaches_a_subscriber_on_another(
    api, world, settings, redis_url
):
    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    async with other_process(settings, redis_url) as (services, schema):
        stream, first = await _subscribe(schema, services, people.token("owner"), ticket["id"])
        await post(api, people.token("agent"), ticket["id"], "On it.")
        event = (await asyncio.wait_for(first, 5)).data["ticketEvents"]
        assert event["kind"] == "message" and event["message"]["body"] == "On it."
        await mutate(
            api,
            people.token("agent"),
            "closeTicket",
            "ticketId: $ticketId",
            {"ticketId": ticket["id"]},
        )
        event = (await asyncio.wait_for(stream.__anext__(), 5)).data["ticketEvents"]
        assert event["kind"] == "status" and event["status"] == "CLOSED"
        await stream.aclose()


async def test_customer_subscriber_never_receives_internal_notes(api, world, settings, redis_url):
    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    async with other_process(settings, redis_url) as (services, schema):
        stream, first = await _subscribe(schema, services, people.token("owner"), ticket["id"])
        note = 'mutation($t: ID!) { addInternalNote(ticketId: $t, body: "secret") { __typename } }'
        await api.data(note, {"t": ticket["id"]}, people.token("agent"))
        await post(api, people.token("agent"), ticket["id"], "public")
        event = (await asyncio.wait_for(first, 5)).data["ticketEvents"]
        assert event["message"]["body"] == "public"
        await stream.aclose()


async def test_other_account_cannot_subscribe(api, world, settings, redis_url):
    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    async with other_process(settings, redis_url) as (services, schema):
        stream, first = await _subscribe(schema, services, people.token("other"), ticket["id"])
        result = await asyncio.wait_for(first, 5)
        assert result.errors[0].extensions["code"] == "NOT_FOUND"


async def test_stream_ends_when_the_sign_in_is_revoked(api, world, settings, redis_url):
    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    async with other_process(settings, redis_url) as (services, schema):
        stream, first = await _subscribe(schema, services, people.token("owner"), ticket["id"])
        await logout(await principal_for_token(settings, people.token("owner")))
        await post(api, people.token("agent"), ticket["id"], "after logout")
        with pytest.raises(StopAsyncIteration):
            await asyncio.wait_for(first, 5)


async def test_connection_init_payload_carries_the_bearer_token(world, services):
    from accountdesk.app import GraphQLView

    people = await cast(world)
    view = GraphQLView(services)
    context = RequestContext(services=services)
    context.connection_params = {"authorization": f"Bearer {people.token('owner')}"}
    await view.on_ws_connect(context)
    assert context.principal.user_id == people.owner.id
    rejected = RequestContext(services=services)
    rejected.connection_params = {"authorization": "Bearer ads_forged"}
    with pytest.raises(ConnectionRejectionError):
        await view.on_ws_connect(rejected)
