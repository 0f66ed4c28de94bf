"""Staff management of projects and their tasks. The customers' projects API comes later."""

from __future__ import annotations

from datetime import date

import strawberry
from strawberry.types import Info

from models import Account, Project, ProjectStatus, ProjectTask, ProjectTaskStatus
from resolvers import projects
from schema.accounts import AccountInfo
from schema.errors import InputError, NotFoundError, as_result, result_union
from schema.loaders import load_by_id
from schema.permissions import Allow
from schema.text_input import TITLE, text_field

__all__ = ["ProjectMutation", "ProjectType", "ProjectTaskType"]

ProjectStatusEnum = strawberry.enum(ProjectStatus, name="ProjectStatus")
ProjectTaskStatusEnum = strawberry.enum(
    ProjectTaskStatus,
    name="ProjectTaskStatus",
    description="DONE and CANCELLED count as finished for the ticket timers.",
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


@strawberry.type(name="ProjectTask")
class ProjectTaskType:
    id: strawberry.ID
    project_id: strawberry.ID
    title: str = text_field(TITLE)
    status: ProjectTaskStatusEnum
    starts_on: date | None
    due_on: date | None
    ticket_id: strawberry.ID | None = strawberry.field(description="The linked ticket.")
    assignee_ids: list[strawberry.ID] = strawberry.field(description="Assigned staff users.")

    @classmethod
    def from_model(cls, task: ProjectTask, assignees: list[int]) -> ProjectTaskType:
        return cls(
            id=strawberry.ID(str(task.id)),
            project_id=strawberry.ID(str(task.project_id)),
            title=task.title,
            status=task.status,
            starts_on=task.starts_on,
            due_on=task.due_on,
            ticket_id=strawberry.ID(str(task.ticket_id)) if task.ticket_id else None,
            assignee_ids=[strawberry.ID(str(user_id)) for user_id in assignees],
        )


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
    assignees = await projects.assignee_ids([task.id])
    return ProjectTaskType.from_model(task, assignees[task.id])


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
