"""Root mutations of the Communication Center: one use case each, a named result union each."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any

import strawberry
from strawberry.file_uploads import Upload
from strawberry.types import Info

from models.tickets import TicketMessage
from resolvers.errors import Forbidden
from resolvers.storage import storage_for
from resolvers.tickets import access_info, conversation, lifecycle, properties
from resolvers.tickets.states import Action
from schema.accounts import DepartmentEnum
from schema.errors import (
    ConflictError,
    ForbiddenError,
    InputError,
    NotFoundError,
    as_result,
    result_union,
    to_error,
)
from schema.permissions import Allow
from schema.tickets.errors import (
    AttachmentError,
    HotRushError,
    RatingError,
    TicketClosedError,
    TicketStateError,
)
from schema.tickets.types import (
    AccessInfoType,
    TicketKindEnum,
    TicketMessageType,
    TicketPriorityEnum,
    TicketStatusEnum,
    TicketType,
)

__all__ = ["TicketMutation"]

_CHANGE = (NotFoundError, TicketClosedError, TicketStateError, ConflictError)
CreateTicketResult = result_union(
    "CreateTicketResult",
    TicketType,
    InputError,
    NotFoundError,
    ForbiddenError,
    HotRushError,
    AttachmentError,
)
PostMessageResult = result_union(
    "PostMessageResult", TicketMessageType, *_CHANGE, InputError, ForbiddenError, AttachmentError
)
AddInternalNoteResult = result_union(
    "AddInternalNoteResult", TicketMessageType, *_CHANGE, InputError
)
CloseTicketResult = result_union("CloseTicketResult", TicketType, *_CHANGE)
ReopenTicketResult = result_union("ReopenTicketResult", TicketType, *_CHANGE)
ResumeTicketResult = result_union("ResumeTicketResult", TicketType, *_CHANGE)
PreCloseTicketResult = result_union("PreCloseTicketResult", TicketType, *_CHANGE)
SetTicketStatusResult = result_union("SetTicketStatusResult", TicketType, *_CHANGE)
AssignTicketResult = result_union("AssignTicketResult", TicketType, *_CHANGE)
MarkTicketSolvedResult = result_union("MarkTicketSolvedResult", TicketType, *_CHANGE)
ForwardTicketResult = result_union("ForwardTicketResult", TicketType, *_CHANGE, InputError)
SplitMessageResult = result_union("SplitMessageResult", TicketType, *_CHANGE, InputError)
SetTicketPriorityResult = result_union("SetTicketPriorityResult", TicketType, *_CHANGE)
SetHotRushResult = result_union("SetHotRushResult", TicketType, *_CHANGE, HotRushError)
RateTicketResult = result_union(
    "RateTicketResult", TicketType, NotFoundError, TicketStateError, RatingError, InputError
)
PostAccessInfoResult = result_union("PostAccessInfoResult", AccessInfoType, *_CHANGE, InputError)


@strawberry.input
class CreateTicketInput:
    type: TicketKindEnum
    title: str
    body: str = strawberry.field(description="The first message.")
    priority: TicketPriorityEnum = TicketPriorityEnum.NORMAL
    hotrush: bool = False
    license_ids: list[strawberry.ID] = strawberry.field(default_factory=list)
    product_version_id: strawberry.ID | None = None
    attachments: list[Upload] = strawberry.field(default_factory=list)


@strawberry.input
class PostMessageInput:
    ticket_id: strawberry.ID
    body: str
    reply_to: str | None = strawberry.field(
        default=None, description="The message ID this message answers."
    )
    attachments: list[Upload] = strawberry.field(default_factory=list)


def _upload_refused(info: Info, uploads: list[Upload]) -> Any:
    """Attaching files is its own permission (`file.upload_ticket`) in the policy table."""
    if uploads and not info.context.can("file", "upload_ticket"):
        return to_error(Forbidden("You may not attach files (file.upload_ticket)."))
    return None


async def _message_result(info: Info, work: Awaitable[TicketMessage]) -> Any:
    result = await as_result(work)
    if isinstance(result, TicketMessage):
        return await TicketMessageType.one(info, result)
    return result


def _transition(info: Info, ticket_id: strawberry.ID, action: Action, reason: str = ""):
    context = info.context
    return as_result(
        lifecycle.change_status(
            context.settings,
            context.principal,
            ticket_id,
            lifecycle.Change(action, reason),
            context.services.redis,
        ),
        TicketType.from_model,
    )


@strawberry.type
class TicketMutation:
    @strawberry.mutation(permission_classes=[Allow("ticket.create")])
    async def create_ticket(self, info: Info, input: CreateTicketInput) -> CreateTicketResult:
        context = info.context
        if refused := _upload_refused(info, input.attachments):
            return refused
        new = conversation.NewTicket(
            type=input.type,
            title=input.title,
            body=input.body,
            priority=input.priority,
            hotrush=input.hotrush,
            license_ids=list(input.license_ids),
            product_version_id=input.product_version_id,
            uploads=input.attachments,
        )
        return await as_result(
            conversation.create_ticket(
                context.settings, storage_for(context.settings), context.principal, new
            ),
            TicketType.from_model,
        )

    @strawberry.mutation(permission_classes=[Allow("ticket.post_message")])
    async def post_message(self, info: Info, input: PostMessageInput) -> PostMessageResult:
        context = info.context
        if refused := _upload_refused(info, input.attachments):
            return refused
        return await _message_result(
            info,
            conversation.post_message(
                context.settings,
                storage_for(context.settings),
                context.principal,
                input.ticket_id,
                input.body,
                reply_to=input.reply_to,
                uploads=input.attachments,
                bus=context.services.redis,
            ),
        )

    @strawberry.mutation(
        permission_classes=[Allow("ticket.internal_note")],
        description="A note only staff see; the customer gets no mail.",
    )
    async def add_internal_note(
        self, info: Info, ticket_id: strawberry.ID, body: str
    ) -> AddInternalNoteResult:
        context = info.context
        return await _message_result(
            info,
            conversation.post_message(
                context.settings,
                storage_for(context.settings),
                context.principal,
                ticket_id,
                body,
                internal=True,
                bus=context.services.redis,
            ),
        )

    @strawberry.mutation(permission_classes=[Allow("ticket.close")])
    async def close_ticket(
        self, info: Info, ticket_id: strawberry.ID, reason: str = ""
    ) -> CloseTicketResult:
        return await _transition(info, ticket_id, Action.CLOSE, reason)

    @strawberry.mutation(permission_classes=[Allow("ticket.reopen")])
    async def reopen_ticket(
        self, info: Info, ticket_id: strawberry.ID, reason: str = ""
    ) -> ReopenTicketResult:
        return await _transition(info, ticket_id, Action.REOPEN, reason)

    @strawberry.mutation(
        permission_classes=[Allow("ticket.resume")],
        description="Take a pre-closed ticket back to `in_progress`.",
    )
    async def resume_ticket(self, info: Info, ticket_id: strawberry.ID) -> ResumeTicketResult:
        return await _transition(info, ticket_id, Action.RESUME)

    @strawberry.mutation(permission_classes=[Allow("ticket.pre_close")])
    async def pre_close_ticket(
        self, info: Info, ticket_id: strawberry.ID, reason: str = ""
    ) -> PreCloseTicketResult:
        return await _transition(info, ticket_id, Action.PRE_CLOSE, reason)

    @strawberry.mutation(permission_classes=[Allow("ticket.set_status")])
    async def set_ticket_status(
        self, info: Info, ticket_id: strawberry.ID, status: TicketStatusEnum, reason: str = ""
    ) -> SetTicketStatusResult:
        context = info.context
        return await as_result(
            lifecycle.change_status(
                context.settings,
                context.principal,
                ticket_id,
                lifecycle.Change(reason=reason, target=status),
                context.services.redis,
            ),
            TicketType.from_model,
        )

    @strawberry.mutation(
        permission_classes=[Allow("ticket.assign")],
        description="Assign to a staff member; to the caller when `assigneeId` is left out.",
    )
    async def assign_ticket(
        self, info: Info, ticket_id: strawberry.ID, assignee_id: strawberry.ID | None = None
    ) -> AssignTicketResult:
        context = info.context
        return await as_result(
            properties.assign_ticket(
                context.settings,
                context.principal,
                ticket_id,
                assignee_id,
                context.services.redis,
            ),
            TicketType.from_model,
        )

    @strawberry.mutation(permission_classes=[Allow("ticket.mark_solved")])
    async def mark_ticket_solved(
        self, info: Info, ticket_id: strawberry.ID
    ) -> MarkTicketSolvedResult:
        return await as_result(
            properties.mark_solved(info.context.principal, ticket_id), TicketType.from_model
        )

    @strawberry.mutation(permission_classes=[Allow("ticket.forward")])
    async def forward_ticket(
        self, info: Info, ticket_id: strawberry.ID, department: DepartmentEnum, reason: str = ""
    ) -> ForwardTicketResult:
        return await as_result(
            properties.forward_ticket(info.context.principal, ticket_id, department, reason),
            TicketType.from_model,
        )

    @strawberry.mutation(
        permission_classes=[Allow("ticket.split_message")],
        description="Move a message (and its attachments) into a new ticket.",
    )
    async def split_message(self, info: Info, message_id: str, title: str) -> SplitMessageResult:
        context = info.context
        return await as_result(
            conversation.split_message(
                context.settings, context.principal, message_id, title, context.services.redis
            ),
            TicketType.from_model,
        )

    @strawberry.mutation(permission_classes=[Allow("ticket.set_priority")])
    async def set_ticket_priority(
        self, info: Info, ticket_id: strawberry.ID, priority: TicketPriorityEnum
    ) -> SetTicketPriorityResult:
        return await as_result(
            properties.set_priority(info.context.principal, ticket_id, priority),
            TicketType.from_model,
        )

    @strawberry.mutation(permission_classes=[Allow("ticket.set_hotrush")])
    async def set_hot_rush(
        self, info: Info, ticket_id: strawberry.ID, enabled: bool
    ) -> SetHotRushResult:
        return await as_result(
            properties.set_hotrush(
                info.context.settings, info.context.principal, ticket_id, enabled
            ),
            TicketType.from_model,
        )

    @strawberry.mutation(permission_classes=[Allow("ticket.rate")])
    async def rate_ticket(
        self, info: Info, ticket_id: strawberry.ID, rating: int, comment: str = ""
    ) -> RateTicketResult:
        return await as_result(
            properties.rate_ticket(info.context.principal, ticket_id, rating, comment),
            TicketType.from_model,
        )

    @strawberry.mutation(
        permission_classes=[Allow("ticket.post_access_info")],
        description="Server access details: stored encrypted, never shown back to customers.",
    )
    async def post_access_info(
        self, info: Info, ticket_id: strawberry.ID, text: str
    ) -> PostAccessInfoResult:
        return await as_result(
            access_info.post_access_info(
                info.context.settings, info.context.principal, ticket_id, text
            ),
            AccessInfoType.from_model,
        )
