"""Projects and their tasks (SPEC section 5): staff of Projects manage them, the account's
primary and advanced secondary read them.

A task may link a ticket of the project's account. The ticket timers read
`FINISHED_TASK_STATUSES`: a project ticket is pre-closed (and later closed) only while every
task linked to it is finished.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from tortoise.transactions import in_transaction

from models import Account, Project, ProjectStatus, ProjectTask, ProjectTaskStatus, Ticket, User
from models.files import FileFolder, StoredFile
from resolvers import clock
from resolvers.batches import grouped_rows
from resolvers.errors import InvalidInput, NotFound
from resolvers.identity import Principal
from resolvers.ids import parse_id
from resolvers.pagination import Page
from resolvers.scope import get_scoped, newest_first

__all__ = [
    "FINISHED_TASK_STATUSES",
    "create_project",
    "create_project_task",
    "set_project_task_status",
    "list_projects",
    "get_project",
    "tasks_of_projects",
    "assignees_of_tasks",
    "documents_of_projects",
    "BATCHES",
]

# Cancelled counts as finished: no work remains on it.
FINISHED_TASK_STATUSES: frozenset[ProjectTaskStatus] = frozenset(
    {ProjectTaskStatus.DONE, ProjectTaskStatus.CANCELLED}
)


def _title(title: str) -> str:
    title = " ".join(title.split())
    if not title or len(title) > 300:
        raise InvalidInput("The title must have 1 to 300 characters.", field="title")
    return title


def _time_frame(starts_on: date | None, ends_on: date | None, end_field: str) -> None:
    if starts_on and ends_on and ends_on < starts_on:
        raise InvalidInput("The end comes before the start.", field=end_field)


async def create_project(
    principal: Principal,
    account_id: int | str,
    title: str,
    status: ProjectStatus = ProjectStatus.PLANNED,
    starts_on: date | None = None,
    ends_on: date | None = None,
) -> Project:
    title = _title(title)
    _time_frame(starts_on, ends_on, "endsOn")
    account = await Account.filter(id=parse_id(account_id, "account")).first()
    if account is None:
        raise NotFound("No such account.")
    now = clock.now()
    return await Project.create(
        account=account,
        title=title,
        status=status,
        starts_on=starts_on,
        ends_on=ends_on,
        created_at=now,
        updated_at=now,
    )


async def create_project_task(
    principal: Principal,
    project_id: int | str,
    title: str,
    assignees: list[int | str] | None = None,
    starts_on: date | None = None,
    due_on: date | None = None,
    ticket_id: int | str | None = None,
    status: ProjectTaskStatus = ProjectTaskStatus.TODO,
) -> ProjectTask:
    title = _title(title)
    _time_frame(starts_on, due_on, "dueOn")
    project = await Project.filter(id=parse_id(project_id, "project")).first()
    if project is None:
        raise NotFound("No such project.")
    staff = await _staff(assignees or [])
    ticket = None
    if ticket_id is not None:
        # A task links a ticket of the project's own account only.
        ticket = await Ticket.filter(
            id=parse_id(ticket_id, "ticket"), account_id=project.account_id
        ).first()
        if ticket is None:
            raise NotFound("No such ticket.")
    now = clock.now()
    async with in_transaction() as conn:
        task = await ProjectTask.create(
            project=project,
            title=title,
            status=status,
            starts_on=starts_on,
            due_on=due_on,
            ticket=ticket,
            created_at=now,
            updated_at=now,
            using_db=conn,
        )
        if staff:
            await task.assignees.add(*staff, using_db=conn)
    return task


async def set_project_task_status(
    principal: Principal, task_id: int | str, status: ProjectTaskStatus
) -> ProjectTask:
    task = await ProjectTask.filter(id=parse_id(task_id, "project task")).first()
    if task is None:
        raise NotFound("No such project task.")
    if task.status is not status:
        task.status = status
        task.updated_at = clock.now()
        await task.save(update_fields=["status", "updated_at"])
    return task


async def _staff(user_ids: list[int | str]) -> list[User]:
    wanted = {parse_id(user_id, "user") for user_id in user_ids}
    found = await User.filter(id__in=wanted, staff_role__isnull=False, is_active=True)
    if len(found) != len(wanted):
        raise InvalidInput("Assignees must be active staff members.", field="assignees")
    return found


async def list_projects(
    principal: Principal, first: int, after: str | None = None, status: str | None = None
) -> Page:
    """The caller's account's projects (staff: every account's), newest first."""
    return await newest_first(principal, Project, first, after, status=status)


async def get_project(principal: Principal, project_id: int | str) -> Project:
    return await get_scoped(principal, Project, project_id, what="project")


_TASK_FIELDS = (
    "id",
    "project_id",
    "title",
    "status",
    "starts_on",
    "due_on",
    "ticket_id",
    "ticket__number",
)


async def tasks_of_projects(project_ids: Sequence[int]) -> list[list[dict]]:
    """The tasks of many projects in one statement, each with its linked ticket's number
    (a batch load: one list per project id, in key order)."""
    rows = await (
        ProjectTask.filter(project_id__in=project_ids)
        .order_by("starts_on", "id")
        .values(*_TASK_FIELDS)
    )
    for row in rows:
        row["status"] = ProjectTaskStatus(row["status"])
    return grouped_rows(rows, "project_id", project_ids)


async def assignees_of_tasks(task_ids: Sequence[int]) -> list[list[tuple[int, str]]]:
    """The assigned developers (id, name) of many tasks in one statement (a batch load)."""
    rows = await ProjectTask.filter(id__in=task_ids).values_list(
        "id", "assignees__id", "assignees__name"
    )
    found: dict[int, list[tuple[int, str]]] = {task_id: [] for task_id in task_ids}
    for task_id, user_id, name in rows:
        if user_id is not None:
            found[task_id].append((user_id, name))
    return [sorted(found[task_id]) for task_id in task_ids]


async def documents_of_projects(project_ids: Sequence[int]) -> list[list[StoredFile]]:
    """The project files (specifications, surveys, reports) of many projects, one statement."""
    rows = await StoredFile.filter(
        folder=FileFolder.PROJECT, project_id__in=set(project_ids)
    ).order_by("display_name", "id")
    return grouped_rows(rows, "project_id", project_ids)


# name -> the batch for a caller and the settings (see `resolvers/batches.py`)
BATCHES = {
    "tasks": lambda principal, settings: tasks_of_projects,
    "assignees": lambda principal, settings: assignees_of_tasks,
    "documents": lambda principal, settings: documents_of_projects,
}
