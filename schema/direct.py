"""Direct resolvers: hot fields of list items called by graphql-core without Strawberry's wrapper.

Strawberry resolves a field that has a resolver by building its arguments again, chaining
field extensions and calling the resolver through its own descriptor: about as much time as
the resolver itself for the relation fields of a ticket page (300 of them for 50 tickets).
A resolver marked `@direct` is installed on the graphql-core field as it is: it still gets a
Strawberry `Info`, and graphql-core's arguments (already coerced).

Only for fields without permission classes or field extensions, whose arguments are plain
scalars named alike in Python and GraphQL (`build_schema` checks, and refuses others):

    @strawberry.field
    @direct
    def author(self, info: Info) -> str | None: ...

Plain data fields (no resolver) get the same treatment: Strawberry reads them through four
calls (`get_result`, two properties, `getattr`); an `attrgetter` does it in one.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any

import strawberry
from graphql import GraphQLResolveInfo, GraphQLScalarType, get_nullable_type
from strawberry.types import Info

from schema.execution import mark_attribute_read
from schema.strawberry_compat import (
    has_exception_handlers,
    make_info,
    mark_as_attribute_read,
    object_fields,
    reads_attribute,
    resolver_function,
    strawberry_field,
)

__all__ = ["direct", "install_direct_resolvers"]

_MARK = "_accountdesk_direct"


def direct(function: Callable[..., Any]) -> Callable[..., Any]:
    setattr(function, _MARK, True)
    return function


def install_direct_resolvers(schema: strawberry.Schema) -> int:
    """Put every `@direct` resolver straight on its graphql-core field, and an attribute read
    on every plain data field; returns how many `@direct` resolvers."""
    installed = 0
    plain = schema.config.default_resolver is getattr
    for type_name, name, graphql_field in object_fields(schema):
        field = strawberry_field(graphql_field)
        if plain and reads_attribute(graphql_field):
            graphql_field.resolve = _read(field.python_name)
            continue
        function = resolver_function(field)
        if function is None or not getattr(function, _MARK, False):
            continue
        _check(f"{type_name}.{name}", field, graphql_field)
        if has_exception_handlers(schema, field):
            raise TypeError(f"{type_name}.{name}: @direct skips exception handlers")
        graphql_field.resolve = _resolve(field, function, schema.config.info_class)
        installed += 1
    return installed


def _check(where: str, field: Any, graphql_field: Any) -> None:
    if field.extensions or getattr(field, "permission_classes", None):
        raise TypeError(f"{where}: @direct fields take no permissions or extensions")
    for argument in field.arguments:
        graphql_argument = graphql_field.args.get(argument.python_name)
        if graphql_argument is None or not isinstance(
            get_nullable_type(graphql_argument.type), GraphQLScalarType
        ):
            raise TypeError(f"{where}: @direct arguments are scalars named alike in GraphQL")


def _resolve(
    field: Any, function: Callable[..., Any], info_class: type[Info]
) -> Callable[..., Any]:
    def resolve(source: Any, info: GraphQLResolveInfo, **arguments: Any) -> Any:
        return function(source, info=make_info(info_class, info, field), **arguments)

    return resolve


def _read(attribute: str) -> Callable[..., Any]:
    read = attrgetter(attribute)

    def resolve(source: Any, info: GraphQLResolveInfo, **arguments: Any) -> Any:
        return read(source)

    return mark_attribute_read(mark_as_attribute_read(resolve), attribute)
