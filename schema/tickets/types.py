"""GraphQL types of the Communication Center. Thin: fields read loaders, rules live in resolvers."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import strawberry
from strawberry.types import Info

from models.tickets import (
    AccessInfo,
    Ticket,
    TicketMessage,
    TicketPriority,
    TicketStatus,
)
from models.tickets import TicketKind as Kind
from resolvers.storage import sign_link
from resolvers.tickets import access_info
from resolvers.tickets.catalog import VersionMarks
from schema.accounts import DepartmentEnum
from schema.direct import direct
from schema.tickets.loaders import resolve, ticket_loader

__all__ = [
    "TicketStatusEnum",
    "TicketPriorityEnum",
    "TicketKindEnum",
    "TicketType",
    "TicketMessageType",
    "TicketAttachmentType",
    "AccessInfoType",
    "ProductVersionType",
    "TicketLicenseType",
]

TicketStatusEnum = strawberry.enum(TicketStatus, name="TicketStatus")
TicketPriorityEnum = strawberry.enum(TicketPriority, name="TicketPriority")
TicketKindEnum = strawberry.enum(Kind, name="TicketType")


def _same(value: Any) -> Any:
    return value


@strawberry.type(name="TicketAttachment")
class TicketAttachmentType:
    id: strawberry.ID
    name: str
    content_type: str
    size: int
    created_at: datetime

    @strawberry.field(description="A short-lived link for the caller; null for API tokens.")
    @direct
    def download_url(self, info: Info) -> str | None:
        user_id = info.context.principal.user_id
        if user_id is None:
            return None
        return sign_link(info.context.settings, "attachment", int(self.id), user_id)

    @classmethod
    def from_row(cls, row: dict) -> TicketAttachmentType:
        return cls(
            id=strawberry.ID(str(row["id"])),
            name=row["display_name"],
            content_type=row["content_type"],
            size=row["size"],
            created_at=row["created_at"],
        )


@strawberry.type(name="TicketMessage")
class TicketMessageType:
    id: strawberry.ID = strawberry.field(description="The public message ID, e.g. M-7Q2K9XH4TB.")
    body: str
    internal: bool
    from_staff: bool
    created_at: datetime
    author: str | None = strawberry.field(description="The author's name; null for the system.")
    reply_to: str | None = strawberry.field(
        description="The public ID of the message this one answers (when the caller sees it)."
    )
    attachments: list[TicketAttachmentType]

    @classmethod
    def from_row(cls, row: dict) -> TicketMessageType:
        """From a row of the messages loader (attachments, author and reply already joined)."""
        return cls(
            id=strawberry.ID(row["public_id"]),
            body=row["body"],
            internal=row["is_internal"],
            from_staff=row["from_staff"],
            created_at=row["created_at"],
            author=row["author_name"],
            reply_to=row["reply_to_public_id"],
            attachments=[TicketAttachmentType.from_row(r) for r in row["attachments"]],
        )

    @classmethod
    async def one(cls, info: Info, message: TicketMessage) -> TicketMessageType:
        """One message just written or sent as an event, through the same loader."""
        rows = await ticket_loader(info, "messages").load(message.ticket_id)
        return cls.from_row(next(r for r in rows if r["id"] == message.id))


@strawberry.type(name="TicketLicense", description="A license a ticket is about.")
class TicketLicenseType:
    id: strawberry.ID
    brand: str
    url: str

    @classmethod
    def from_row(cls, row: dict) -> TicketLicenseType:
        return cls(id=strawberry.ID(str(row["id"])), brand=row["brand_name"], url=row["url"])


@strawberry.type(name="ProductVersion")
class ProductVersionType:
    id: strawberry.ID
    version: str
    branch: str
    released_on: date
    obsolete: bool = strawberry.field(description="Of the latest branch, but not the latest.")
    out_of_guarantee: bool = strawberry.field(
        description="Of an earlier branch, or released more than a year ago: no patches."
    )

    @classmethod
    def from_row(cls, row: dict, marks: VersionMarks) -> ProductVersionType:
        return cls(
            id=strawberry.ID(str(row["id"])),
            version=row["version"],
            branch=row["branch"],
            released_on=row["released_on"],
            obsolete=marks.obsolete,
            out_of_guarantee=marks.out_of_guarantee,
        )


@strawberry.type(name="AccessInfo")
class AccessInfoType:
    id: strawberry.ID
    masked: str
    created_at: datetime
    purged: bool

    @strawberry.field(
        description="The clear text: staff handling the ticket only; every read is recorded."
    )
    async def text(self, info: Info) -> str | None:
        if not info.context.principal.is_staff:
            return None
        if not info.context.can("ticket", "read_access_info"):
            return None
        return await access_info.read_access_info(
            info.context.settings, info.context.principal, int(self.id)
        )

    @classmethod
    def from_row(cls, row: dict) -> AccessInfoType:
        return cls(
            id=strawberry.ID(str(row["id"])),
            masked=row["masked"],
            created_at=row["created_at"],
            purged=row["purged_at"] is not None,
        )

    @classmethod
    def from_model(cls, info: AccessInfo) -> AccessInfoType:
        return cls.from_row(
            {
                "id": info.id,
                "masked": info.masked,
                "created_at": info.created_at,
                "purged_at": info.purged_at,
            }
        )


@strawberry.type(name="TicketHistoryEntry")
class TicketHistoryEntryType:
    at: datetime
    action: str
    from_status: str | None
    to_status: str | None
    reason: str
    actor_id: strawberry.Private[int | None]

    @strawberry.field(description="Who made the change; null for the system.")
    def actor(self, info: Info) -> str | None:
        if self.actor_id is None:
            return None
        return resolve(info, "people", self.actor_id, _same)


@strawberry.type(name="Ticket")
class TicketType:
    id: strawberry.ID
    number: int
    type: TicketKindEnum
    department: DepartmentEnum
    status: TicketStatusEnum
    priority: TicketPriorityEnum
    hotrush: bool
    title: str
    is_log: bool
    created_at: datetime
    updated_at: datetime
    last_message_at: datetime
    response_due_at: datetime | None
    overdue: bool
    solved_at: datetime | None
    pre_closed_at: datetime | None
    closed_at: datetime | None
    rating: int | None
    rated_at: datetime | None
    effective_priority: float | None = strawberry.field(
        default=None, description="Set in `ticketQueue`: the weight the queue sorted by."
    )
    author_id: strawberry.Private[int | None]
    assignee_id: strawberry.Private[int | None]
    product_version_id: strawberry.Private[int | None]
    comment: strawberry.Private[str | None]

    @strawberry.field(
        description="When the ticket closes by itself if nobody writes; null when no timer runs."
    )
    async def closes_at(self, info: Info) -> datetime | None:
        return await ticket_loader(info, "closes_at").load(int(self.id))

    @strawberry.field(description="The customer's comment with the rating: heads of department.")
    def rating_comment(self, info: Info) -> str | None:
        principal = info.context.principal
        if principal.is_staff and not info.context.can("ticket", "read_rating_comment"):
            return None
        return self.comment

    # Relations resolve at once when the list prefetched them (see loaders.prefetch), else
    # through their loader; either way one statement per relation per request. `@direct`:
    # these run for every ticket of a page, so they skip Strawberry's wrapper (schema/direct.py).
    @strawberry.field
    @direct
    def author(self, info: Info) -> str | None:
        if self.author_id is None:
            return None
        return resolve(info, "people", self.author_id, _same)

    @strawberry.field
    @direct
    def assignee(self, info: Info) -> str | None:
        if self.assignee_id is None:
            return None
        return resolve(info, "people", self.assignee_id, _same)

    @strawberry.field(description="The latest messages, oldest first.")
    @direct
    def messages(self, info: Info, last: int = 20) -> list[TicketMessageType]:
        def present(rows: list[dict]) -> list[TicketMessageType]:
            return [TicketMessageType.from_row(r) for r in rows[-last:]] if last > 0 else []

        return resolve(info, "messages", int(self.id), present)

    @strawberry.field
    @direct
    def licenses(self, info: Info) -> list[TicketLicenseType]:
        def present(rows: list[dict]) -> list[TicketLicenseType]:
            return [TicketLicenseType.from_row(r) for r in rows]

        return resolve(info, "licenses", int(self.id), present)

    @strawberry.field
    @direct
    def product_version(self, info: Info) -> ProductVersionType | None:
        if self.product_version_id is None:
            return None

        def present(found: Any) -> ProductVersionType | None:
            return ProductVersionType.from_row(*found) if found else None

        return resolve(info, "versions", self.product_version_id, present)

    @strawberry.field
    def history(self, info: Info) -> list[TicketHistoryEntryType]:
        def present(rows: list[dict]) -> list[TicketHistoryEntryType]:
            return [
                TicketHistoryEntryType(
                    at=r["at"],
                    action=r["action"],
                    from_status=r["from_status"],
                    to_status=r["to_status"],
                    reason=r["reason"],
                    actor_id=r["actor_id"],
                )
                for r in rows
            ]

        return resolve(info, "history", int(self.id), present)

    @strawberry.field(name="accessInfo", description="Server access details posted to the ticket.")
    def access_info(self, info: Info) -> list[AccessInfoType]:
        def present(rows: list[dict]) -> list[AccessInfoType]:
            return [AccessInfoType.from_row(r) for r in rows]

        return resolve(info, "access_info", int(self.id), present)

    @classmethod
    def from_model(cls, ticket: Ticket, effective_priority: float | None = None) -> TicketType:
        return cls(
            id=strawberry.ID(str(ticket.id)),
            number=ticket.number,
            type=ticket.type,
            department=ticket.department,
            status=ticket.status,
            priority=ticket.priority,
            hotrush=ticket.hotrush,
            title=ticket.title,
            is_log=ticket.is_log,
            created_at=ticket.created_at,
            updated_at=ticket.updated_at,
            last_message_at=ticket.last_message_at,
            response_due_at=ticket.response_due_at,
            overdue=ticket.overdue,
            solved_at=ticket.solved_at,
            pre_closed_at=ticket.pre_closed_at,
            closed_at=ticket.closed_at,
            rating=ticket.rating,
            rated_at=ticket.rated_at,
            effective_priority=effective_priority,
            author_id=ticket.author_id,
            assignee_id=ticket.assignee_id,
            product_version_id=ticket.product_version_id,
            comment=ticket.rating_comment,
        )
