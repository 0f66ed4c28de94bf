"""Projects the vendor runs for a customer account, and their tasks (SPEC section 5).

A task may link a ticket: a project ticket is pre-closed by the timers only once every task
linked to it is finished (see `resolvers.projects.FINISHED_TASK_STATUSES`).
"""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

__all__ = ["ProjectStatus", "ProjectTaskStatus", "Project", "ProjectTask"]


class ProjectStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class ProjectTaskStatus(StrEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    BLOCKED = "blocked"
    DONE = "done"
    CANCELLED = "cancelled"


class Project(Model):
    id = fields.BigIntField(primary_key=True)
    account = fields.ForeignKeyField(
        "models.Account", related_name="projects", on_delete=fields.RESTRICT
    )
    title = fields.CharField(max_length=300)
    status = fields.CharEnumField(ProjectStatus, max_length=20, default=ProjectStatus.PLANNED)
    starts_on = fields.DateField(null=True)
    ends_on = fields.DateField(null=True)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "project"
        indexes = (("account", "status"),)


class ProjectTask(Model):
    id = fields.BigIntField(primary_key=True)
    project = fields.ForeignKeyField(
        "models.Project", related_name="tasks", on_delete=fields.CASCADE
    )
    title = fields.CharField(max_length=300)
    status = fields.CharEnumField(ProjectTaskStatus, max_length=20, default=ProjectTaskStatus.TODO)
    assignees = fields.ManyToManyField(
        "models.User", related_name="project_tasks", through="project_task_assignee"
    )
    starts_on = fields.DateField(null=True)
    due_on = fields.DateField(null=True)
    # The timers look tasks up by ticket ("are all tasks of this ticket finished?").
    ticket = fields.ForeignKeyField(
        "models.Ticket", related_name="project_tasks", null=True, on_delete=fields.SET_NULL
    )
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "project_task"
        indexes = (("ticket", "status"), ("project", "status"))
