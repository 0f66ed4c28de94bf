"""Demo project of Demo Store: one task finished, one under way, linked to a project ticket
when the tickets part seeded one (so finishing the task starts the project ticket timer)."""

from __future__ import annotations

from models import Account, Project, ProjectStatus, ProjectTaskStatus, Ticket
from models.tickets import TicketKind
from resolvers import clock, projects
from resolvers.identity import ANONYMOUS

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
    today = clock.now().date()
    ticket = await Ticket.filter(account=account, type=TicketKind.PROJECT).order_by("id").first()
    project = await projects.create_project(
        ANONYMOUS, account.id, TITLE, ProjectStatus.ACTIVE, starts_on=today
    )
    for title, status in TASKS:
        await projects.create_project_task(
            ANONYMOUS,
            project.id,
            title,
            starts_on=today,
            ticket_id=ticket.id if ticket else None,
            status=status,
        )
    return f"projects: 1 added with {len(TASKS)} tasks"
