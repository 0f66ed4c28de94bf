"""The account's primary and advanced secondary read its projects; nobody else's, and no secondary."""

from __future__ import annotations

from datetime import date

import pytest

from models import Project, ProjectStatus, ProjectTaskStatus
from models.enums import StaffRole
from resolvers import clock, projects
from resolvers.identity import ANONYMOUS
from tests.timer_support import make_ticket

PROJECTS = """query($first: Int!, $after: String, $status: ProjectStatus) {
  projects(first: $first, after: $after, filter: {status: $status}) {
    edges { cursor node {
      id title status startsOn endsOn
      progress { finished total percent }
      tasks { title status dueOn ticketId ticketNumber assignees { name } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}"""
PROJECT = "query($id: ID!) { project(id: $id) { id title tasks { title } } }"


async def _project(account_id: int, title: str, **fields) -> Project:
    return await projects.create_project(ANONYMOUS, account_id, title, **fields)


async def _task(project: Project, title: str, status=ProjectTaskStatus.TODO, **fields):
    return await projects.create_project_task(ANONYMOUS, project.id, title, status=status, **fields)


async def test_buyer_reads_the_project_with_tasks_assignees_and_progress(api, world):
    owner = await world.user()
    buyer = await world.user(owner.account, "advanced_secondary")
    developer = await world.staff(StaffRole.DEVELOPER, "projects")
    ticket = await make_ticket(owner, "project", clock.now())
    project = await _project(
        owner.account_id,
        "Store migration",
        status=ProjectStatus.ACTIVE,
        starts_on=date(2026, 3, 1),
        ends_on=date(2026, 4, 30),
    )
    await _task(project, "Design", ProjectTaskStatus.DONE, starts_on=date(2026, 3, 1))
    await _task(
        project,
        "Theme",
        ProjectTaskStatus.IN_PROGRESS,
        starts_on=date(2026, 3, 10),
        due_on=date(2026, 3, 20),
        assignees=[developer.id],
        ticket_id=ticket.id,
    )
    await _task(project, "Dropped idea", ProjectTaskStatus.CANCELLED, starts_on=date(2026, 3, 11))
    await _task(project, "Launch", starts_on=date(2026, 4, 1))

    body = await api.data(PROJECTS, {"first": 10}, await world.token(buyer))
    [edge] = body["projects"]["edges"]
    node = edge["node"]
    assert (node["title"], node["status"], node["startsOn"], node["endsOn"]) == (
        "Store migration",
        "ACTIVE",
        "2026-03-01",
        "2026-04-30",
    )
    assert node["progress"] == {"finished": 2, "total": 4, "percent": 50}
    assert [t["title"] for t in node["tasks"]] == ["Design", "Theme", "Dropped idea", "Launch"]
    theme = node["tasks"][1]
    assert theme == {
        "title": "Theme",
        "status": "IN_PROGRESS",
        "dueOn": "2026-03-20",
        "ticketId": str(ticket.id),
        "ticketNumber": ticket.number,
        "assignees": [{"name": developer.name}],
    }


async def test_secondary_user_cannot_read_projects(api, world):
    owner = await world.user()
    await _project(owner.account_id, "Store migration")
    webmaster = await world.token(await world.user(owner.account, "secondary"))
    for query, variables in ((PROJECTS, {"first": 5}), (PROJECT, {"id": "1"})):
        body = await api.gql(query, variables, webmaster)
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_another_accounts_project_looks_missing(api, world):
    owner = await world.user()
    other = await world.user()
    theirs = await _project(other.account_id, "Their project")
    mine = await _project(owner.account_id, "My project")
    token = await world.token(owner)
    assert (await api.data(PROJECT, {"id": str(theirs.id)}, token))["project"] is None
    assert (await api.data(PROJECT, {"id": "9" * 30}, token))["project"] is None
    assert (await api.data(PROJECT, {"id": "abc"}, token))["project"] is None
    assert (await api.data(PROJECT, {"id": str(mine.id)}, token))["project"]["title"] == (
        "My project"
    )
    listed = await api.data(PROJECTS, {"first": 10}, token)
    assert [e["node"]["title"] for e in listed["projects"]["edges"]] == ["My project"]


async def test_projects_page_newest_first_with_a_status_filter(api, world):
    owner = await world.user()
    for n in range(5):
        status = ProjectStatus.COMPLETED if n % 2 else ProjectStatus.ACTIVE
        await _project(owner.account_id, f"P{n}", status=status)
    token = await world.token(owner)
    first = await api.data(PROJECTS, {"first": 2}, token)
    assert [e["node"]["title"] for e in first["projects"]["edges"]] == ["P4", "P3"]
    assert first["projects"]["pageInfo"]["hasNextPage"] is True
    rest = await api.data(
        PROJECTS, {"first": 10, "after": first["projects"]["pageInfo"]["endCursor"]}, token
    )
    assert [e["node"]["title"] for e in rest["projects"]["edges"]] == ["P2", "P1", "P0"]
    done = await api.data(PROJECTS, {"first": 10, "status": "COMPLETED"}, token)
    assert [e["node"]["title"] for e in done["projects"]["edges"]] == ["P3", "P1"]


async def test_staff_of_projects_read_every_accounts_projects(api, world):
    await _project((await world.user()).account_id, "A")
    await _project((await world.user()).account_id, "B")
    developer = await world.token(await world.staff(StaffRole.DEVELOPER, "projects"))
    body = await api.data(PROJECTS, {"first": 10}, developer)
    assert sorted(e["node"]["title"] for e in body["projects"]["edges"]) == ["A", "B"]


@pytest.mark.parametrize("count", [1, 10, 100])
async def test_projects_page_statements_do_not_grow_with_projects_and_tasks(
    api, world, count_sql, count
):
    owner = await world.user()
    developer = await world.staff(StaffRole.DEVELOPER, "projects")
    for n in range(count):
        project = await _project(owner.account_id, f"P{n}")
        await _task(project, "one", assignees=[developer.id])
        await _task(project, "two", ProjectTaskStatus.DONE)
    token = await world.token(owner)
    await api.data(PROJECTS, {"first": 100}, token)  # warm the session lookup caches
    with count_sql() as counted:
        body = await api.data(PROJECTS, {"first": 100}, token)
    assert len(body["projects"]["edges"]) == count
    # session, projects page, tasks of the page, assignees of those tasks
    assert counted.value <= 5, counted.statements
