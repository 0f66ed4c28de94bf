"""Error types of the Communication Center (each code belongs to exactly one type)."""

from __future__ import annotations

from schema.errors import error_type

__all__ = [
    "TicketClosedError",
    "TicketStateError",
    "RatingError",
    "HotRushError",
    "AttachmentError",
]

TicketClosedError = error_type(
    "TicketClosedError",
    ("TICKET_CLOSED",),
    "The ticket is closed: nothing can be added. Reopen it or open a new ticket.",
)
TicketStateError = error_type(
    "TicketStateError",
    ("INVALID_TRANSITION", "LOG_TICKET_READ_ONLY"),
    "The ticket's status (or kind) does not allow this change.",
)
RatingError = error_type(
    "RatingError",
    ("NOT_RATEABLE", "ALREADY_RATED"),
    "Only a closed ticket can be rated, and only once.",
)
HotRushError = error_type(
    "HotRushError",
    ("HOTRUSH_DISABLE_LIMIT", "HOTRUSH_SUPPORT_ONLY"),
    "HotRush is for support tickets; switching it off past `submitted` is limited per account.",
)
AttachmentError = error_type(
    "AttachmentError",
    ("FILE_TOO_LARGE", "TOO_MANY_FILES", "FILE_TYPE_REFUSED"),
    "An attached file was refused: too large, too many, or a kind we do not accept.",
)
