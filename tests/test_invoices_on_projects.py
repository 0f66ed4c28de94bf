"""A project's invoices on the customers' Project type: issued ones for its account (drafts for
staff), newest first, nothing for a caller without invoice.read, constant statements."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from models import Project
from models.enums import StaffRole
from resolvers import clock
from resolvers.invoices.issuing import InvoiceData, LineData, create_draft
from tests.invoices import BILLING, due_in, issued

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
PROJECTS = """query($first: Int!) { projects(first: $first) { edges { node {
  id title invoices { id number status total { amount currency } } } } } }"""


async def _project(account_id: int, title: str) -> Project:
    return await Project.create(account_id=account_id, title=title, created_at=NOW, updated_at=NOW)


def _invoices(body) -> dict[str, list[str]]:
    return {
        edge["node"]["title"]: [invoice["id"] for invoice in edge["node"]["invoices"]]
        for edge in body["projects"]["edges"]
    }


async def test_a_project_lists_its_issued_invoices_newest_first(api, world):
    clock.set_now(NOW)
    owner = await world.user()
    shop = await _project(owner.account_id, "Shop")
    await _project(owner.account_id, "Blog")
    first = await issued(owner.account_id, project_id=shop.id)
    clock.set_now(NOW + timedelta(minutes=1))
    second = await issued(owner.account_id, total=2500, project_id=shop.id)
    draft = await create_draft(
        BILLING,
        InvoiceData(owner.account_id, [LineData("Later", 1, 100)], due_in(9), project_id=shop.id),
    )
    await issued(owner.account_id)  # no project
    body = await api.data(PROJECTS, {"first": 10}, await world.token(owner))
    assert _invoices(body) == {"Shop": [str(second.id), str(first.id)], "Blog": []}
    shown = body["projects"]["edges"]
    listed = next(e["node"] for e in shown if e["node"]["title"] == "Shop")["invoices"][0]
    assert listed["total"] == {"amount": 2500, "currency": second.currency}
    billing = await world.token(await world.staff(StaffRole.BILLING, "billing"))
    staff_view = _invoices(await api.data(PROJECTS, {"first": 10}, billing))
    assert staff_view["Shop"] == [str(draft.id), str(second.id), str(first.id)]
    assert staff_view["Blog"] == []


async def test_a_caller_without_invoice_read_sees_none(api, world):
    clock.set_now(NOW)
    owner = await world.user()
    shop = await _project(owner.account_id, "Shop")
    await issued(owner.account_id, project_id=shop.id)
    developer = await world.token(await world.staff(StaffRole.DEVELOPER, "projects"))
    assert _invoices(await api.data(PROJECTS, {"first": 10}, developer)) == {"Shop": []}


async def test_statements_do_not_grow_with_projects_and_their_invoices(api, world, count_sql):
    clock.set_now(NOW)
    owner = await world.user()
    token = await world.token(owner)
    counts, made = {}, 0
    for size in (1, 10, 100):
        for n in range(made, size):
            project = await _project(owner.account_id, f"P{n}")
            await issued(owner.account_id, project_id=project.id)
        made = size
        await api.data(PROJECTS, {"first": 100}, token)  # warm the session lookup caches
        with count_sql() as counted:
            body = await api.data(PROJECTS, {"first": 100}, token)
        assert len(body["projects"]["edges"]) == size
        assert all(len(e["node"]["invoices"]) == 1 for e in body["projects"]["edges"])
        counts[size] = counted.value
    assert counts[1] == counts[10] == counts[100], counts
