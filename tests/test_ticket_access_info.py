"""Access info: encrypted at rest, write-only for customers, staff reads recorded."""

from __future__ import annotations

from models import AccessInfo, AccessInfoRead
from resolvers import clock
from tests.tickets_helpers import cast, create_ticket

POST_INFO = """mutation($t: ID!, $text: String!) { postAccessInfo(ticketId: $t, text: $text) {
  __typename ... on AccessInfo { id masked text } ... on Error { code } } }"""
READ = "query($id: ID!) { ticket(id: $id) { accessInfo { id masked text purged } } }"
SECRET = "ssh root@shop.test\npassword: hunter2"


async def test_access_info_is_encrypted_and_never_shown_back_to_customers(api, world):
    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    posted = (
        await api.data(POST_INFO, {"t": ticket["id"], "text": SECRET}, people.token("owner"))
    )["postAccessInfo"]
    assert posted["text"] is None and "2 lines" in posted["masked"]
    stored = await AccessInfo.get(id=int(posted["id"]))
    assert "hunter2" not in stored.ciphertext and "hunter2" not in stored.masked
    seen = await api.data(READ, {"id": ticket["id"]}, people.token("owner"))
    assert seen["ticket"]["accessInfo"][0]["text"] is None
    assert not await AccessInfoRead.exists()


async def test_staff_handling_the_ticket_read_it_and_every_read_is_recorded(api, world):
    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    await api.data(POST_INFO, {"t": ticket["id"], "text": SECRET}, people.token("webmaster"))
    for _ in range(2):
        seen = await api.data(READ, {"id": ticket["id"]}, people.token("agent"))
        assert seen["ticket"]["accessInfo"][0]["text"] == SECRET
    reads = await AccessInfoRead.all()
    assert [r.reader_id for r in reads] == [people.agent.id, people.agent.id]
    outside = await api.data(READ, {"id": ticket["id"]}, people.token("sales"))
    assert outside["ticket"] is None
    assert await AccessInfoRead.all().count() == 2


async def test_purged_access_info_reads_as_null(api, world):
    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    await api.data(POST_INFO, {"t": ticket["id"], "text": SECRET}, people.token("owner"))
    await AccessInfo.all().update(ciphertext=None, purged_at=clock.now())
    seen = await api.data(READ, {"id": ticket["id"]}, people.token("agent"))
    assert seen["ticket"]["accessInfo"][0] == {
        "id": seen["ticket"]["accessInfo"][0]["id"],
        "masked": seen["ticket"]["accessInfo"][0]["masked"],
        "text": None,
        "purged": True,
    }
    assert not await AccessInfoRead.exists()


async def test_read_log_outlives_the_purge_of_the_access_info(api, world):
    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    await api.data(POST_INFO, {"t": ticket["id"], "text": SECRET}, people.token("owner"))
    await api.data(READ, {"id": ticket["id"]}, people.token("agent"))
    await AccessInfo.all().delete()  # what the retention purge does
    reads = await AccessInfoRead.all()
    assert [(r.ticket_id, r.access_info_id, r.reader_id) for r in reads] == [
        (int(ticket["id"]), None, people.agent.id)
    ]
