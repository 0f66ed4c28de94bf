"""Projects: the account's primary and advanced secondary read them, staff of Projects manage them."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry.types import Info

from models import Account, Project, ProjectStatus, ProjectTask, ProjectTaskStatus
from resolvers import projects
from resolvers.errors import NotFound
from resolvers.pagination import check_first
from schema.accounts import AccountInfo
from schema.errors import InputError, NotFoundError, as_result, result_union
from schema.files.types import FileType
from schema.loaders import area_loader, load_by_id
from schema.pagination import Connection, connection
from schema.permissions import Allow
from schema.text_input import CURSOR, TITLE, text, text_field

if TYPE_CHECKING:
    from schema.invoices.types import InvoiceType

__all__ = ["ProjectQuery", "ProjectMutation", "ProjectType", "ProjectTaskType"]

ProjectStatusEnum = strawberry.enum(ProjectStatus, name="ProjectStatus")
ProjectTaskStatusEnum = strawberry.enum(
    ProjectTaskStatus,
    name="ProjectTaskStatus",
    description="DONE and CANCELLED count as finished for the ticket timers.",
)


@strawberry.type(description="A developer assigned to a project task.")
class ProjectAssignee:
    id: strawberry.ID
    name: str


@strawberry.type(description="How far a project is: finished tasks (done or cancelled) of all.")
class ProjectProgress:
    finished: int
    total: int

    @strawberry.field(description="Finished tasks of all, in percent (0 with no tasks).")
    def percent(self) -> int:
        return self.finished * 100 // self.total if self.total else 0


@strawberry.type(name="ProjectTask")
class ProjectTaskType:
    id: strawberry.ID
    project_id: strawberry.ID
    title: str
    status: ProjectTaskStatusEnum
    starts_on: date | None
    due_on: date | None
    ticket_id: strawberry.ID | None = strawberry.field(description="The linked ticket.")
    ticket_number: int | None = strawberry.field(description="The linked ticket's number.")

    @strawberry.field(description="Assigned staff users.")
    async def assignee_ids(self, info: Info) -> list[strawberry.ID]:
        return [strawberry.ID(str(user_id)) for user_id, _ in await _assignees(info, self.id)]

    @strawberry.field(description="The developers assigned, by name.")
    async def assignees(self, info: Info) -> list[ProjectAssignee]:
        return [
            ProjectAssignee(id=strawberry.ID(str(user_id)), name=name)
            for user_id, name in await _assignees(info, self.id)
        ]

    @classmethod
    def from_row(cls, row: dict) -> ProjectTaskType:
        ticket_id = row["ticket_id"]
        return cls(
            id=strawberry.ID(str(row["id"])),
            project_id=strawberry.ID(str(row["project_id"])),
            title=row["title"],
            status=row["status"],
            starts_on=row["starts_on"],
            due_on=row["due_on"],
            ticket_id=strawberry.ID(str(ticket_id)) if ticket_id else None,
            ticket_number=row.get("ticket__number"),
        )


@strawberry.type(name="Project")
class ProjectType:
    id: strawberry.ID
    title: str
    status: ProjectStatusEnum
    starts_on: date | None
    ends_on: date | None
    account_id: strawberry.Private[int]

    @strawberry.field
    async def account(self, info: Info) -> AccountInfo | None:
        account = await load_by_id(info, Account, self.account_id)
        return AccountInfo.from_model(account) if account else None

    @strawberry.field(description="The project's tasks, by start date.")
    async def tasks(self, info: Info) -> list[ProjectTaskType]:
        return [ProjectTaskType.from_row(row) for row in await _tasks(info, int(self.id))]

    @strawberry.field(
        description="The project's documents (specifications, surveys, reports) from the file "
        "area; empty for a caller without the right to project files (e.g. an API token)."
    )
    async def documents(self, info: Info) -> list[FileType]:
        if not info.context.can("file", "read_project"):
            return []
        rows = await project_loader(info, "documents").load(int(self.id))
        return [FileType.from_model(row) for row in rows]

    @strawberry.field(
        description="The project's invoices, newest first (customers: issued ones only); "
        "empty for a caller who may not read invoices."
    )
    async def invoices(
        self, info: Info
    ) -> list[Annotated[InvoiceType, strawberry.lazy("schema.invoices.types")]]:
        if not info.context.can("invoice", "read"):
            return []
        # Imported here: schema.invoices imports this module for Invoice.project
        from schema.invoices.loaders import invoice_loader
        from schema.invoices.types import present_invoice

        rows = await invoice_loader(info, "project_invoices").load(int(self.id))
        return [present_invoice(row) for row in rows]

    @strawberry.field
    async def progress(self, info: Info) -> ProjectProgress:
        tasks = await _tasks(info, int(self.id))
        finished = sum(row["status"] in projects.FINISHED_TASK_STATUSES for row in tasks)
        return ProjectProgress(finished=finished, total=len(tasks))

    @classmethod
    def from_model(cls, project: Project) -> ProjectType:
        return cls(
            id=strawberry.ID(str(project.id)),
            title=project.title,
            status=project.status,
            starts_on=project.starts_on,
            ends_on=project.ends_on,
            account_id=project.account_id,
        )


project_loader = area_loader("projects", projects.BATCHES)


async def _tasks(info: Info, project_id: int) -> list[dict]:
    return await project_loader(info, "tasks").load(project_id)


async def _assignees(info: Info, task_id: strawberry.ID) -> list[tuple[int, str]]:
    return await project_loader(info, "assignees").load(int(task_id))


@strawberry.input
class ProjectFilter:
    status: ProjectStatusEnum | None = None


@strawberry.input
class CreateProjectInput:
    account_id: strawberry.ID
    title: str = text_field(TITLE)
    status: ProjectStatusEnum = ProjectStatus.PLANNED
    starts_on: date | None = None
    ends_on: date | None = None


@strawberry.input
class CreateProjectTaskInput:
    project_id: strawberry.ID
    title: str = text_field(TITLE)
    assignees: list[strawberry.ID] = strawberry.field(default_factory=list)
    starts_on: date | None = None
    due_on: date | None = None
    ticket_id: strawberry.ID | None = None
    status: ProjectTaskStatusEnum = ProjectTaskStatus.TODO


ProjectResult = result_union("ProjectResult", ProjectType, NotFoundError, InputError)
ProjectTaskResult = result_union("ProjectTaskResult", ProjectTaskType, NotFoundError, InputError)


async def _present(task: ProjectTask) -> ProjectTaskType:
    [rows] = await projects.tasks_of_projects([task.project_id])
    return ProjectTaskType.from_row(next(row for row in rows if row["id"] == task.id))


@strawberry.type
class ProjectQuery:
    @strawberry.field(
        permission_classes=[Allow("project.read")],
        description="Your account's projects, newest first (staff: every account's).",
    )
    async def projects(
        self,
        info: Info,
        filter: ProjectFilter | None = None,
        first: int = 20,
        after: Annotated[str | None, text(CURSOR)] = None,
    ) -> Connection[ProjectType]:
        check_first(first, info.context.settings.max_page_size)
        status = filter.status if filter else None
        page = await projects.list_projects(info.context.principal, first, after, status)
        return connection(page, ProjectType.from_model)

    @strawberry.field(permission_classes=[Allow("project.read")])
    async def project(self, info: Info, id: strawberry.ID) -> ProjectType | None:
        try:
            return ProjectType.from_model(await projects.get_project(info.context.principal, id))
        except NotFound:
            return None


@strawberry.type
class ProjectMutation:
    @strawberry.mutation(permission_classes=[Allow("project.manage")])
    async def create_project(self, info: Info, input: CreateProjectInput) -> ProjectResult:
        return await as_result(
            projects.create_project(
                info.context.principal,
                input.account_id,
                input.title,
                input.status,
                input.starts_on,
                input.ends_on,
            ),
            ProjectType.from_model,
        )

    @strawberry.mutation(permission_classes=[Allow("project_task.manage")])
    async def create_project_task(
        self, info: Info, input: CreateProjectTaskInput
    ) -> ProjectTaskResult:
        async def work() -> ProjectTaskType:
            task = await projects.create_project_task(
                info.context.principal,
                input.project_id,
                input.title,
                list(input.assignees),
                input.starts_on,
                input.due_on,
                input.ticket_id,
                input.status,
            )
            return await _present(task)

        return await as_result(work())

    @strawberry.mutation(
        permission_classes=[Allow("project_task.manage")],
        description="A project ticket is pre-closed by the timers once all its tasks are finished.",
    )
    async def set_project_task_status(
        self, info: Info, id: strawberry.ID, status: ProjectTaskStatusEnum
    ) -> ProjectTaskResult:
        async def work() -> ProjectTaskType:
            task = await projects.set_project_task_status(info.context.principal, id, status)
            return await _present(task)

        return await as_result(work())
