"""Shared pieces of the Communication Center tests: a small cast and GraphQL documents."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from models import User
from models.enums import AccountType, Department, StaffRole
from tests.helpers import Api, World

CREATE = """
mutation($input: CreateTicketInput!) {
  createTicket(input: $input) {
    __typename
    ... on Ticket { id number status hotrush responseDueAt
      messages { id body attachments { id name contentType size downloadUrl } } }
    ... on Error { code message }
  }
}"""
POST = """
mutation($input: PostMessageInput!) {
  postMessage(input: $input) {
    __typename
    ... on TicketMessage { id body fromStaff replyTo attachments { id name downloadUrl } }
    ... on Error { code message }
  }
}"""
TICKET = """
query($id: ID!) { ticket(id: $id) { id number status rating ratingComment hotrush
  messages { id body internal fromStaff } history { action fromStatus toStatus actor } } }"""


@dataclass
class Cast:
    owner: User
    webmaster: User
    other: User
    agent: User
    sales: User
    admin: User
    tokens: dict[str, str]

    def token(self, who: str) -> str:
        return self.tokens[who]


async def cast(world: World) -> Cast:
    account = await world.account("Demo Store")
    owner = await world.user(account, AccountType.PRIMARY, email="owner@demo.test")
    webmaster = await world.user(account, AccountType.SECONDARY, email="webmaster@demo.test")
    other = await world.user(None, AccountType.PRIMARY, email="owner@other.test")
    agent = await world.staff(StaffRole.AGENT, Department.SUPPORT, email="agent@vendor.test")
    sales = await world.staff(StaffRole.SALES, Department.SALES, email="sales@vendor.test")
    admin = await world.staff(StaffRole.ADMIN, Department.SUPPORT, email="admin@vendor.test")
    people = dict(
        owner=owner, webmaster=webmaster, other=other, agent=agent, sales=sales, admin=admin
    )
    tokens = {name: await world.token(user) for name, user in people.items()}
    return Cast(**people, tokens=tokens)


async def create_ticket(api: Api, token: str, **fields: Any) -> dict:
    payload = {
        "type": "SUPPORT",
        "title": "Checkout fails",
        "body": "It fails at step 2.",
        **fields,
    }
    data = await api.data(CREATE, {"input": payload}, token)
    return data["createTicket"]


async def post(api: Api, token: str, ticket_id: str, body: str, **fields: Any) -> dict:
    data = await api.data(POST, {"input": {"ticketId": ticket_id, "body": body, **fields}}, token)
    return data["postMessage"]


async def mutate(api: Api, token: str, field: str, arguments: str, variables: dict) -> dict:
    """One ticket mutation answering `... on Ticket` or `... on Error`."""
    signature = ", ".join(f"${k}: {t}" for k, t in _types(variables).items())
    document = (
        f"mutation({signature}) {{ {field}({arguments}) {{ __typename "
        "... on Ticket { id status priority hotrush rating department responseDueAt } "
        "... on Error { code message } } }"
    )
    return (await api.data(document, variables, token))[field]


def _types(variables: dict) -> dict[str, str]:
    kinds = {bool: "Boolean!", int: "Int!", str: "String!"}
    named = {
        "ticketId": "ID!",
        "assigneeId": "ID",
        "status": "TicketStatus!",
        "priority": "TicketPriority!",
        "department": "Department!",
    }
    return {k: named.get(k, kinds[type(v)]) for k, v in variables.items()}


async def upload(
    api: Api,
    token: str | None,
    document: str,
    variables: dict,
    files: dict[str, tuple],
    csrf: bool = True,
) -> Any:
    """A GraphQL multipart request (the spec Apollo and Relay clients use): `files` maps a
    variable path such as "variables.input.attachments.0" to (name, bytes, type)."""
    mapping = {str(i): [path] for i, path in enumerate(files)}
    form = {
        "operations": json.dumps({"query": document, "variables": variables}),
        "map": json.dumps(mapping),
    }
    parts = {str(i): spec for i, spec in enumerate(files.values())}
    headers = {"authorization": f"Bearer {token}"} if token else {}
    if csrf:
        headers["x-accountdesk-csrf"] = "1"
    return await api.client.post("/graphql", data=form, files=parts, headers=headers)
