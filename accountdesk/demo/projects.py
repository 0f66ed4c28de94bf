"""Demo project of Demo Store: one task finished, one under way, linked to a project ticket
when the tickets part seeded one (so finishing the task starts the project ticket timer)."""

from __future__ import annotations

from models import Account, Project, ProjectStatus, ProjectTask, ProjectTaskStatus, Ticket
from models.tickets import TicketType
from resolvers import clock

__all__ = ["seed"]

TITLE = "Store redesign"
TASKS = [
    ("Design mockups", ProjectTaskStatus.DONE),
    ("Theme implementation", ProjectTaskStatus.IN_PROGRESS),
]


async def seed() -> str:
    account = await Account.get_or_none(name="Demo Store")
    if account is None or await Project.filter(account=account, title=TITLE).exists():
        return "projects: 0 added"
    now = clock.now()
    today = now.date()
    ticket = await Ticket.filter(account=account, type=TicketType.PROJECT).order_by("id").first()
    project = await Project.create(
        account=account,
        title=TITLE,
        status=ProjectStatus.ACTIVE,
        starts_on=today,
        created_at=now,
        updated_at=now,
    )
    for title, status in TASKS:
        await ProjectTask.create(
            project=project,
            title=title,
            status=status,
            starts_on=today,
            ticket=ticket,
            created_at=now,
            updated_at=now,
        )
    return f"projects: 1 added with {len(TASKS)} tasks"
