"""Expected failures as GraphQL types, and the one place that maps domain errors onto them.

Every mutation returns a named union: the changed object or one of these. Each error type
implements `Error` (`code`, `message`); `InputError` also says which `field` was wrong.
A capability declares its own types with `error_type`, next to its schema module.

    CreateUserResult = result_union("CreateUserResult", UserType, NotPrimaryError, InputError)

    async def create_user(...) -> CreateUserResult:
        return await as_result(resolvers.accounts.create_user(...), UserType.from_model)
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Annotated, Any, TypeVar, Union

import strawberry

from accountdesk.observe import record
from resolvers.errors import DomainError

__all__ = [
    "Error",
    "error_type",
    "result_union",
    "as_result",
    "NotFoundError",
    "ForbiddenError",
    "InputError",
    "ConflictError",
    "LimitError",
]

log = logging.getLogger("accountdesk.errors")
T = TypeVar("T")

_BY_CODE: dict[str, type] = {}


@strawberry.interface(description="An expected failure: a machine-readable code and a message.")
class Error:
    code: str
    message: str


def error_type(name: str, codes: tuple[str, ...], description: str) -> type:
    """Declare a GraphQL error type that stands for the given domain error codes."""
    cls = type(name, (Error,), {"__doc__": description, "__annotations__": {}})
    gql = strawberry.type(cls, description=description)
    for code in codes:
        if code in _BY_CODE:
            raise ValueError(f"error code {code} already belongs to {_BY_CODE[code].__name__}")
        _BY_CODE[code] = gql
    return gql


@strawberry.type(description="A value that cannot be used; `field` names the input field.")
class InputError(Error):
    field: str | None = None


for _code in ("INVALID_INPUT", "WEAK_PASSWORD", "EMAIL_TAKEN", "INVALID_TOKEN"):
    _BY_CODE[_code] = InputError

NotFoundError = error_type(
    "NotFoundError", ("NOT_FOUND",), "No such object, or not one you can see."
)
ForbiddenError = error_type(
    "ForbiddenError", ("FORBIDDEN", "NOT_PRIMARY"), "A rule of the account forbids this."
)
ConflictError = error_type(
    "ConflictError", ("CONFLICT",), "The object is in a state that refuses this change."
)
LimitError = error_type(
    "LimitError", ("LIMIT_REACHED", "RATE_LIMITED"), "A limit was reached; try again later."
)


def result_union(name: str, *members: type) -> Any:
    return Annotated[Union[members], strawberry.union(name)]  # noqa: UP007


def to_error(error: DomainError) -> Any:
    current = record.current()
    if current is not None:
        current.note(error.code)
    kind = _BY_CODE.get(error.code)
    if kind is None:
        raise LookupError(f"no GraphQL error type for code {error.code}") from error
    if kind is InputError:
        return InputError(code=error.code, message=error.message, field=error.field)
    return kind(code=error.code, message=error.message)


async def as_result(work: Awaitable[T], present: Callable[[T], Any] | None = None) -> Any:
    """Run a use case; its value goes through `present`, its DomainError becomes an error type."""
    try:
        value = await work
    except DomainError as error:
        return to_error(error)
    return present(value) if present else value
