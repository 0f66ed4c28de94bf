"""Attachments: GraphQL multipart uploads, limits, sniffing, signed download links."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

from models import TicketAttachment
from resolvers import clock
from tests.tickets_helpers import CREATE, POST, cast, create_ticket, upload

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _create_vars() -> dict:
    return {
        "input": {
            "type": "SUPPORT",
            "title": "Broken logo",
            "body": "See the file.",
            "hotrush": True,
            "attachments": [None],
        }
    }


async def _ticket_with_file(api, people) -> tuple[dict, dict]:
    response = await upload(
        api,
        people.token("webmaster"),
        CREATE,
        _create_vars(),
        {"variables.input.attachments.0": ("../../logo.exe", PNG, "text/html")},
    )
    ticket = response.json()["data"]["createTicket"]
    assert ticket["__typename"] == "Ticket", ticket
    return ticket, ticket["messages"][0]["attachments"][0]


async def test_upload_is_stored_under_a_server_name_with_the_sniffed_type(api, world, settings):
    people = await cast(world)
    _, attachment = await _ticket_with_file(api, people)
    assert attachment["name"] == "logo.exe" and attachment["contentType"] == "image/png"
    assert attachment["size"] == len(PNG)
    stored = await TicketAttachment.get(id=int(attachment["id"]))
    assert stored.stored_name.startswith("tickets/") and "logo" not in stored.stored_name
    assert (settings.files_dir / stored.stored_name).read_bytes() == PNG


async def test_upload_without_the_csrf_header_is_refused(api, world):
    people = await cast(world)
    response = await upload(
        api,
        people.token("webmaster"),
        CREATE,
        _create_vars(),
        {"variables.input.attachments.0": ("a.png", PNG, "image/png")},
        csrf=False,
    )
    assert response.status_code == 400
    assert not await TicketAttachment.exists()


async def test_too_large_and_dangerous_files_are_refused_and_nothing_is_stored(
    api, world, settings
):
    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    variables = {"input": {"ticketId": ticket["id"], "body": "files", "attachments": [None]}}
    cases = {
        "FILE_TOO_LARGE": b"x" * (settings.max_upload_bytes + 1),
        "FILE_TYPE_REFUSED": b"<!DOCTYPE html><script>alert(1)</script>",
    }
    for code, data in cases.items():
        response = await upload(
            api,
            people.token("owner"),
            POST,
            variables,
            {"variables.input.attachments.0": ("f.txt", data, "text/plain")},
        )
        assert response.json()["data"]["postMessage"]["code"] == code
    assert not await TicketAttachment.exists()


async def test_signed_link_downloads_for_the_reader_and_nobody_else(api, world):
    people = await cast(world)
    _, attachment = await _ticket_with_file(api, people)
    link = attachment["downloadUrl"]
    response = await api.client.get(link)
    assert response.status_code == 200 and response.content == PNG
    assert response.headers["content-type"] == "image/png"
    assert response.headers["content-disposition"].startswith("attachment")
    assert response.headers["x-content-type-options"] == "nosniff"
    query = parse_qs(urlsplit(link).query)
    forged = link.replace(f"user={query['user'][0]}", f"user={people.other.id}")
    assert (await api.client.get(forged)).status_code == 404


async def test_signed_link_expires(api, world, settings):
    people = await cast(world)
    _, attachment = await _ticket_with_file(api, people)
    clock.set_now(clock.now() + settings.signed_link_ttl + timedelta(seconds=1))
    assert (await api.client.get(attachment["downloadUrl"])).status_code == 404


async def test_signed_link_rechecks_the_right_to_read_the_ticket(api, world):
    people = await cast(world)
    ticket, _ = await _ticket_with_file(api, people)
    agent_view = await api.data(
        "query($id: ID!) { ticket(id: $id) { messages { attachments { downloadUrl } } } }",
        {"id": ticket["id"]},
        people.token("agent"),
    )
    link = agent_view["ticket"]["messages"][0]["attachments"][0]["downloadUrl"]
    assert (await api.client.get(link)).status_code == 200
    forward = """mutation($t: ID!) { forwardTicket(ticketId: $t, department: SALES) {
      __typename } }"""
    await api.data(forward, {"t": ticket["id"]}, people.token("agent"))
    assert (await api.client.get(link)).status_code == 404


async def test_files_of_a_refused_message_are_removed_again(api, world, settings):
    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    closed = "mutation($t: ID!) { closeTicket(ticketId: $t) { __typename } }"
    await api.data(closed, {"t": ticket["id"]}, people.token("owner"))
    before = sorted(p for p in settings.files_dir.rglob("*") if p.is_file())
    variables = {"input": {"ticketId": ticket["id"], "body": "late file", "attachments": [None]}}
    response = await upload(
        api,
        people.token("owner"),
        POST,
        variables,
        {"variables.input.attachments.0": ("a.png", PNG, "image/png")},
    )
    assert response.json()["data"]["postMessage"]["code"] == "TICKET_CLOSED"
    assert sorted(p for p in settings.files_dir.rglob("*") if p.is_file()) == before
    assert not await TicketAttachment.exists()


async def test_request_larger_than_the_upload_limit_is_refused_before_parsing(api, world, settings):
    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    variables = {"input": {"ticketId": ticket["id"], "body": "big", "attachments": [None]}}
    big = b"x" * (settings.max_request_upload_bytes + 2 * 1024 * 1024)
    response = await upload(
        api,
        people.token("owner"),
        POST,
        variables,
        {"variables.input.attachments.0": ("big.txt", big, "text/plain")},
    )
    assert response.status_code == 413
