"""Staff manage projects and their tasks; a task's status drives the project ticket timer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from accountdesk.settings import TicketTimers
from models import ProjectTask
from models.enums import StaffRole
from models.tickets import TicketKind, TicketStatus
from resolvers import clock
from resolvers.tickets.sweep import sweep_all
from tests.timer_support import make_ticket

CREATE_PROJECT = """mutation($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on Project { id title status startsOn endsOn account { name } }
    ... on Error { code message }
    ... on InputError { field }
  }
}"""
CREATE_TASK = """mutation($input: CreateProjectTaskInput!) {
  createProjectTask(input: $input) {
    __typename
    ... on ProjectTask { id title status dueOn ticketId assigneeIds }
    ... on Error { code message }
    ... on InputError { field }
  }
}"""
SET_STATUS = """mutation($id: ID!, $status: ProjectTaskStatus!) {
  setProjectTaskStatus(id: $id, status: $status) {
    __typename
    ... on ProjectTask { id status }
    ... on Error { code }
  }
}"""
START = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


async def _project(api, world, token, account_id) -> str:
    body = await api.data(
        CREATE_PROJECT,
        {"input": {"accountId": str(account_id), "title": "Store migration"}},
        token=token,
    )
    return body["createProject"]["id"]


async def test_developer_creates_project_for_an_account(api, world):
    owner = await world.user(await world.account("Demo Store"))
    token = await world.token(await world.staff(StaffRole.DEVELOPER, "projects"))
    body = await api.data(
        CREATE_PROJECT,
        {
            "input": {
                "accountId": str(owner.account_id),
                "title": "  Store   migration ",
                "status": "ACTIVE",
                "startsOn": "2026-03-01",
                "endsOn": "2026-04-30",
            }
        },
        token=token,
    )
    assert body["createProject"] == {
        "__typename": "Project",
        "id": body["createProject"]["id"],
        "title": "Store migration",
        "status": "ACTIVE",
        "startsOn": "2026-03-01",
        "endsOn": "2026-04-30",
        "account": {"name": "Demo Store"},
    }


async def test_project_ending_before_it_starts_is_refused(api, world):
    owner = await world.user()
    token = await world.token(await world.staff(StaffRole.DEPARTMENT_HEAD, "projects"))
    body = await api.data(
        CREATE_PROJECT,
        {
            "input": {
                "accountId": str(owner.account_id),
                "title": "Backwards",
                "startsOn": "2026-05-01",
                "endsOn": "2026-04-01",
            }
        },
        token=token,
    )
    assert body["createProject"]["__typename"] == "InputError"
    assert body["createProject"]["field"] == "endsOn"


async def test_support_agent_and_customer_cannot_manage_projects(api, world):
    owner = await world.user()
    for user in (await world.staff(StaffRole.AGENT), owner):
        body = await api.gql(
            CREATE_PROJECT,
            {"input": {"accountId": str(owner.account_id), "title": "Nope"}},
            token=await world.token(user),
        )
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_task_links_a_ticket_and_staff_assignees(api, world):
    owner = await world.user()
    developer = await world.staff(StaffRole.DEVELOPER, "projects")
    token = await world.token(developer)
    ticket = await make_ticket(owner, TicketKind.PROJECT, START)
    project_id = await _project(api, world, token, owner.account_id)
    body = await api.data(
        CREATE_TASK,
        {
            "input": {
                "projectId": project_id,
                "title": "Move the catalog",
                "assignees": [str(developer.id)],
                "dueOn": "2026-03-20",
                "ticketId": str(ticket.id),
            }
        },
        token=token,
    )
    task = body["createProjectTask"]
    assert task["__typename"] == "ProjectTask"
    assert (task["status"], task["ticketId"], task["assigneeIds"]) == (
        "TODO",
        str(ticket.id),
        [str(developer.id)],
    )


async def test_task_refuses_a_customer_as_assignee_and_another_accounts_ticket(api, world):
    owner = await world.user()
    token = await world.token(await world.staff(StaffRole.DEVELOPER, "projects"))
    project_id = await _project(api, world, token, owner.account_id)
    customer = await api.data(
        CREATE_TASK,
        {"input": {"projectId": project_id, "title": "x", "assignees": [str(owner.id)]}},
        token=token,
    )
    assert customer["createProjectTask"]["field"] == "assignees"
    foreign = await make_ticket(await world.user(), TicketKind.PROJECT, START)
    other = await api.data(
        CREATE_TASK,
        {"input": {"projectId": project_id, "title": "x", "ticketId": str(foreign.id)}},
        token=token,
    )
    assert other["createProjectTask"]["code"] == "NOT_FOUND"
    assert await ProjectTask.all().count() == 0


async def test_finishing_the_last_task_lets_the_timer_pre_close_the_project_ticket(api, world):
    owner = await world.user()
    token = await world.token(await world.staff(StaffRole.DEVELOPER, "projects"))
    ticket = await make_ticket(owner, TicketKind.PROJECT, START)
    project_id = await _project(api, world, token, owner.account_id)
    body = await api.data(
        CREATE_TASK,
        {"input": {"projectId": project_id, "title": "Go live", "ticketId": str(ticket.id)}},
        token=token,
    )
    task_id = body["createProjectTask"]["id"]
    idle = START + timedelta(days=30)
    clock.set_now(idle)
    await sweep_all(TicketTimers(), now=idle)
    await ticket.refresh_from_db()
    assert ticket.status is TicketStatus.IN_PROGRESS
    done = await api.data(SET_STATUS, {"id": task_id, "status": "DONE"}, token=token)
    assert done["setProjectTaskStatus"] == {
        "__typename": "ProjectTask",
        "id": task_id,
        "status": "DONE",
    }
    await sweep_all(TicketTimers(), now=idle + timedelta(minutes=5))
    await ticket.refresh_from_db()
    assert ticket.status is TicketStatus.PRE_CLOSED


async def test_setting_status_of_a_missing_task_is_not_found(api, world):
    token = await world.token(await world.staff(StaffRole.ADMIN, "projects"))
    body = await api.data(SET_STATUS, {"id": "999", "status": "DONE"}, token=token)
    assert body["setProjectTaskStatus"] == {"__typename": "NotFoundError", "code": "NOT_FOUND"}


async def test_demo_seed_adds_the_demo_project_once():
    from accountdesk.demo import seed_demo

    first = await seed_demo()
    again = await seed_demo()
    assert "projects: 1 added with 2 tasks" in first
    assert "projects: 0 added" in again
    assert await ProjectTask.all().count() == 2
