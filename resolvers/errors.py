"""Domain errors: small data holders with a machine-readable code and a human message.

    DomainError(code, message)
    ├── NotFound              NOT_FOUND: missing, or another tenant's (the two look the same)
    ├── Forbidden             FORBIDDEN: the rule, not the role, says no (e.g. NOT_PRIMARY)
    ├── InvalidInput          INVALID_INPUT (+ field): the value cannot be used
    ├── Conflict              a state that refuses the change (TICKET_CLOSED, TRANSFER_PENDING...)
    └── LimitReached          RATE_LIMITED, HOTRUSH_DISABLE_LIMIT, NOT_ENOUGH_POINTS...

The schema layer maps each code to a GraphQL error type in one place (`schema/errors.py`).
A capability adds its own codes by subclassing, keeping `code` a class attribute.
"""

from __future__ import annotations

__all__ = ["DomainError", "NotFound", "Forbidden", "InvalidInput", "Conflict", "LimitReached"]


class DomainError(Exception):
    code: str = "DOMAIN_ERROR"
    default_message: str = "The request cannot be done."

    def __init__(
        self, message: str | None = None, *, code: str | None = None, field: str | None = None
    ) -> None:
        self.message = message or self.default_message
        if code is not None:
            self.code = code
        self.field = field
        super().__init__(self.message)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, message={self.message!r})"


class NotFound(DomainError):
    code = "NOT_FOUND"
    default_message = "No such object."


class Forbidden(DomainError):
    code = "FORBIDDEN"
    default_message = "You may not do this."


class InvalidInput(DomainError):
    code = "INVALID_INPUT"
    default_message = "The value cannot be used."


class Conflict(DomainError):
    code = "CONFLICT"
    default_message = "The object is in a state that refuses this change."


class LimitReached(DomainError):
    code = "LIMIT_REACHED"
    default_message = "A limit was reached."
