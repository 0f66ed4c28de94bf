"""Every string the API takes has a declared maximum length and must be valid text.

Declared where the input is declared, checked in one place before the field's resolver runs
(so before any permission lookup or SQL):

    async def login(self, info: Info, email: Annotated[str, text(EMAIL)], ...) -> LoginResult
    title: str = text_field(TITLE)                       # a field of a `@strawberry.input`

`install_text_checks(schema)` wraps every field that takes a string, at any depth of its
input objects and lists. A string over its maximum, or one holding a NUL byte or a lone
surrogate (PostgreSQL refuses NUL in text; neither can be encoded as UTF-8), is answered:
- by a mutation whose result union has `InputError`: that member, code INVALID_INPUT;
- otherwise: a top-level error with code BAD_USER_INPUT and the input's path in `field`.

A string without a declared maximum gets `UNDECLARED_MAXIMUM`; a test keeps every string of
the schema declared.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import strawberry
from graphql import (
    GraphQLInputObjectType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLUnionType,
    get_named_type,
)
from strawberry.schema.schema_converter import GraphQLCoreConverter

from resolvers.errors import InvalidInput
from schema.errors import InputError

__all__ = [
    "text",
    "text_field",
    "install_text_checks",
    "undeclared_strings",
    "UNDECLARED_MAXIMUM",
    "EMAIL",
    "PASSWORD",
    "NAME",
    "TITLE",
    "BODY",
    "REASON",
    "URL",
    "CODE",
    "MESSAGE_ID",
    "SEARCH",
    "CURSOR",
    "SECRET",
    "DOCUMENT",
]

MAX_LENGTH = "max_length"
# The maxima by kind; a column's length where the value is stored as it is sent.
EMAIL = 254
PASSWORD = 1024  # hashed, never stored: long passphrases are welcome, megabytes are not
NAME = 200
TITLE = 300
BODY = 50_000  # a message's longest (resolvers.tickets.conversation.MAX_BODY)
REASON = 300
URL = 500
CODE = 40
MESSAGE_ID = 20
SEARCH = 200
CURSOR = 2048  # resolvers.pagination._LONGEST_CURSOR: a 300-character name in any script
SECRET = 200  # one-time links, signatures, keys
DESCRIPTION = 2000  # a file's description
DOCUMENT = 100_000  # a GraphQL document registered as trusted (a screen's query and fragments)
UNDECLARED_MAXIMUM = 1000

# (path of the input, message) of the first problem in a value, or None.
Problem = tuple[str, str]
Check = Callable[[Any, str], Problem | None]


def text(maximum: int, **argument: Any) -> Any:
    """The annotation of a string argument: `Annotated[str, text(EMAIL)]`."""
    return strawberry.argument(metadata={MAX_LENGTH: maximum}, **argument)


def text_field(maximum: int, **field: Any) -> Any:
    """A string field of an input type: `title: str = text_field(TITLE)`."""
    return strawberry.field(metadata={MAX_LENGTH: maximum}, **field)


def _maximum(graphql_thing: Any) -> int | None:
    definition = (graphql_thing.extensions or {}).get(GraphQLCoreConverter.DEFINITION_BACKREF)
    return (getattr(definition, "metadata", None) or {}).get(MAX_LENGTH)


def _text_problem(value: str, maximum: int, path: str) -> Problem | None:
    if len(value) > maximum:
        return path, f"`{path}` is longer than {maximum} characters."
    if "\x00" in value:
        return path, f"`{path}` is not valid text: it holds a NUL character."
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return path, f"`{path}` is not valid text: it holds a lone surrogate."
    return None


def _checker(graphql_type: Any, maximum: int | None, seen: frozenset[str]) -> Check | None:
    """A function finding the first problem in a coerced value of this type, or None when
    the type holds no string."""
    if isinstance(graphql_type, GraphQLNonNull):
        return _checker(graphql_type.of_type, maximum, seen)
    if isinstance(graphql_type, GraphQLList):
        item = _checker(graphql_type.of_type, maximum, seen)
        if item is None:
            return None
        return lambda value, path: next(
            (p for i, v in enumerate(value or ()) if (p := item(v, f"{path}.{i}"))), None
        )
    if isinstance(graphql_type, GraphQLInputObjectType):
        if graphql_type.name in seen:
            return None
        fields = {
            name: check
            for name, field in graphql_type.fields.items()
            if (check := _checker(field.type, _maximum(field), seen | {graphql_type.name}))
        }
        return lambda value, path: _first_in(fields, value, path) if value else None
    if isinstance(graphql_type, GraphQLScalarType) and graphql_type.name == "String":
        limit = maximum or UNDECLARED_MAXIMUM
        return lambda value, path: (
            _text_problem(value, limit, path) if isinstance(value, str) else None
        )
    return None


def _first_in(checks: dict[str, Check], values: dict[str, Any], path: str) -> Problem | None:
    for name, check in checks.items():
        if name in values and (problem := check(values[name], f"{path}.{name}" if path else name)):
            return problem
    return None


def _has_input_error(graphql_type: Any) -> bool:
    named = get_named_type(graphql_type)
    return isinstance(named, GraphQLUnionType) and any(
        member.name == "InputError" for member in named.types
    )


def _wrap(resolve: Callable[..., Any], checks: dict[str, Check], as_member: bool) -> Any:
    def checked(source: Any, info: Any, **arguments: Any) -> Any:
        problem = _first_in(checks, arguments, "") if arguments else None
        if problem is None:
            return resolve(source, info, **arguments)
        field, message = problem
        if as_member:
            return InputError(code="INVALID_INPUT", message=message, field=field)
        raise InvalidInput(message, code="BAD_USER_INPUT", field=field)

    return checked


def install_text_checks(schema: strawberry.Schema) -> int:
    """Wrap every field that takes a string; returns how many were wrapped."""
    wrapped = 0
    for graphql_type in schema._schema.type_map.values():
        if not isinstance(graphql_type, GraphQLObjectType) or graphql_type.name.startswith("__"):
            continue
        for graphql_field in graphql_type.fields.values():
            checks = {
                name: check
                for name, argument in (graphql_field.args or {}).items()
                if (check := _checker(argument.type, _maximum(argument), frozenset()))
            }
            if not checks or graphql_field.resolve is None:
                continue
            as_member = _has_input_error(graphql_field.type)
            graphql_field.resolve = _wrap(graphql_field.resolve, checks, as_member)
            wrapped += 1
    return wrapped


def undeclared_strings(schema: strawberry.Schema) -> list[str]:
    """Every string argument or input field without a declared maximum (a test keeps it empty)."""
    missing: list[str] = []
    for graphql_type in schema._schema.type_map.values():
        if graphql_type.name.startswith("__"):
            continue
        if isinstance(graphql_type, GraphQLObjectType):
            for field_name, field in graphql_type.fields.items():
                for name, argument in (field.args or {}).items():
                    if _is_string(argument.type) and _maximum(argument) is None:
                        missing.append(f"{graphql_type.name}.{field_name}({name})")
        if isinstance(graphql_type, GraphQLInputObjectType):
            for name, field in graphql_type.fields.items():
                if _is_string(field.type) and _maximum(field) is None:
                    missing.append(f"{graphql_type.name}.{name}")
    return sorted(missing)


def _is_string(graphql_type: Any) -> bool:
    named = get_named_type(graphql_type)
    return isinstance(named, GraphQLScalarType) and named.name == "String"
