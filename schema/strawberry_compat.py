"""Every use of a Strawberry detail that is not public API, in one place.

Tested with strawberry-graphql 0.341 (the bounds in `pyproject.toml`). `tests/
test_strawberry_compat.py` has one canary per function here: when an upgrade breaks one, that
test names what to check. Nothing outside this module may touch `schema._schema`,
`schema_converter`, `DEFINITION_BACKREF`, `_get_basic_result`, `_raw_info`, `_is_default`
or `MaskErrors._process_errors`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import strawberry
from graphql import GraphQLField, GraphQLObjectType, GraphQLResolveInfo
from strawberry.extensions import MaskErrors
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types import Info

__all__ = [
    "object_fields",
    "strawberry_field",
    "resolver_function",
    "reads_attribute",
    "mark_as_attribute_read",
    "has_exception_handlers",
    "make_info",
    "MaskErrorsThen",
    "validate_with",
]


def object_fields(schema: strawberry.Schema) -> Iterator[tuple[str, str, GraphQLField]]:
    """(type name, field name, graphql-core field) of every object type of the built schema."""
    for graphql_type in schema._schema.type_map.values():
        if isinstance(graphql_type, GraphQLObjectType):
            for name, graphql_field in graphql_type.fields.items():
                yield graphql_type.name, name, graphql_field


def strawberry_field(graphql_field: GraphQLField) -> Any:
    """The Strawberry field a graphql-core field was built from (None for built-ins)."""
    return (graphql_field.extensions or {}).get(GraphQLCoreConverter.DEFINITION_BACKREF)


def resolver_function(field: Any) -> Callable[..., Any] | None:
    """The function under `@strawberry.field`, None for a plain data field."""
    resolver = getattr(field, "base_resolver", None)
    return None if resolver is None else resolver.wrapped_func


def reads_attribute(graphql_field: GraphQLField) -> bool:
    """True when Strawberry resolves the field by reading an attribute (no resolver)."""
    return getattr(graphql_field.resolve, "__name__", "") == "_get_basic_result"


def mark_as_attribute_read(resolve: Callable[..., Any]) -> Callable[..., Any]:
    """Mark a resolver as Strawberry marks its own default one (trivial-resolver shortcuts)."""
    resolve._is_default = True  # type: ignore[attr-defined]
    return resolve


def has_exception_handlers(schema: strawberry.Schema, field: Any) -> bool:
    return bool(schema.schema_converter._get_field_exception_handlers(field))


def make_info(info_class: type[Info], raw: GraphQLResolveInfo, field: Any) -> Info:
    """The Strawberry `Info` a resolver gets, built from graphql-core's."""
    return info_class(_raw_info=raw, _field=field)


class MaskErrorsThen(MaskErrors):
    """`MaskErrors` that passes every error, masked or not, through `then(error)` afterwards
    (overrides the private `_process_errors`, the one step that sees them all)."""

    def then(self, error: Any) -> None:
        raise NotImplementedError

    def _process_errors(self, errors: list[Any]) -> list[Any]:
        processed = super()._process_errors(errors)
        for error in processed:
            self.then(error)
        return processed


def validate_with(schema: strawberry.Schema, document: Any, rules: Any) -> list[Any]:
    """Validate as Strawberry does for a request (its own rules added) against the built
    graphql-core schema (`schema._schema`)."""
    from strawberry.schema.schema import validate_document

    return validate_document(schema._schema, document, tuple(rules))
