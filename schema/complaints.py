"""Complaints to the vendor's management: filed by customers, handled by heads and admins."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry
from strawberry.types import Info

from models import Account, Complaint, ComplaintStatus
from resolvers import complaints
from resolvers.errors import NotFound
from resolvers.pagination import check_first
from schema.accounts import AccountInfo
from schema.errors import (
    ConflictError,
    InputError,
    NotFoundError,
    as_result,
    error_type,
    result_union,
)
from schema.loaders import load_by_id
from schema.pagination import Connection, connection
from schema.permissions import Allow
from schema.text_input import CURSOR, text, text_field

__all__ = ["ComplaintQuery", "ComplaintMutation", "ComplaintType"]

ComplaintStatusEnum = strawberry.enum(ComplaintStatus, name="ComplaintStatus")

ComplaintAboutYouError = error_type(
    "ComplaintAboutYouError",
    ("COMPLAINT_ABOUT_YOU",),
    "The complaint is about a ticket assigned to you: another head or an admin handles it.",
)


@strawberry.type(name="Complaint")
class ComplaintType:
    id: strawberry.ID
    subject: str
    text: str
    status: ComplaintStatusEnum
    ticket_id: strawberry.ID | None
    answer: str | None
    created_at: datetime
    reviewed_at: datetime | None
    resolved_at: datetime | None
    account_id: strawberry.Private[int]

    @strawberry.field
    async def account(self, info: Info) -> AccountInfo | None:
        account = await load_by_id(info, Account, self.account_id)
        return AccountInfo.from_model(account) if account else None

    @classmethod
    def from_model(cls, complaint: Complaint) -> ComplaintType:
        return cls(
            id=strawberry.ID(str(complaint.id)),
            subject=complaint.subject,
            text=complaint.text,
            status=complaint.status,
            ticket_id=strawberry.ID(str(complaint.ticket_id)) if complaint.ticket_id else None,
            answer=complaint.answer,
            created_at=complaint.created_at,
            reviewed_at=complaint.reviewed_at,
            resolved_at=complaint.resolved_at,
            account_id=complaint.account_id,
        )


@strawberry.input
class FileComplaintInput:
    subject: str = text_field(complaints.SUBJECT_MAX)
    text: str = text_field(complaints.TEXT_MAX)
    ticket_id: strawberry.ID | None = None


ComplaintResult = result_union(
    "ComplaintResult",
    ComplaintType,
    NotFoundError,
    InputError,
    ConflictError,
    ComplaintAboutYouError,
)


@strawberry.type
class ComplaintQuery:
    @strawberry.field(
        permission_classes=[Allow("complaint.read")],
        description="Your account's complaints, newest first (heads and admins: every account's).",
    )
    async def complaints(
        self,
        info: Info,
        status: ComplaintStatusEnum | None = None,
        first: int = 20,
        after: Annotated[str | None, text(CURSOR)] = None,
    ) -> Connection[ComplaintType]:
        check_first(first, info.context.settings.max_page_size)
        page = await complaints.list_complaints(info.context.principal, first, after, status)
        return connection(page, ComplaintType.from_model)

    @strawberry.field(permission_classes=[Allow("complaint.read")])
    async def complaint(self, info: Info, id: strawberry.ID) -> ComplaintType | None:
        try:
            found = await complaints.get_complaint(info.context.principal, id)
        except NotFound:
            return None
        return ComplaintType.from_model(found)


@strawberry.type
class ComplaintMutation:
    @strawberry.mutation(
        permission_classes=[Allow("complaint.create")],
        description="Complain to the vendor's management; you get a mail at every step.",
    )
    async def file_complaint(self, info: Info, input: FileComplaintInput) -> ComplaintResult:
        work = complaints.file_complaint(
            info.context.principal, input.subject, input.text, input.ticket_id
        )
        return await _answer(info, work)

    @strawberry.mutation(permission_classes=[Allow("complaint.update")])
    async def review_complaint(self, info: Info, id: strawberry.ID) -> ComplaintResult:
        return await _answer(info, complaints.review_complaint(info.context.principal, id))

    @strawberry.mutation(permission_classes=[Allow("complaint.update")])
    async def resolve_complaint(
        self, info: Info, id: strawberry.ID, answer: Annotated[str, text(complaints.TEXT_MAX)]
    ) -> ComplaintResult:
        work = complaints.resolve_complaint(info.context.principal, id, answer)
        return await _answer(info, work)


async def _answer(info: Info, work) -> ComplaintResult:
    return await as_result(work, ComplaintType.from_model)
