"""Complaints to the vendor's management (SPEC section 5).

A primary or advanced secondary files one (subject, text, optionally the ticket it is about);
department heads and admins review it and resolve it with an answer. Nobody handles a
complaint about themselves: when a ticket is attached, its assignee may not. The author gets a
mail at every step.

    submitted --review--> under_review --resolve(answer)--> resolved
"""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from models import Complaint, ComplaintStatus, Ticket, User
from resolvers import clock
from resolvers.errors import Conflict, Forbidden, InvalidInput, NotFound
from resolvers.identity import Principal
from resolvers.outbox import enqueue
from resolvers.pagination import Page
from resolvers.scope import get_scoped, newest_first

__all__ = [
    "TRANSITIONS",
    "file_complaint",
    "review_complaint",
    "resolve_complaint",
    "list_complaints",
    "get_complaint",
    "ComplaintAboutYou",
]

S = ComplaintStatus
# (status, action) -> (next status, the column stamped with the time of the step)
TRANSITIONS: dict[tuple[S, str], tuple[S, str]] = {
    (S.SUBMITTED, "review"): (S.UNDER_REVIEW, "reviewed_at"),
    (S.UNDER_REVIEW, "resolve"): (S.RESOLVED, "resolved_at"),
}
SUBJECT_MAX = 200
TEXT_MAX = 10_000


class ComplaintAboutYou(Forbidden):
    code = "COMPLAINT_ABOUT_YOU"
    default_message = "This complaint is about a ticket assigned to you; another head handles it."


def _text(value: str, field: str, maximum: int) -> str:
    value = value.strip()
    if not value or len(value) > maximum:
        raise InvalidInput(f"Write 1 to {maximum} characters.", field=field)
    return value


async def file_complaint(
    principal: Principal, subject: str, text: str, ticket_id: int | str | None = None
) -> Complaint:
    subject = " ".join(_text(subject, "subject", SUBJECT_MAX).split())
    text = _text(text, "text", TEXT_MAX)
    ticket = None
    if ticket_id is not None:
        ticket = await get_scoped(principal, Ticket, ticket_id, what="ticket")
    now = clock.now()
    async with in_transaction() as conn:
        complaint = await Complaint.create(
            account_id=principal.account_id,
            author_id=principal.user_id,
            subject=subject,
            text=text,
            ticket=ticket,
            created_at=now,
            using_db=conn,
        )
        await _mail_author(complaint, conn)
    return complaint


async def review_complaint(principal: Principal, complaint_id: int | str) -> Complaint:
    return await _step(principal, complaint_id, "review")


async def resolve_complaint(
    principal: Principal, complaint_id: int | str, answer: str
) -> Complaint:
    return await _step(principal, complaint_id, "resolve", _text(answer, "answer", TEXT_MAX))


async def _step(
    principal: Principal, complaint_id: int | str, action: str, answer: str | None = None
) -> Complaint:
    complaint = await get_complaint(principal, complaint_id)
    await _check_handler(principal, complaint)
    step = TRANSITIONS.get((complaint.status, action))
    if step is None:
        raise Conflict(f"A complaint {complaint.status.value.replace('_', ' ')} cannot {action}.")
    status, stamp = step
    now = clock.now()
    changes: dict = {"status": status, stamp: now, "handler_id": principal.user_id}
    if answer is not None:
        changes["answer"] = answer
    async with in_transaction() as conn:
        # Conditional on the status read: of two heads acting at once, one wins.
        moved = await (
            Complaint.filter(id=complaint.id, status=complaint.status)
            .using_db(conn)
            .update(**changes)
        )
        if not moved:
            raise Conflict("Someone else changed this complaint just now; reload it.")
        complaint.update_from_dict(changes)
        await _mail_author(complaint, conn)
    return complaint


async def _check_handler(principal: Principal, complaint: Complaint) -> None:
    if complaint.ticket_id is None:
        return
    assignee = await Ticket.filter(id=complaint.ticket_id).values_list("assignee_id", flat=True)
    if assignee and assignee[0] == principal.user_id:
        raise ComplaintAboutYou()


async def list_complaints(
    principal: Principal, first: int, after: str | None = None, status: str | None = None
) -> Page:
    """The account's complaints (heads and admins: every account's), newest first."""
    return await newest_first(principal, Complaint, first, after, status=status)


async def get_complaint(principal: Principal, complaint_id: int | str) -> Complaint:
    try:
        return await get_scoped(principal, Complaint, complaint_id, what="complaint")
    except NotFound:
        raise NotFound("No such complaint.") from None


_STEP_WORDS = {
    S.SUBMITTED: "We received your complaint; the management will review it.",
    S.UNDER_REVIEW: "Your complaint is under review by the management.",
    S.RESOLVED: "Your complaint is resolved. The management's answer:",
}


async def _mail_author(complaint: Complaint, using_db: BaseDBAsyncClient) -> None:
    found = await (
        User.filter(id=complaint.author_id, is_active=True)
        .using_db(using_db)
        .values_list("contact_email", flat=True)
    )
    if not found:
        return
    body = f"Complaint: {complaint.subject}\n\n{_STEP_WORDS[complaint.status]}\n"
    if complaint.status is S.RESOLVED and complaint.answer:
        body += f"\n{complaint.answer}\n"
    await enqueue(
        found[0],
        f"[Complaint {complaint.id}] {complaint.subject}: {complaint.status.value.replace('_', ' ')}",
        body,
        f"complaint:{complaint.id}:{complaint.status.value}",
        using_db=using_db,
    )
