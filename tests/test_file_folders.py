"""Folders of the file area: what each lists, sorting, pages, lookups and their cost."""

from __future__ import annotations

from datetime import timedelta

from models import Project, StoredFile
from models.files import FileFolder, FileKind
from resolvers import clock
from tests.files_helpers import FILE, FILES, licensed, names, published
from tests.tickets_helpers import CREATE, cast, upload

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


async def _company_file(account_id: int, name: str, size: int, **fields) -> StoredFile:
    return await StoredFile.create(
        folder=fields.pop("folder", FileFolder.COMPANY),
        kind=FileKind.DOCUMENT,
        account_id=account_id,
        display_name=name,
        stored_name=f"files/2026/12/{name.replace('.', '_')}{'x' * 24}",
        content_type="text/plain",
        size=size,
        sha256="0" * 64,
        created_at=fields.pop("created_at", clock.now()),
        **fields,
    )


async def test_my_files_sort_by_name_size_and_date_both_ways(api, world):
    people = await cast(world)
    start = clock.now()
    for offset, (name, size) in enumerate([("b.txt", 30), ("a.txt", 20), ("c.txt", 10)]):
        await _company_file(
            people.owner.account_id, name, size, created_at=start + timedelta(minutes=offset)
        )
    token = people.token("owner")
    expected = {
        "NAME_ASC": ["a.txt", "b.txt", "c.txt"],
        "NAME_DESC": ["c.txt", "b.txt", "a.txt"],
        "SIZE_ASC": ["c.txt", "a.txt", "b.txt"],
        "SIZE_DESC": ["b.txt", "a.txt", "c.txt"],
        "DATE_ASC": ["b.txt", "a.txt", "c.txt"],
        "DATE_DESC": ["c.txt", "a.txt", "b.txt"],
    }
    for sort, order in expected.items():
        assert await names(api, token, "COMPANY", sort=sort) == order, sort


async def test_pages_follow_the_cursor_without_gaps_or_repeats(api, world):
    people = await cast(world)
    for number in range(7):
        await _company_file(people.owner.account_id, f"f{number}.txt", 5)  # equal sizes tie
    seen, after = [], None
    while True:
        data = await api.data(
            FILES,
            {"folder": "COMPANY", "sort": "SIZE_ASC", "first": 3, "after": after},
            people.token("owner"),
        )
        page = data["files"]
        seen += [edge["node"]["name"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert sorted(seen) == [f"f{n}.txt" for n in range(7)] and len(seen) == 7


async def test_my_files_are_the_accounts_own(api, world):
    people = await cast(world)
    await _company_file(people.owner.account_id, "mine.txt", 5)
    theirs = await _company_file(people.other.account_id, "theirs.txt", 5)
    assert await names(api, people.token("owner"), "COMPANY") == ["mine.txt"]
    data = await api.data(FILE, {"id": f"file:{theirs.id}"}, people.token("owner"))
    assert data["file"] is None
    assert (await api.data(FILE, {"id": f"file:{theirs.id}"}, people.token("other")))["file"]


async def test_ids_that_do_not_parse_or_are_out_of_range_are_missing_files(api, world):
    people = await cast(world)
    # 2**40 is a valid 64-bit id past the tables' 32-bit keys: PostgreSQL must never see it.
    wrong = ("12", "file:abc", "file:-1", "file:0", f"file:{2**63}", f"file:{2**70}", "x:1")
    for bad in (*wrong, f"file:{2**40}", f"attachment:{2**40}", f"attachment:{2**63}"):
        data = await api.data(FILE, {"id": bad}, people.token("owner"))
        assert data["file"] is None, bad


async def test_ticket_files_are_the_attachments_of_tickets_the_caller_reads(api, world):
    people = await cast(world)
    variables = {
        "input": {"type": "SUPPORT", "title": "Logo", "body": "See.", "attachments": [None]}
    }
    response = await upload(
        api,
        people.token("webmaster"),
        CREATE,
        variables,
        {"variables.input.attachments.0": ("logo.png", PNG, "image/png")},
    )
    assert response.json()["data"]["createTicket"]["__typename"] == "Ticket"
    for who in ("owner", "webmaster", "agent"):
        assert await names(api, people.token(who), "TICKET") == ["logo.png"], who
    assert await names(api, people.token("other"), "TICKET") == []
    assert await names(api, people.token("sales"), "TICKET") == []  # not the sales department
    data = await api.data(FILES, {"folder": "TICKET"}, people.token("owner"))
    node = data["files"]["edges"][0]["node"]
    assert node["id"].startswith("attachment:") and node["ticketId"]
    other = await api.data(FILE, {"id": node["id"]}, people.token("other"))
    assert other["file"] is None


async def test_folders_closed_to_a_role_answer_forbidden(api, world):
    people = await cast(world)
    for folder in ("PRODUCT", "COMPANY", "PROJECT"):
        body = await api.gql(FILES, {"folder": folder}, people.token("webmaster"))
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN", folder
    body = await api.gql(FILES, {"folder": "PRODUCT"}, people.token("agent"))
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    body = await api.gql(FILES, {"folder": "COMPANY"})
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_project_files_of_the_accounts_projects(api, world):
    people = await cast(world)
    now = clock.now()
    project = await Project.create(
        account_id=people.owner.account_id, title="Redesign", created_at=now, updated_at=now
    )
    await _company_file(
        people.owner.account_id, "spec.pdf", 5, folder=FileFolder.PROJECT, project_id=project.id
    )
    data = await api.data(FILES, {"folder": "PROJECT"}, people.token("owner"))
    assert [e["node"]["projectId"] for e in data["files"]["edges"]] == [str(project.id)]
    assert await names(api, people.token("other"), "PROJECT") == []


async def test_statements_do_not_grow_with_the_page(api, world, count_sql, settings):
    people = await cast(world)
    await licensed(people.owner.account)
    counts = {}
    made = 0
    for size in (1, 10, 100):
        while made < size:
            await published(settings, name=f"pkg-{made:03d}.tgz", versions=("4.7.11", "4.7.12"))
            made += 1
        with count_sql() as counted:
            data = await api.data(FILES, {"folder": "PRODUCT", "first": 100}, people.token("owner"))
        assert len(data["files"]["edges"]) == size
        assert data["files"]["edges"][0]["node"]["versions"] == ["4.7.11", "4.7.12"]
        counts[size] = counted.value
    assert counts[1] == counts[10] == counts[100], counts
